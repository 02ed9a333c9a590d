import { describe, expect, it } from 'vitest';
import { toExamAction } from '../../../src/core/exam/actions.js';
import { replay } from '../../../src/core/exam/reducer.js';
import { examReviews, historyEntry, recentExamQids, toHistoryEntry } from '../../../src/core/exam/records.js';
import { examResult, filterResults } from '../../../src/core/exam/results.js';
import { historyCards, historyMissed, historyOf } from '../../../src/core/srs/history.js';
import { makeScheduler } from '../../../src/core/srs/scheduler.js';
import type { ExamAction, ExamItem, ExamState } from '../../../src/core/exam/types.js';
import { byId, makeQuestion } from './fixtures.js';

const T0 = Date.parse('2026-11-25T10:00:00Z');
const questions = [
  makeQuestion({ id: 'a1', topic: 'auth', answer: [2] }),
  makeQuestion({ id: 'a2', topic: 'auth', answer: [1] }),
  makeQuestion({ id: 'c1', topic: 'caching', type: 'multi', answer: [0, 3] }),
  makeQuestion({ id: 'p1', topic: 'pricing', answer: [0] }),
];
const identity = (n: number) => Array.from({ length: n }, (_, i) => i);
const items: ExamItem[] = questions.map((q) => ({ qid: q.id, topic: q.topic, order: identity(q.choices.length), pick: q.answer.length }));

function exam(...actions: ExamAction[]): ExamState {
  return replay([{ type: 'start', at: T0, id: 'e1', items, durationMs: 240_000 }, ...actions])!;
}

// a1 right after 30 s, a2 wrong (flagged), c1 only one of two (incomplete → wrong), p1 unanswered; submitted at 100 s.
const finished = exam(
  { type: 'answer', at: T0 + 30_000, options: [2] },
  { type: 'goto', at: T0 + 30_000, index: 1 },
  { type: 'answer', at: T0 + 40_000, options: [0] },
  { type: 'flag', at: T0 + 40_000 },
  { type: 'goto', at: T0 + 40_000, index: 2 },
  { type: 'toggle', at: T0 + 90_000, option: 0 },
  { type: 'goto', at: T0 + 90_000, index: 3 },
  { type: 'submit', at: T0 + 100_000 },
);

