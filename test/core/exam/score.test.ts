import { describe, expect, it } from 'vitest';
import { estimatedScaledScore, passes } from '../../../src/core/exam/score.js';

describe('scoring', () => {
  it('maps 0% → 100, 70% → 700, 100% → 1000, linearly on both sides of the pass line', () => {
    expect(estimatedScaledScore(0)).toBe(100);
    expect(estimatedScaledScore(0.35)).toBe(400);
    expect(estimatedScaledScore(0.7)).toBe(700);
    expect(estimatedScaledScore(0.85)).toBe(850);
    expect(estimatedScaledScore(1)).toBe(1000);
    expect(estimatedScaledScore(Number.NaN)).toBe(100);
  });

  it('on a 65-question exam the pass line falls between 45 and 46 correct', () => {
    expect(passes(estimatedScaledScore(45 / 65))).toBe(false);
    expect(passes(estimatedScaledScore(46 / 65))).toBe(true);
    expect(estimatedScaledScore(45 / 65)).toBe(693);
    expect(estimatedScaledScore(46 / 65)).toBe(708);
  });
});
