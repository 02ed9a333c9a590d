import { describe, expect, it } from 'vitest';
import { RESULTS_START, resultsAction, resultsStep, type ResultsAction, type ResultsState } from '../../src/app/exam-results.js';
import { replay } from '../../src/core/exam/reducer.js';
import { examResult } from '../../src/core/exam/results.js';
import type { ExamItem } from '../../src/core/exam/types.js';
import { byId, makeQuestion } from '../core/exam/fixtures.js';

const questions = [makeQuestion({ id: 'q1' }), makeQuestion({ id: 'q2' }), makeQuestion({ id: 'q3' })];
const items: ExamItem[] = questions.map((q) => ({ qid: q.id, topic: q.topic, order: [0, 1, 2, 3], pick: 1 }));
// q1 right and flagged, q2 wrong, q3 unanswered.
const state = replay([
  { type: 'start', at: 0, id: 'x', items, durationMs: 60_000 },
  { type: 'answer', at: 1, options: [0] },
  { type: 'flag', at: 1 },
  { type: 'goto', at: 2, index: 1 },
  { type: 'answer', at: 3, options: [1] },
  { type: 'submit', at: 4 },
])!;
const result = examResult(state, byId(questions));
const run = (...actions: ResultsAction[]): ResultsState => actions.reduce((s, a) => resultsStep(s, a, result), RESULTS_START);

describe('the results view as a reducer', () => {
  it('opens on the summary; enter lists every question; q is done', () => {
    expect(run()).toEqual({ view: 'summary', filter: 'all', cursor: 0 });
    expect(run({ type: 'list' })).toMatchObject({ view: 'list', filter: 'all' });
    expect(run({ type: 'back' }).done).toBe(true);
  });

  it('filters from anywhere, moves within the list and opens a question', () => {
    expect(run({ type: 'filter', filter: 'incorrect' })).toEqual({ view: 'list', filter: 'incorrect', cursor: 0 });
    expect(run({ type: 'list' }, { type: 'down' }, { type: 'down' }, { type: 'down' }).cursor).toBe(2);
    expect(run({ type: 'list' }, { type: 'up' }).cursor).toBe(0);
    expect(run({ type: 'list' }, { type: 'down' }, { type: 'open' })).toMatchObject({ view: 'detail', cursor: 1 });
    expect(run({ type: 'list' }, { type: 'nextFilter' }).filter).toBe('incorrect');
    expect(run({ type: 'list' }, { type: 'prevFilter' }).filter).toBe('unanswered');
  });

  it('steps through the filtered list on the explanation, and goes back to the list', () => {
    const detail = run({ type: 'filter', filter: 'incorrect' }, { type: 'open' }, { type: 'next' }, { type: 'next' });
    expect(detail).toMatchObject({ view: 'detail', cursor: 1 });
    expect(resultsStep(detail, { type: 'back' }, result).view).toBe('list');
  });

  it('does not open an empty list', () => {
    const empty = examResult(replay([{ type: 'start', at: 0, id: 'y', items, durationMs: 60_000 }, { type: 'submit', at: 1 }])!, byId(questions));
    const listed = resultsStep(RESULTS_START, { type: 'filter', filter: 'flagged' }, empty);
    expect(resultsStep(listed, { type: 'open' }, empty).view).toBe('list');
  });

  it('reads a key action as a results action; a filter key carries its filter', () => {
    expect(resultsAction('filter', 2)).toEqual({ type: 'filter', filter: 'flagged' });
    expect(resultsAction('open')).toEqual({ type: 'open' });
    expect(resultsAction('help')).toBeUndefined();
  });
});