describe('exam results', () => {
  const result = examResult(finished, byId(questions));

  it('scores all-or-nothing with unanswered as wrong', () => {
    expect(result.questions.map((r) => [r.question.id, r.correct, r.status])).toEqual([
      ['a1', true, 'answered'],
      ['a2', false, 'answered'],
      ['c1', false, 'incomplete'],
      ['p1', false, 'unanswered'],
    ]);
    expect(result).toMatchObject({ total: 4, correct: 1, percent: 25, scaled: 314, passed: false, unanswered: 2, flagged: 1, endReason: 'submitted' });
  });

  it('breaks the score down per topic in chapter order and names the weakest', () => {
    expect(result.topics).toEqual([
      { topic: 'auth', correct: 1, total: 2 },
      { topic: 'caching', correct: 0, total: 1 },
      { topic: 'pricing', correct: 0, total: 1 },
    ]);
    expect(result.weakest).toBe('caching');
  });

  it('breaks the score down per exam domain in the exam guide order, questions without a domain counted as not mapped', () => {
    const mapped = [
      makeQuestion({ id: 'a1', topic: 'auth', answer: [2], domain: 'security-compliance' }),
      makeQuestion({ id: 'a2', topic: 'auth', answer: [1], domain: 'security-compliance' }),
      makeQuestion({ id: 'c1', topic: 'caching', type: 'multi', answer: [0, 3], domain: 'technology-services' }),
      makeQuestion({ id: 'p1', topic: 'pricing', answer: [0] }),
    ];
    expect(examResult(finished, byId(mapped)).domains).toEqual([
      { domain: 'security-compliance', correct: 1, total: 2 },
      { domain: 'technology-services', correct: 0, total: 1 },
      { domain: 'not-mapped', correct: 0, total: 1 },
    ]);
    // Every question is in exactly one section: none is dropped.
    expect(result.domains).toEqual([{ domain: 'not-mapped', correct: 1, total: 4 }]);
  });

  it('says what the score covers: the API Gateway part of CLF-C02, not the whole exam', () => {
    expect(result.scope).toMatchObject({ apiGateway: 4, other: 0, short: 'API Gateway part of CLF-C02 only' });
    expect(result.scope.note).toBe('It covers the API Gateway part of CLF-C02 only, not the whole exam.');
  });

  it('reports time used, the average per question and the slowest questions', () => {
    expect(result.usedMs).toBe(100_000);
    expect(result.averageMs).toBe(25_000);
    expect(result.slowest.map((r) => [r.question.id, r.ms])).toEqual([
      ['c1', 50_000],
      ['a1', 30_000],
      ['a2', 10_000],
    ]);
  });

  it('filters the list: all, incorrect, flagged, unanswered (incomplete counts as unanswered)', () => {
    const ids = (f: Parameters<typeof filterResults>[1]) => filterResults(result.questions, f).map((r) => r.question.id);
    expect(ids('all')).toEqual(['a1', 'a2', 'c1', 'p1']);
    expect(ids('incorrect')).toEqual(['a2', 'c1', 'p1']);
    expect(ids('flagged')).toEqual(['a2']);
    expect(ids('unanswered')).toEqual(['c1', 'p1']);
  });

  it('turns every question into a review: right → Good, wrong or unanswered → Again, tagged with the exam', () => {
    const reviews = examReviews(result);
    expect(reviews.map((r) => [r.qid, r.rating, r.correct, r.source, r.exam])).toEqual([
      ['a1', 3, true, 'exam', 'e1'],
      ['a2', 1, false, 'exam', 'e1'],
      ['c1', 1, false, 'exam', 'e1'],
      ['p1', 1, false, 'exam', 'e1'],
    ]);
    expect(reviews[1]!.chosen).toEqual(['a2 option A']);
    expect(reviews[3]!.chosen).toEqual([]);
    expect(reviews[0]!.at).toBe(new Date(T0 + 100_000).toISOString());
    expect(new Set(reviews.map((r) => r.id)).size).toBe(4);
  });

  it('the reviews reach the schedule and the missed list like study answers', () => {
    const reviews = examReviews(result);
    const end = T0 + 100_000;
    const history = historyOf(reviews, { scheduler: makeScheduler({ retention: 0.9, fuzz: false }), now: new Date(end), dayStart: 4 });
    const cards = historyCards(history);
    const dueIn = (id: string) => cards.get(id)!.due.getTime() - end;
    expect(dueIn('a1')).toBeGreaterThan(dueIn('a2'));
    expect(dueIn('a2')).toBeLessThan(60 * 60_000);
    expect(historyMissed(history).map((r) => r.qid).sort()).toEqual(['a2', 'c1', 'p1']);
  });

  it('summarises the attempt for the history, and reads it back', () => {
    const entry = historyEntry(finished, result, 'seed1');
    expect(entry).toMatchObject({ id: 'e1', reason: 'submitted', questions: 4, answered: 3, scaled: 314, passed: false, weakest: 'caching', seed: 'seed1', qids: ['a1', 'a2', 'c1', 'p1'] });
    expect(entry.domains).toEqual(result.domains);
    expect(toHistoryEntry(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
    expect(toHistoryEntry({ ...entry, scaled: 'high' })).toBeUndefined();
    expect(toHistoryEntry({ ...entry, domains: [{ domain: 'networking', correct: 1, total: 2 }] })).toBeUndefined();
    // An attempt recorded before domains were kept still reads.
    const { domains: _, ...older } = entry;
    expect(toHistoryEntry(older)).toEqual(older);
  });

  it.each([
    ['a scaled score off the 100–1000 scale', { scaled: 1e9 }],
    ['a scaled score below 100', { scaled: 50 }],
    ['a percentage above 100', { percent: 1e9 }],
    ['more questions than were drawn', { questions: 1e9 }],
    ['more right answers than questions', { correct: 5 }],
    ['more answered than questions', { answered: 5 }],
    ['a topic with more right than asked', { topics: [{ topic: 'auth', correct: 3, total: 2 }] }],
    ['a seed that is not text', { seed: { a: 1 } }],
    ['a start time that is not an ISO time', { startedAt: '2026-01-01 (text)' }],
  ])('refuses a history line with %s (no exam can produce it)', (_, over) => {
    const entry = historyEntry(finished, result, 'seed1');
    expect(toHistoryEntry({ ...JSON.parse(JSON.stringify(entry)), ...over })).toBeUndefined();
  });

  it('an abandoned attempt has no score in the history', () => {
    const abandoned = exam({ type: 'answer', at: T0 + 1000, options: [2] }, { type: 'abandon', at: T0 + 2000 });
    const entry = historyEntry(abandoned, undefined);
    expect(entry.reason).toBe('abandoned');
    expect(entry.answered).toBe(1);
    expect(entry.scaled).toBeUndefined();
  });

  it('lists the question ids of the most recent attempts first', () => {
    const e = (id: string, endedAt: string) => ({ ...historyEntry(finished, result), id, endedAt, qids: [id] });
    expect(recentExamQids([e('old', '2026-01-01T00:00:00Z'), e('new', '2026-03-01T00:00:00Z'), e('mid', '2026-02-01T00:00:00Z')], 2)).toEqual([['new'], ['mid']]);
  });
});

describe('saved actions', () => {
  it('accepts what the reducer writes and rejects damaged lines', () => {
    expect(toExamAction({ type: 'toggle', at: 5, option: 2 })).toEqual({ type: 'toggle', at: 5, option: 2 });
    expect(toExamAction({ type: 'start', at: 1, id: 'x', durationMs: 60_000, items })).toMatchObject({ type: 'start', items });
    expect(toExamAction({ type: 'toggle', at: 5, option: -1 })).toBeUndefined();
    expect(toExamAction({ type: 'tick' })).toBeUndefined();
    expect(toExamAction({ type: 'explode', at: 1 })).toBeUndefined();
    expect(toExamAction({ type: 'start', at: 1, id: 'x', durationMs: 60_000, items: [{ ...items[0], order: [0, 0, 1, 2] }] })).toBeUndefined();
    expect(toExamAction({ type: 'start', at: 1, id: 'x', durationMs: 60_000, items: [{ ...items[0], topic: 'nope' }] })).toBeUndefined();
  });

  it('keep their monotonic reading, and refuse a damaged one', () => {
    expect(toExamAction({ type: 'tick', at: 5, mono: 1234.5 })).toEqual({ type: 'tick', at: 5, mono: 1234.5 });
    expect(toExamAction({ type: 'answer', at: 5, mono: 9, options: [1] })).toEqual({ type: 'answer', at: 5, mono: 9, options: [1] });
    expect(toExamAction({ type: 'tick', at: 5, mono: 'soon' })).toBeUndefined();
  });

  it('rejects times no clock gave: before 1970, past year 9999, and durations beyond them (they could not be dated or shown)', () => {
    expect(toExamAction({ type: 'start', at: 1e300, id: 'x', durationMs: 60_000, items })).toBeUndefined();
    expect(toExamAction({ type: 'start', at: 1, id: 'x', durationMs: 1e300, items })).toBeUndefined();
    expect(toExamAction({ type: 'tick', at: -1 })).toBeUndefined();
    expect(toExamAction({ type: 'tick', at: Date.UTC(10000, 0, 1) })).toBeUndefined();
    expect(toExamAction({ type: 'tick', at: Date.UTC(9999, 0, 1) })).toEqual({ type: 'tick', at: Date.UTC(9999, 0, 1) });
  });
});
