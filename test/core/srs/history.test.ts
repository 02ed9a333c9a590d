import { describe, expect, it } from 'vitest';
import { effectiveReviews, type LogRecord, type ReviewRecord } from '../../../src/core/progress/records.js';
import { foldCards } from '../../../src/core/srs/cards.js';
import { extendHistory, historyCards, historyIntroducedToday, historyMissed, historyOf, type ReviewHistory } from '../../../src/core/srs/history.js';
import { missedReviews } from '../../../src/core/srs/missed.js';
import { introducedToday } from '../../../src/core/srs/queue.js';
import { makeScheduler } from '../../../src/core/srs/scheduler.js';
import { activity, activityFromDays } from '../../../src/core/stats/activity.js';
import { leeches, leechesFrom } from '../../../src/core/stats/leeches.js';
import { retentionCounter, retentionOf } from '../../../src/core/stats/retention.js';
import { FACTS, single } from '../../helpers/study-questions.js';
import { randomLog } from '../../helpers/random-log.js';

const scheduler = makeScheduler({ retention: 0.9 });
const NOW = new Date(2025, 2, 20, 18, 0);
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

/** What the history replaces: the effective reviews, folded directly. */
const reviewsOf = (log: readonly LogRecord[]) => effectiveReviews(log);

/**
 * A history in a form where the order of questions counts too (it breaks ties in the missed
 * list); the answers to learned questions are only ever counted, so their order does not.
 */
const plain = (h: ReviewHistory) => ({ ...h, order: [...h.questions.keys()], questions: [...h.questions], days: [...h.days].sort(), learned: [...h.learned].sort((a, b) => a.at - b.at || Number(a.correct) - Number(b.correct)) });

describe('the review history', () => {
  it.each(SEEDS)('gives what folding the log directly gives (seed %i)', (seed) => {
    const log = randomLog(seed);
    const reviews = reviewsOf(log);
    const history = historyOf(log, scheduler, NOW);
    expect(history.reviews).toBe(reviews.length);
    expect(historyCards(history)).toEqual(foldCards(reviews, scheduler));
    expect(historyMissed(history)).toEqual(missedReviews(reviews));
    expect(historyIntroducedToday(history, NOW)).toBe(introducedToday(reviews, NOW));
    expect(activityFromDays(history.days, NOW)).toEqual(activity(reviews, NOW));
    const questions = Array.from({ length: 12 }, (_, i) => single(`q${i}`));
    const misses = new Map([...history.questions].flatMap(([id, q]) => (q.lastMissedAt ? [[id, { count: q.misses, last: q.lastMissedAt }] as const] : [])));
    expect(leechesFrom(questions, misses, FACTS, 2)).toEqual(leeches(questions, reviews, FACTS, 2));
    const counter = retentionCounter(NOW, 5);
    foldCards(reviews, scheduler, counter.observe);
    expect(retentionOf(history.learned, NOW, 5)).toEqual(counter.result());
  });

  it.each(SEEDS)('extended with what was appended since, equals the history of the whole log (seed %i)', (seed) => {
    const log = randomLog(seed, { count: 120 });
    const whole = plain(historyOf(log, scheduler, NOW));
    let extended = 0;
    for (let split = 0; split <= log.length; split += 7) {
      const next = extendHistory(historyOf(log.slice(0, split), scheduler, NOW), log.slice(split), scheduler, NOW);
      if (!next) continue;
      extended++;
      expect(plain(next)).toEqual(whole);
    }
    expect(extended).toBeGreaterThan(0);
  });

  it('extends in the usual case: answers appended in time order, undone and re-rated among themselves', () => {
    const base = randomLog(11, { count: 80 }).filter((r) => Date.parse(r.at) <= NOW.getTime() - 86_400_000);
    const at = (m: number) => new Date(NOW.getTime() - 3_600_000 + m * 60_000).toISOString();
    const r = (id: string, qid: string, m: number, correct: boolean): ReviewRecord => ({ v: 1, type: 'review', id, qid, at: at(m), source: 'study', correct, rating: correct ? 3 : 1, chosen: [] });
    const added: LogRecord[] = [r('n1', 'q1', 1, true), r('n2', 'q2', 2, false), { v: 1, type: 'undo', id: 'n3', at: at(3), ref: 'n2' }, r('n4', 'q2', 2, true), r('n5', 'new', 4, false)];
    const next = extendHistory(historyOf(base, scheduler, NOW), added, scheduler, NOW);
    expect(next).toBeDefined();
    expect(plain(next!)).toEqual(plain(historyOf([...base, ...added], scheduler, NOW)));
  });

  it('asks for the whole log when an earlier answer is undone, or an answer is older than one already folded', () => {
    const log = randomLog(12, { count: 60 }).filter((r) => Date.parse(r.at) <= NOW.getTime());
    const history = historyOf(log, scheduler, NOW);
    const folded = log.find((r): r is ReviewRecord => r.type === 'review')!;
    expect(extendHistory(history, [{ v: 1, type: 'undo', id: 'x', at: NOW.toISOString(), ref: folded.id }], scheduler, NOW)).toBeUndefined();
    const [qid, q] = [...history.questions][0]!;
    const older: ReviewRecord = { v: 1, type: 'review', id: 'old', qid, at: new Date(q.lastAt - 1000).toISOString(), source: 'study', correct: true, rating: 3, chosen: [] };
    expect(extendHistory(history, [older], scheduler, NOW)).toBeUndefined();
  });

  it('folds an answer dated after now (a clock ahead on another machine) like any other', () => {
    const later = new Date(NOW.getTime() + 3_600_000);
    const review: ReviewRecord = { v: 1, type: 'review', id: 'f', qid: 'q1', at: later.toISOString(), source: 'study', correct: false, rating: 1, chosen: [] };
    const history = historyOf([review], scheduler, NOW);
    expect(history.reviews).toBe(1);
    expect(historyMissed(history)).toEqual([review]);
  });
});
