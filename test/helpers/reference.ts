import type { Fact, Question } from '../../src/core/bank/types.js';
import { dayKey, startOfDay } from '../../src/core/days.js';
import type { ReviewRecord } from '../../src/core/progress/records.js';
import { byTime } from '../../src/core/srs/history.js';
import { State, type Card, type Scheduler } from '../../src/core/srs/scheduler.js';
import { activityFromDays, type Activity } from '../../src/core/stats/activity.js';
import { leechesFrom, LEECH_MISSES, type Leech } from '../../src/core/stats/leeches.js';
import type { Retention } from '../../src/core/stats/retention.js';

/**
 * Reference versions of what the review history computes in one fold, written directly over
 * the list of effective reviews (the obvious way, slow on a long log). Differential tests
 * check the history against them.
 */

/** The reviews as of `now`, in time order: one dated later counts as given at `now` (after every earlier one). */
export function asOf(reviews: readonly ReviewRecord[], now: Date): ReviewRecord[] {
  return byTime(reviews).map((r) => (Date.parse(r.at) > now.getTime() ? { ...r, at: now.toISOString() } : r));
}

/** Each question's card: its reviews replayed through the scheduler, in time order. */
export function foldCards(reviews: readonly ReviewRecord[], scheduler: Scheduler, observe?: (review: ReviewRecord, before: Card | undefined) => void): Map<string, Card> {
  const cards = new Map<string, Card>();
  for (const review of byTime(reviews)) {
    const before = cards.get(review.qid);
    observe?.(review, before);
    cards.set(review.qid, scheduler.next(before, new Date(review.at), review.rating));
  }
  return cards;
}

/** New questions first answered in study this study day. */
export function introducedToday(reviews: readonly ReviewRecord[], now: Date, dayStart: number): number {
  const first = new Map<string, ReviewRecord>();
  for (const review of byTime(reviews)) if (!first.has(review.qid)) first.set(review.qid, review);
  const since = startOfDay(now, dayStart).getTime();
  let count = 0;
  for (const review of first.values()) if (review.source === 'study' && Date.parse(review.at) >= since && Date.parse(review.at) <= now.getTime()) count++;
  return count;
}

/** Questions whose latest answer was wrong, with that answer, oldest miss first. */
export function missedReviews(reviews: readonly ReviewRecord[]): ReviewRecord[] {
  const latest = new Map<string, ReviewRecord>();
  for (const review of byTime(reviews)) latest.set(review.qid, review);
  return byTime([...latest.values()].filter((r) => !r.correct));
}

/** The activity calendar, counting each review up to `now` on its study day. */
export function activity(reviews: readonly ReviewRecord[], now: Date, dayStart: number, weeks = 12): Activity {
  const perDay = new Map<string, number>();
  for (const review of reviews) {
    if (Date.parse(review.at) > now.getTime()) continue;
    const key = dayKey(new Date(review.at), dayStart);
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
  }
  return activityFromDays(perDay, now, dayStart, weeks);
}

/** Leeches, counting wrong answers per question directly. */
export function leeches(questions: readonly Question[], reviews: readonly ReviewRecord[], facts: readonly Fact[], min = LEECH_MISSES): Leech[] {
  const misses = new Map<string, { count: number; last: string }>();
  for (const review of reviews) {
    if (review.correct) continue;
    const entry = misses.get(review.qid) ?? { count: 0, last: review.at };
    entry.count++;
    if (Date.parse(review.at) >= Date.parse(entry.last)) entry.last = review.at;
    misses.set(review.qid, entry);
  }
  return leechesFrom(questions, misses, facts, min);
}

/** True retention, collected while folding cards (pass `observe` to foldCards). */
export function retentionCounter(now: Date, days = 30) {
  const from = now.getTime() - days * 24 * 3600_000;
  const to = now.getTime();
  let reviews = 0;
  let correct = 0;
  return {
    observe(review: ReviewRecord, before: Card | undefined): void {
      if (!before || before.state !== State.Review) return;
      const at = Date.parse(review.at);
      if (at < from || at > to) return;
      reviews++;
      if (review.correct) correct++;
    },
    result(): Retention {
      return { days, reviews, correct, percent: reviews ? Math.round((correct / reviews) * 100) : null };
    },
  };
}
