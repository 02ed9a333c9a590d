import { render } from 'ink-testing-library';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/types.js';
import { formatSolution } from '../../src/core/solver/format.js';
import { solve } from '../../src/core/solver/solve.js';
import { ExplanationView } from '../../src/ui/components/ExplanationView.js';
import { loadExtraSections } from '../../src/ui/components/explanation-extras.js';
import { solutionBlocks, solverSection } from '../../src/ui/layout/solver.js';
import { layoutBlocks, plainText } from '../../src/ui/layout/text.js';
import { inputLines } from '../../src/ui/screens/Solver.js';
import { editScenario, MAX_INPUT } from '../../src/ui/solver/input.js';
import { FACTS } from '../helpers/study-questions.js';
import { KEY, renderApp, testServices } from '../helpers/ui.js';

const SCENARIO = 'A data provider must give each partner its own key and cap every partner at 10,000 calls per month.';

const decision: Question = {
  id: 'decision-rules-900',
  topic: 'decision-rules',
  type: 'single',
  difficulty: 'exam',
  stem: 'Mobile clients send JSON, but a legacy order system accepts only XML, and no new compute may be added for the translation. Which option fits?',
  choices: [
    { text: 'Amazon API Gateway REST API', correct: true, why: 'Mapping templates transform bodies.' },
    { text: 'Amazon API Gateway HTTP API', correct: false, why: 'No body mapping.' },
    { text: 'An Application Load Balancer', correct: false, why: 'No transformation.' },
  ],
  answer: [0],
  explanation: 'Body transformation is REST-only.',
  facts: ['f.one'],
  bank: 'test.yaml',
};

const key = (name: string) => ({ type: 'key', name }) as const;
const typed = (text: string, pasted = false) => ({ type: 'text', text, pasted }) as const;

