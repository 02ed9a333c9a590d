import { describe, expect, it } from 'vitest';
import type { LogRecord, Rating, ReviewRecord, ReviewSource } from '../../../src/core/progress/records.js';
import { effectiveReviews } from '../../../src/core/progress/records.js';
import { foldCards } from '../../../src/core/srs/cards.js';
import { formatMissedList, missedList } from '../../../src/core/srs/missed-list.js';
import { missedReviews } from '../../../src/core/srs/missed.js';
import { overview } from '../../../src/core/srs/overview.js';
import { dueReviews, introducedToday, nextDue, nextStudyQuestion, queueCounts } from '../../../src/core/srs/queue.js';
import { makeScheduler, ratingFor, State } from '../../../src/core/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../../src/core/srs/settings.js';
import { describeWhen, startOfDay } from '../../../src/core/srs/time.js';
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
    const list = missedList([q], [review('a', at(0), false), review('gone', at(1), false)]);
    expect(list.missed).toEqual([expect.objectContaining({ id: 'a', yourAnswer: ['wrong'], correctAnswer: ['Alpha a'] })]);
    expect(list.notLoaded).toEqual(['gone']);
    const text = formatMissedList(list);
    expect(text).toContain('[a] Stem of a?');
    expect(text).toContain('Your answer:  wrong');
    expect(text).toContain('Right answer: Alpha a');
    expect(text).toContain('no longer in any loaded bank: gone');
  });
});

describe('queue', () => {
  const qs = [single('a'), single('b'), single('c')];
  it('counts only questions first answered in study today against the new limit', () => {
    const reviews = [review('a', at(0, 9), true), review('b', at(0), true), review('b', at(5), true), review('c', at(1), false, 'exam')];
    expect(introducedToday(reviews, at(10))).toBe(1);
  });

  it('orders due reviews by lowest retrievability and stops new questions at the limit', () => {
    const reviews = [review('a', at(0, 1), true), review('b', at(0, 5), true)];
    const cards = foldCards(reviews, scheduler);
    const input = { questions: qs, cards, now: at(0, 25), scheduler };
    expect(dueReviews(input)).toEqual(['a', 'b']);
    expect(nextStudyQuestion(input, 0)).toBe('a');
    const none = { ...input, now: at(0, 2) };
    expect(nextStudyQuestion(none, 0)).toBeUndefined();
    expect(nextStudyQuestion(none, 1)).toBe('c');
    expect(queueCounts(none, 5)).toEqual({ due: 0, newAvailable: 1 });
    expect(nextDue(none)?.getTime()).toBe(cards.get('a')!.due.getTime());
  });

  it('shows a learning step due within 20 minutes when nothing else is left', () => {
    const cards = foldCards([review('a', at(0), false)], scheduler);
    // Due in 9 minutes: new questions come first, then it is shown early rather than ending the session.
    expect(nextStudyQuestion({ questions: qs, cards, now: at(1), scheduler }, 1)).toBe('b');
    expect(nextStudyQuestion({ questions: qs, cards, now: at(1), scheduler }, 0)).toBe('a');
  });

  it('gives the home screen its numbers', () => {
    const log = [review('a', at(0, 1), false), review('b', at(0, 1), true)];
    expect(overview(qs, log, DEFAULT_SETTINGS, scheduler, at(0, 20))).toEqual({ due: 2, newAvailable: 1, missed: 1 });
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

  it('starts the day at local midnight', () => {
    expect(startOfDay(at(30))).toEqual(new Date(2025, 2, 10));
  });
});
