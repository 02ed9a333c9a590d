import { describe, expect, it } from 'vitest';
import { examFormat } from '../../../src/core/exam/format.js';
import { planExam } from '../../../src/core/exam/plan.js';
import { makeQuestion } from './fixtures.js';

describe('exam format', () => {
  it('defaults to the real exam, 65 questions in 90 minutes; --quick is 20 at the same pace', () => {
    expect(examFormat()).toEqual({ questions: 65, durationMs: 90 * 60_000 });
    expect(examFormat({ quick: true })).toEqual({ questions: 20, durationMs: 28 * 60_000 });
  });

  it('a custom size keeps the pace unless minutes are given', () => {
    expect(examFormat({ questions: 10 })).toEqual({ questions: 10, durationMs: 14 * 60_000 });
    expect(examFormat({ questions: 1 })).toEqual({ questions: 1, durationMs: 60_000 });
    expect(examFormat({ questions: 3, minutes: 1 })).toEqual({ questions: 3, durationMs: 60_000 });
  });

  it('a pool smaller than asked gives a shorter exam at the same pace', () => {
    const pool = Array.from({ length: 10 }, (_, i) => makeQuestion({ id: `q${i}` }));
    expect(planExam(pool, { seed: 's' })).toMatchObject({ asked: 65, durationMs: 14 * 60_000 });
    expect(planExam(pool, { seed: 's' }).items).toHaveLength(10);
    expect(planExam(pool, { seed: 's', minutes: 5 }).durationMs).toBe(5 * 60_000);
  });
});
