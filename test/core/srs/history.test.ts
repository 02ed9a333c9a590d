import { describe, expect, it } from 'vitest';
import { effectiveReviews, type LogRecord, type ReviewRecord } from '../../../src/core/progress/records.js';
import { extendHistory, historyCards, historyIntroducedToday, historyMissed, historyOf, type FoldOptions, type ReviewHistory } from '../../../src/core/srs/history.js';
import { makeScheduler } from '../../../src/core/srs/scheduler.js';
import { activityFromDays } from '../../../src/core/stats/activity.js';
import { leechesFrom } from '../../../src/core/stats/leeches.js';
import { retentionOf } from '../../../src/core/stats/retention.js';
import { activity, asOf, foldCards, introducedToday, leeches, missedReviews, retentionCounter } from '../../helpers/reference.js';
import { FACTS, single } from '../../helpers/study-questions.js';
import { randomLog } from '../../helpers/random-log.js';

const scheduler = makeScheduler({ retention: 0.9 });
const NOW = new Date(2025, 2, 20, 18, 0);
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const DAY_START = 4;
const at = (now: Date): FoldOptions => ({ scheduler, now, dayStart: DAY_START });
const O = at(NOW);

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
    const now = asOf(reviews, NOW);
    const history = historyOf(log, O);
    expect(history.reviews).toBe(reviews.length);
    expect(history.future).toBe(reviews.filter((r) => Date.parse(r.at) > NOW.getTime()).length);
    expect(historyCards(history)).toEqual(foldCards(now, scheduler));
    expect(historyMissed(history)).toEqual(missedReviews(reviews));
    expect(historyIntroducedToday(history, NOW, DAY_START)).toBe(introducedToday(now, NOW, DAY_START));
    expect(activityFromDays(history.days, NOW, DAY_START)).toEqual(activity(now, NOW, DAY_START));
    const questions = Array.from({ length: 12 }, (_, i) => single(`q${i}`));
    const misses = new Map([...history.questions].flatMap(([id, q]) => (q.lastMissedAt ? [[id, { count: q.misses, last: q.lastMissedAt }] as const] : [])));
    expect(leechesFrom(questions, misses, FACTS, 2)).toEqual(leeches(questions, reviews, FACTS, 2));
    const counter = retentionCounter(NOW, 5);
    foldCards(now, scheduler, counter.observe);
    expect(retentionOf(history.learned, NOW, 5)).toEqual(counter.result());
  });

  it.each(SEEDS)('extended with what was appended since, equals the history of the whole log (seed %i)', (seed) => {
    const log = randomLog(seed, { count: 120 });
    const whole = plain(historyOf(log, O));
    let extended = 0;
    for (let split = 0; split <= log.length; split += 7) {
      const next = extendHistory(historyOf(log.slice(0, split), O), log.slice(split), O);
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
    const next = extendHistory(historyOf(base, O), added, O);
    expect(next).toBeDefined();
    expect(plain(next!)).toEqual(plain(historyOf([...base, ...added], O)));
  });

  it('asks for the whole log when an earlier answer is undone, or an answer is older than one already folded', () => {
    const log = randomLog(12, { count: 60 }).filter((r) => Date.parse(r.at) <= NOW.getTime());
    const history = historyOf(log, O);
    const folded = log.find((r): r is ReviewRecord => r.type === 'review')!;
    expect(extendHistory(history, [{ v: 1, type: 'undo', id: 'x', at: NOW.toISOString(), ref: folded.id }], O)).toBeUndefined();
    const [qid, q] = [...history.questions][0]!;
    const older: ReviewRecord = { v: 1, type: 'review', id: 'old', qid, at: new Date(q.lastAt - 1000).toISOString(), source: 'study', correct: true, rating: 3, chosen: [] };
    expect(extendHistory(history, [older], O)).toBeUndefined();
  });

  it('folds an answer dated after now (a clock a year ahead on another machine) as given now, and counts it', () => {
    const later = new Date(NOW.getTime() + 365 * 86_400_000);
    const wrong: ReviewRecord = { v: 1, type: 'review', id: 'f', qid: 'q1', at: later.toISOString(), source: 'study', correct: false, rating: 1, chosen: [] };
    const right: ReviewRecord = { ...wrong, id: 'g', qid: 'q2', correct: true, rating: 3 };
    const history = historyOf([wrong, right], O);
    expect(history.reviews).toBe(2);
    expect(history.future).toBe(2);
    expect(historyMissed(history)).toEqual([wrong]);
    // The wrong answer comes back in ten minutes from now, the right one in days: not in a year.
    const cards = historyCards(history);
    expect(cards.get('q1')!.due.getTime()).toBe(NOW.getTime() + 10 * 60_000);
    expect(cards.get('q2')!.due.getTime()).toBeLessThan(NOW.getTime() + 30 * 86_400_000);
    expect([...history.days]).toEqual([['2025-03-20', 2]]);
    // Once that time has come, the same answers fold at their own time.
    expect(historyOf([wrong, right], at(new Date(later.getTime() + 1))).future).toBe(0);
  });
});
