import { describe, expect, it } from 'vitest';
import { rankStatements } from '../../../src/core/solver/statement-ranking.js';
import type { Judgement } from '../../../src/core/solver/fact-check.js';

const j = (truth: Judgement['truth'], strength = 1): Judgement => ({ truth, strength, why: '' });
const scores = (...s: number[]) => s.map((score, i) => ({ letter: 'ABCDEF'[i]!, score }));

describe('a choice of the service scores that leaves an option open while the facts bear out one it left out', () => {
  it('gives way to the option the facts bear out', () => {
    const judged = new Map([['A', j('unknown', 0.6)], ['B', j('unknown', 0.3)], ['C', j('true', 0.7)], ['D', j('false')]]);
    expect(rankStatements(scores(9, 8, 2, 1), judged, 2, false, ['A', 'B']).choices).toEqual(['A', 'C']);
  });

  it('in a NOT question, gives way to the option the facts refute', () => {
    const judged = new Map([['A', j('unknown', 0.5)], ['B', j('true')], ['C', j('false')]]);
    expect(rankStatements(scores(9, 4, 1), judged, 1, true, ['A']).choices).toEqual(['C']);
  });

  it('stands when every option it chose is settled as asked', () => {
    const judged = new Map([['A', j('true')], ['B', j('true')], ['C', j('true', 0.7)]]);
    expect(rankStatements(scores(9, 8, 2), judged, 2, false, ['A', 'B']).choices).toEqual(['A', 'B']);
  });
});