describe('typing a scenario (pure)', () => {
  it('appends typed and pasted text, keeps line breaks of a paste, drops control characters and escape sequences', () => {
    expect(editScenario('An API', typed(' needs keys'))).toEqual({ kind: 'text', text: 'An API needs keys' });
    expect(editScenario('Q?', typed('\nA. REST\r\nB. HTTP', true))).toEqual({ kind: 'text', text: 'Q?\nA. REST\nB. HTTP' });
    expect(editScenario('', typed('a\u0007b\u001bc\u001b[31mred\u001b]0;title\u0007', true))).toEqual({ kind: 'text', text: 'abcred' });
    expect(editScenario('', key('q'))).toEqual({ kind: 'text', text: 'q' });
    expect(editScenario('', key('?'))).toEqual({ kind: 'text', text: '?' });
    expect(editScenario('a', key('space'))).toEqual({ kind: 'text', text: 'a ' });
  });

  it('edits: backspace, ctrl+w a word, ctrl+u everything', () => {
    expect(editScenario('two words', key('backspace'))).toEqual({ kind: 'text', text: 'two word' });
    expect(editScenario('two words', key('ctrl+w'))).toEqual({ kind: 'text', text: 'two ' });
    expect(editScenario('two words', key('ctrl+u'))).toEqual({ kind: 'text', text: '' });
  });

  it('enter solves a non-empty scenario; esc goes back; arrows are ignored', () => {
    expect(editScenario('An API', key('enter'))).toEqual({ kind: 'submit', text: 'An API' });
    expect(editScenario('   ', key('enter'))).toEqual({ kind: 'ignore' });
    expect(editScenario('x', key('escape'))).toEqual({ kind: 'back' });
    expect(editScenario('x', key('up'))).toEqual({ kind: 'ignore' });
  });

  it('caps the length', () => {
    const r = editScenario('', typed('x'.repeat(MAX_INPUT + 50), true));
    expect(r.kind === 'text' && r.text.length).toBe(MAX_INPUT);
  });

  it('shows the end of a long text within the body height', () => {
    const lines = inputLines(Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n'), 60, 8);
    expect(lines).toHaveLength(8);
    expect(plainText(lines)).toContain('line 29▌');
  });
});

describe('the reasoning as blocks (pure)', () => {
  it('lines the trace up in columns as the text output does: numbers, titles, then every outcome at one column', () => {
    const s = solve(SCENARIO);
    const rows = plainText(layoutBlocks(solutionBlocks(s), 200)).split('\n').filter((line) => /^ {2}[ \d]\d\. /.test(line));
    expect(rows).toHaveLength(s.trace.length);
    const columns = rows.map((line) => line.search(/ (fired|passed|blocked):/));
    expect(new Set(columns).size).toBe(1);
    // The same table as `clf-trainer solve` prints.
    const printed = formatSolution(s).split('\n').filter((line) => /^ {2}[ \d]\d\. /.test(line));
    expect(rows).toEqual(printed);
  });

  it('has the headline and the answer first, then the clues, every step of the trace and the rejected services', () => {
    const text = plainText(layoutBlocks(solutionBlocks(solve(`${SCENARIO}\nA. Amazon CloudFront\nB. Amazon API Gateway REST API`)), 100));
    expect(text).toMatch(/^Amazon API Gateway REST API {2}\(apigw-rest, confidence/);
    expect(text).toContain('✓ per-client quotas and API keys (usage plans): "each partner its own key"');
    expect(text).toMatch(/ 9\. A REST-only feature\? +fired:/);
    expect(text).toContain('not HTTP API: it has no per-client quotas');
    expect(text.split('\n')[1]).toBe('Answer: B. Amazon API Gateway REST API');
  });

  it('names the area and chooses nothing for a question outside the rule, and lists every letter of a choose-two', () => {
    const outside = plainText(layoutBlocks(solutionBlocks(solve('A company wants to decouple its microservices with a message queue.\nA. Amazon SQS\nB. Amazon API Gateway')), 100));
    expect(outside.split('\n')[0]).toMatch(/^Outside the decision rule: this is about Amazon SQS/);
    expect(outside).toContain('Answer: none chosen: the question is outside the decision rule');
    const two = plainText(layoutBlocks(solutionBlocks(solve('A static website must be served over HTTPS worldwide. Which TWO services? (Choose TWO.)\nA. Amazon S3\nB. Amazon CloudFront\nC. AWS AppSync')), 100));
    expect(two.split('\n').slice(1, 4)).toEqual(['Answer: A, B', '  A. Amazon S3', '  B. Amazon CloudFront']);
  });

  it('labels a best guess under the answer, as the core words it, and lists the guess step in the trace', () => {
    const s = solve('A museum publishes its ticketing backend through Amazon API Gateway. Which one task should the team do first?\nA. Choose a new colour scheme\nB. Plan a team lunch\nC. Update the meeting calendar\nD. Print the floor plans');
    const lines = plainText(layoutBlocks(solutionBlocks(s), 300)).split('\n');
    expect(lines[1]).toMatch(/^Answer: [A-D]\. /);
    expect(lines[2]).toBe(`  Best guess${s.guess!.tie ? ' (a tie)' : ''}, not settled: ${s.guess!.basis}`);
    expect(lines.some((line) => / Best guess +fired: /.test(line))).toBe(true);
  });

  it('asks the settling question when undecided', () => {
    const text = plainText(layoutBlocks(solutionBlocks(solve('We want to modernise.')), 100));
    expect(text).toContain('No recommendation');
    expect(text).toContain('To settle it: What must the solution do');
  });
});

describe('"Which service?" screen', () => {
  it('is on the home menu', async () => {
    const { services } = testServices([]);
    const app = await renderApp(services, { id: 'home' }, { columns: 100, rows: 30 });
    await app.waitFor('Which service?');
    await app.unmount();
  });

  it('takes a typed scenario, shows the reasoning, scrolls, edits and goes back', async () => {
    const { services } = testServices([]);
    const app = await renderApp(services, { id: 'solver' }, { columns: 100, rows: 24 });
    await app.waitFor('Describe the scenario');
    expect(app.frame()).toContain('For example:');
    await app.press(SCENARIO);
    await app.waitFor('month.▌');
    await app.press(KEY.enter);
    await app.waitFor('Amazon API Gateway REST API  (apigw-rest');
    const frame = app.frame();
    expect(frame).toContain('Clues in the text');
    expect(frame).toMatch(/confidence 0\.\d\d/);
    expect(frame.split('\n').length).toBeLessThanOrEqual(23);
    expect(frame).toMatch(/↓ \d+ more lines below/);
    await app.press('\u001b[F'); // End
    await app.waitFor('not direct invocation:');
    await app.press('e');
    await app.waitFor('Describe the scenario');
    expect(app.frame()).toContain('month.▌');
    await app.press('\u0015'); // ctrl+u
    await app.waitFor('For example:');
    await app.press('Is q a key? No, text.');
    await app.waitFor('Is q a key? No, text.▌');
    await app.press(KEY.escape);
    expect(app.exits).toEqual([{ code: 0, farewell: undefined }]);
    await app.unmount();
  });

  it('solves a pasted exam question and names the option', async () => {
    const { services } = testServices([]);
    const app = await renderApp(services, { id: 'solver' }, { columns: 100, rows: 40 });
    await app.waitFor('Describe the scenario');
    await app.press(`${SCENARIO}\nA) Amazon CloudFront\nB) Amazon API Gateway REST API`);
    await app.waitFor('B) Amazon API Gateway REST API▌');
    await app.press(KEY.enter);
    // The answer comes first, above the reasoning, on the first screen without scrolling.
    await app.waitFor('Answer: B. Amazon API Gateway REST API');
    const frame = app.frame();
    expect(frame.indexOf('Answer: B.')).toBeLessThan(frame.indexOf('Clues in the text'));
    expect(frame.indexOf('Amazon API Gateway REST API  (apigw-rest')).toBeLessThan(frame.indexOf('Answer: B.'));
    await app.press('n');
    await app.waitFor('For example:');
    await app.unmount();
  });

  it('opens straight on the reasoning when given a scenario', async () => {
    const { services } = testServices([]);
    const app = await renderApp(services, { id: 'solver', params: { text: 'We want to modernise.' } }, { columns: 100, rows: 30 });
    await app.waitFor('No recommendation');
    expect(app.frame()).toContain('not settled');
    await app.press('q');
    expect(app.exits).toEqual([{ code: 0, farewell: undefined }]);
    await app.unmount();
  });
});

describe('the solver on the explanation screen', () => {
  async function explanation(question: Question) {
    let r!: ReturnType<typeof render>;
    await act(async () => {
      r = render(<ExplanationView question={question} order={[0, 1, 2]} chosen={[0]} facts={FACTS} width={100} height={200} />);
      await loadExtraSections();
    });
    const frame = r.lastFrame()!;
    await act(async () => r.unmount());
    return frame;
  }

  it('shows how the rule reaches the key on a decision-rules question', async () => {
    const f = await explanation(decision);
    expect(f).toContain('How the decision rule reaches it');
    expect(f).toContain('request/response body transformation (mapping templates)');
    expect(f).toMatch(/A REST-only feature\? fired/);
  });

  it('shows nothing when the solver disagrees with the key, or for other topics', async () => {
    const disagree: Question = { ...decision, answer: [1], choices: decision.choices.map((c, i) => ({ ...c, correct: i === 1 })) };
    expect(solverSection(disagree)).toBeUndefined();
    expect(await explanation(disagree)).not.toContain('How the decision rule reaches it');
    expect(solverSection({ ...decision, topic: 'caching' })).toBeUndefined();
  });
});
