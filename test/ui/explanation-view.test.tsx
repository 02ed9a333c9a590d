import { render } from 'ink-testing-library';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/types.js';
import { ExplanationView } from '../../src/ui/components/ExplanationView.js';
import { KeyBusRoot } from '../../src/ui/input/KeyBusRoot.js';
import { FACTS, multi, single } from '../helpers/study-questions.js';
import { KEY } from '../helpers/ui.js';

async function show(props: Parameters<typeof ExplanationView>[0]) {
  let r!: ReturnType<typeof render>;
  await act(async () => {
    r = render(
      <KeyBusRoot>
        <ExplanationView {...props} />
      </KeyBusRoot>,
    );
  });
  return r;
}

const imported: Question = {
  id: 'imp-1',
  topic: 'general',
  type: 'single',
  difficulty: 'exam',
  stem: 'Imported stem?',
  choices: [
    { text: 'Right one', correct: true },
    { text: 'Wrong one', correct: false },
  ],
  answer: [0],
  facts: [],
  imported: { file: 'farm.md', line: 12, position: 2, explanation: 'The source says the right one.', reference: 'https://example.com/ref' },
  bank: 'imported.yaml',
};

describe('ExplanationView', () => {
  it('marks every correct option of a multiple-response question, in words as well as ✓/✗', async () => {
    const q = multi('m1');
    const r = await show({ question: q, order: [4, 3, 2, 1, 0], chosen: [0, 1], facts: FACTS, width: 90, height: 40 });
    const f = r.lastFrame()!;
    expect(f).toContain('✗ Wrong');
    expect(f).toMatch(/ {2}A\. Five m1\n/);
    expect(f).toContain('✓ C. Three m1  (correct answer)');
    expect(f).toContain('✗ D. Two m1  (your answer, wrong)');
    expect(f).toContain('✓ E. One m1  (correct, your answer)');
    await act(async () => r.unmount());
  });

  it('on a NOT question, says of every option whether it is an answer, without a ✓ that reads as "this statement is right"', async () => {
    const q: Question = {
      ...single('neg'),
      angle: 'negative',
      stem: 'Which statement about stage caches is NOT correct?',
      choices: [
        { text: 'Every response is cached.', correct: true, why: 'False: caching is optional and enabled per stage.' },
        { text: 'A cache is enabled per stage.', correct: false, why: 'True: each stage has its own cache setting.' },
        { text: 'Only GET is cached by default.', correct: false, why: 'True: other methods need overrides.' },
      ],
      answer: [0],
    };
    const r = await show({ question: q, order: [1, 0, 2], chosen: [1], facts: FACTS, width: 98, height: 40 });
    const f = r.lastFrame()!;
    expect(f).toContain('✗ Wrong');
    expect(f).toContain('→ B. Every response is cached.  (false statement, so it is an answer)');
    expect(f).toContain('  A. A cache is enabled per stage.  (true statement, so it is not an answer · your answer, wrong)');
    expect(f).toContain('  C. Only GET is cached by default.  (true statement, so it is not an answer)');
    expect(f).toContain('False: caching is optional and enabled per stage.');
    // The only ✓ or ✗ left is the verdict on the learner's answer.
    expect(f.match(/[✓✗]/g)).toEqual(['✗']);
    await act(async () => r.unmount());
    // Chosen right, the answer says so too.
    const right = await show({ question: q, order: [0, 1, 2], chosen: [0], facts: FACTS, width: 98, height: 40 });
    expect(right.lastFrame()).toContain('→ A. Every response is cached.  (false statement, so it is an answer · your answer)');
    expect(right.lastFrame()).toContain('✓ Correct');
    await act(async () => right.unmount());
  });

  it('says an imported question has no per-option explanations and shows the source’s explanation', async () => {
    const r = await show({ question: imported, order: [1, 0], chosen: [0], facts: FACTS, width: 90, height: 40 });
    const f = r.lastFrame()!;
    expect(f).toContain('✓ Correct');
    expect(f).toContain('This imported question has no per-option explanations.');
    expect(f).toContain("The source's explanation");
    expect(f).toContain('The source says the right one.');
    expect(f).toMatch(/Source\n *https:\/\/example.com\/ref/);
    expect(f).toContain('Imported from farm.md, line 12.');
    await act(async () => r.unmount());
  });

  it('shows "Not answered" when nothing was chosen (exam results)', async () => {
    const r = await show({ question: single('q'), order: [0, 1, 2, 3], chosen: [], facts: FACTS, width: 90, height: 40 });
    expect(r.lastFrame()).toContain('✗ Not answered');
    await act(async () => r.unmount());
  });

  it('scrolls long text instead of cutting it off, saying how much is hidden', async () => {
    const long = { ...single('q'), explanation: Array.from({ length: 40 }, (_, i) => `Sentence ${i + 1} of a long explanation.`).join(' ') };
    const r = await show({ question: long, order: [0, 1, 2, 3], chosen: [0], facts: FACTS, width: 60, height: 12 });
    const first = r.lastFrame()!;
    expect(first.split('\n')).toHaveLength(12);
    expect(first).toMatch(/↓ \d+ more lines below/);
    expect(first).not.toContain('example.com/src');
    for (let i = 0; i < 10 && !r.lastFrame()!.includes('─ end ─'); i++) {
      await act(async () => {
        r.stdin.write(KEY.space);
      });
    }
    expect(r.lastFrame()).toMatch(/Source\n *https:\/\/example.com\/src/);
    expect(r.lastFrame()).toContain('↑');
    await act(async () => r.unmount());
  });

  it('adds extra sections (e.g. a solver trace) at the end', async () => {
    const r = await show({ question: single('q'), order: [0, 1, 2, 3], chosen: [0], facts: FACTS, width: 90, height: 40, extra: [{ title: 'How to choose', blocks: [{ spans: [{ text: 'Step one of the rule.' }] }] }] });
    expect(r.lastFrame()).toContain('How to choose');
    expect(r.lastFrame()).toContain('Step one of the rule.');
    await act(async () => r.unmount());
  });
});
