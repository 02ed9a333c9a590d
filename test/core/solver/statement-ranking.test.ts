import { describe, expect, it } from 'vitest';
import { rankStatements } from '../../../src/core/solver/statement-ranking.js';
import type { Judgement } from '../../../src/core/solver/fact-check.js';

const j = (truth: Judgement['truth']): Judgement => ({ truth, strength: 1, why: '' });
const scores = (...s: number[]) => s.map((score, i) => ({ letter: 'ABCDEF'[i]!, score }));

describe('options of a question about statements, ranked by the facts before the services they name', () => {
  it('never keeps a choice the facts refute, and puts a supported option before one they do not speak of', () => {
    const judged = new Map([['A', j('unknown')], ['B', j('true')], ['C', j('false')], ['D', j('unknown')]]);
    expect(rankStatements(scores(2, 0, 10, 6), judged, 2, false, ['C', 'D'])).toEqual(['B', 'D']);
  });
  it('in a NOT question, never answers with an option the facts bear out', () => {
    const judged = new Map([['A', j('true')], ['B', j('unknown')], ['C', j('unknown')]]);
    expect(rankStatements(scores(9, 1, 4), judged, 1, true, ['A'])).toEqual(['C']);
  });
  it('keeps the choice of the service scores when the facts refute none of it', () => {
    const judged = new Map([['A', j('unknown')], ['B', j('unknown')], ['C', j('false')]]);
    expect(rankStatements(scores(7, 3, 1), judged, 1, false, ['A'])).toEqual(['A']);
  });
  it('chooses none when nothing tells the last chosen option from the next', () => {
    const judged = new Map([['A', j('unknown')], ['B', j('unknown')], ['C', j('unknown')]]);
    expect(rankStatements(scores(6, 6, 6), judged, 2, false, [])).toEqual([]);
  });
});
