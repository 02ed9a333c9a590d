import { describe, expect, it } from 'vitest';
import type { LogRecord, Rating, ReviewRecord, ReviewSource } from '../../../src/core/progress/records.js';
import { effectiveReviews } from '../../../src/core/progress/records.js';
import { historyOf } from '../../../src/core/srs/history.js';
import { formatMissedList, missedList } from '../../../src/core/srs/missed-list.js';
import { makeScheduler, ratingFor, State } from '../../../src/core/srs/scheduler.js';
import { describeWhen } from '../../../src/core/srs/time.js';
import { foldCards, missedReviews } from '../../helpers/reference.js';
import { at, single } from '../../helpers/study-questions.js';

const scheduler = makeScheduler({ retention: 0.9, fuzz: false });
let n = 0;
function review(qid: string, when: Date, correct: boolean, source: ReviewSource = 'study', rating: Rating = ratingFor(correct)): ReviewRecord {
  return { v: 1, type: 'review', id: `r${++n}`, qid, at: when.toISOString(), source, correct, rating, chosen: [correct ? 'right' : 'wrong'] };
}

describe('card states folded from the log', () => {
  it('replays reviews in time order, whatever the order of the lines', () => {
    const a = review('q', at(0), true);
    const b = review('q', at(0, 13), false);
    expect(foldCards([b, a], scheduler)).toEqual(foldCards([a, b], scheduler));
    expect(foldCards([a, b], scheduler).get('q')!.state).toBe(State.Relearning);
  });

  it('an undone review leaves the card exactly as before it', () => {
    const a = review('q', at(0), true);
    const b = review('q', at(0, 13), false);
    const undo: LogRecord = { v: 1, type: 'undo', id: 'u1', at: at(5, 13).toISOString(), ref: b.id };
    expect(foldCards(effectiveReviews([a, b, undo]), scheduler)).toEqual(foldCards([a], scheduler));
  });

  it('schedules with the desired retention: higher retention, shorter intervals', () => {
    const reviews = [review('q', at(0), true), review('q', at(0, 13), true)];
    const low = foldCards(reviews, makeScheduler({ retention: 0.8, fuzz: false })).get('q')!;
    const high = foldCards(reviews, makeScheduler({ retention: 0.95, fuzz: false })).get('q')!;
    expect(high.due.getTime()).toBeLessThan(low.due.getTime());
  });

  it('gives the same result with fuzz on every time (replays are deterministic)', () => {
    const fuzzy = makeScheduler({ retention: 0.9, fuzz: true });
    const reviews = [review('q', at(0), true), review('q', at(0, 13), true), review('q', at(0, 25), true)];
    expect(foldCards(reviews, fuzzy)).toEqual(foldCards(reviews, fuzzy));
  });
});

describe('missed questions', () => {
  it('are those whose latest effective answer, in study, review or exam, was wrong', () => {
    const reviews = [review('a', at(0), false), review('a', at(1), true, 'review'), review('b', at(2), true), review('b', at(3), false, 'exam'), review('c', at(4), false)];
    expect(missedReviews(reviews).map((r) => r.qid)).toEqual(['b', 'c']);
  });

  it('lists the last answer and the right one; removed questions are reported, not lost', () => {
    const q = single('a');
    const list = missedList([q], historyOf([review('a', at(0), false), review('gone', at(1), false)], { scheduler, now: at(2), dayStart: 4 }));
    expect(list.missed).toEqual([expect.objectContaining({ id: 'a', yourAnswer: ['wrong'], correctAnswer: ['Alpha a'] })]);
    expect(list.notLoaded).toEqual(['gone']);
    const text = formatMissedList(list);
    expect(text).toContain('[a] Stem of a?');
    expect(text).toContain('Your answer:  wrong');
    expect(text).toContain('Right answer: Alpha a');
    expect(text).toContain('no longer in any loaded bank: gone');
  });
});

describe('time words', () => {
  it('says when a question comes back', () => {
    const now = at();
    const plus = (ms: number) => new Date(now.getTime() + ms);
    expect(describeWhen(now, plus(10 * 60_000))).toBe('in 10 min');
    expect(describeWhen(now, plus(4 * 86_400_000))).toBe('in 4 days');
    expect(describeWhen(now, plus(86_400_000))).toBe('in 1 day');
    expect(describeWhen(now, plus(3 * 3_600_000))).toBe('in 3 hours');
    expect(describeWhen(now, plus(90 * 86_400_000))).toBe('in 3 months');
    expect(describeWhen(now, plus(1000))).toBe('now');
  });
});
