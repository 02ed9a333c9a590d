import { describe, expect, it } from 'vitest';
import { rankStatements } from '../../../src/core/solver/statement-ranking.js';
import type { Judgement } from '../../../src/core/solver/fact-check.js';

const j = (truth: Judgement['truth'], strength = 1): Judgement => ({ truth, strength, why: '' });
const scores = (...s: number[]) => s.map((score, i) => ({ letter: 'ABCDEF'[i]!, score }));
const rank = (...args: Parameters<typeof rankStatements>) => rankStatements(...args).choices;

describe('options of a question about statements, ranked by the facts before the services they name', () => {
  it('never keeps a choice the facts refute, and puts a supported option before one they leave open', () => {
    const judged = new Map([['A', j('unknown', 0.4)], ['B', j('true')], ['C', j('false')], ['D', j('unknown', 0.4)]]);
    expect(rank(scores(2, 0, 10, 6), judged, 2, false, ['C', 'D'])).toEqual(['B', 'D']);
  });
  it('in a NOT question, never answers with an option the facts bear out', () => {
    const judged = new Map([['A', j('true')], ['B', j('unknown', 0.5)], ['C', j('unknown', 0.5)]]);
    expect(rank(scores(9, 1, 4), judged, 1, true, ['A'])).toEqual(['C']);
  });
  it('keeps the choice of the service scores when the facts refute none of it', () => {
    const judged = new Map([['A', j('unknown')], ['B', j('unknown')], ['C', j('false')]]);
    expect(rank(scores(7, 3, 1), judged, 1, false, ['A'])).toEqual(['A']);
  });
  it('keeps the choice of the service scores when the facts settle no option', () => {
    const judged = new Map([['A', j('unknown', 0.3)], ['B', j('unknown', 0.9)], ['C', j('unknown', 0.5)]]);
    expect(rank(scores(7, 3, 1), judged, 1, false, ['A'])).toEqual(['A']);
    expect(rank(scores(7, 3, 1), judged, 1, false, [])).toEqual([]);
  });
  it('among options left open, puts the one closest to a verified clause first, or last in a NOT question', () => {
    const judged = new Map([['A', j('unknown', 0.9)], ['B', j('unknown', 0.4)], ['C', j('false')], ['D', j('true')]]);
    expect(rank(scores(-8, 0, 6, 1), judged, 2, false, [])).toEqual(['A', 'D']);
    const not = new Map([['A', j('unknown', 0.9)], ['B', j('unknown', 0.4)], ['C', j('true')], ['D', j('true')]]);
    expect(rank(scores(9, -3, 12, 1), not, 1, true, ['C'])).toEqual(['B']);
  });
  it('chooses none when nothing tells the last chosen option from the next', () => {
    const judged = new Map([['A', j('unknown', 0.5)], ['B', j('unknown', 0.5)], ['C', j('unknown', 0.5)], ['D', j('false')]]);
    expect(rank(scores(6, 6, 6, 9), judged, 2, false, ['D', 'A'])).toEqual([]);
  });
  it('says when the facts changed the choice and whether an option left open was chosen', () => {
    const judged = new Map([['A', j('true')], ['B', j('unknown', 0.6)], ['C', j('false')]]);
    expect(rankStatements(scores(1, 2, 9), judged, 1, false, ['C'])).toEqual({ choices: ['A'], changed: true, unsettled: false });
    expect(rankStatements(scores(1, 2, 9), judged, 2, false, ['C'])).toEqual({ choices: ['A', 'B'], changed: true, unsettled: true });
  });
});
