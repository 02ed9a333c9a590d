import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/bank/types.js';
import { agreeingSolution, solveQuestion } from '../../../src/core/solver/question.js';
import { loadLibrary } from '../../../src/store/bank-files.js';
import { ROOT } from '../../e2e/terminal.js';

// The real bank: every "which service?" question must be answered as the key says.
const BANK = join(ROOT, 'questions', 'decision-rules.yaml');
let questions: Question[] = [];

beforeAll(async () => {
  const library = await loadLibrary({ paths: [BANK], builtin: false, cwd: ROOT });
  questions = library.questions.filter((q) => q.topic === 'decision-rules');
});

describe('the solver on the decision-rules bank', () => {
  it('finds the questions', () => expect(questions.length).toBeGreaterThan(0));

  it('picks one of the correct options on every decision-rules question', () => {
    const wrong = questions
      .map((q) => ({ q, v: solveQuestion(q) }))
      .filter(({ v }) => !v.agrees)
      .map(({ q, v }) => `${q.id}: solver → ${v.solution.service ?? 'none'}, option ${v.solution.choice ?? 'none'}; key ${q.answer.map((i) => 'ABCDEFGH'[i]).join('')}`);
    expect(wrong).toEqual([]);
  });

  it('offers its reasoning to the explanation screen only when it agrees', () => {
    for (const q of questions) expect(agreeingSolution(q)).toBeDefined();
    const q = questions[0]!;
    const flipped: Question = { ...q, answer: q.choices.map((_, i) => i).filter((i) => !q.answer.includes(i)), choices: q.choices.map((c) => ({ ...c, correct: !c.correct })) };
    expect(agreeingSolution(flipped)).toBeUndefined();
    expect(agreeingSolution({ ...q, topic: 'caching' })).toBeUndefined();
  });
});
