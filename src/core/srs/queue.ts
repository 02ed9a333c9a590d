import type { Question } from '../bank/types.js';
import type { ReviewRecord } from '../progress/records.js';
import { byTime } from './cards.js';
import { isLearning, State, type Card, type Scheduler } from './scheduler.js';
import { startOfDay } from './time.js';

/** How far ahead a learning step may be shown when nothing else is left (as Anki does). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** New questions first answered in study today: they count against the daily new limit. */
export function introducedToday(reviews: readonly ReviewRecord[], now: Date): number {
  const first = new Map<string, ReviewRecord>();
  for (const review of byTime(reviews)) if (!first.has(review.qid)) first.set(review.qid, review);
  const since = startOfDay(now).getTime();
  let count = 0;
  for (const review of first.values()) if (review.source === 'study' && Date.parse(review.at) >= since && Date.parse(review.at) <= now.getTime()) count++;
  return count;
}

/** New questions still allowed today under `limit`. */
export function newRemaining(reviews: readonly ReviewRecord[], now: Date, limit: number): number {
  return Math.max(0, limit - introducedToday(reviews, now));
}

const isDue = (card: Card, at: number) => card.state !== State.New && card.due.getTime() <= at;

export interface QueueInput {
  questions: readonly Question[];
  cards: ReadonlyMap<string, Card>;
  now: Date;
  scheduler: Scheduler;
}

/** Learning steps due now, earliest first. */
export function dueLearning({ questions, cards, now }: QueueInput, aheadMs = 0): string[] {
  const limit = now.getTime() + aheadMs;
  return questions
    .map((q) => ({ id: q.id, card: cards.get(q.id) }))
    .filter((x): x is { id: string; card: Card } => !!x.card && isLearning(x.card) && x.card.due.getTime() <= limit)
    .sort((a, b) => a.card.due.getTime() - b.card.due.getTime())
    .map((x) => x.id);
}

/** Review cards due now: lowest recall probability (most overdue) first. */
export function dueReviews({ questions, cards, now, scheduler }: QueueInput): string[] {
  return questions
    .map((q) => ({ id: q.id, card: cards.get(q.id) }))
    .filter((x): x is { id: string; card: Card } => !!x.card && !isLearning(x.card) && isDue(x.card, now.getTime()))
    .map((x) => ({ ...x, r: scheduler.retrievability(x.card, now) }))
    .sort((a, b) => a.r - b.r || a.card.due.getTime() - b.card.due.getTime())
    .map((x) => x.id);
}

/** Questions never answered, in bank order. */
export function unseen({ questions, cards }: Pick<QueueInput, 'questions' | 'cards'>): string[] {
  return questions.filter((q) => !cards.has(q.id)).map((q) => q.id);
}

/**
 * The next question of a study session: learning steps due now, then due reviews (lowest
 * retrievability first), then new questions while `newLeft` > 0, then learning steps due within
 * the next 20 minutes so relearning finishes in the same session. Undefined: nothing left.
 */
export function nextStudyQuestion(input: QueueInput, newLeft: number): string | undefined {
  return dueLearning(input)[0] ?? dueReviews(input)[0] ?? (newLeft > 0 ? unseen(input)[0] : undefined) ?? dueLearning(input, LEARN_AHEAD_MS)[0];
}

/** Counts for the home screen and the session header. */
export function queueCounts(input: QueueInput, newLeft: number): { due: number; newAvailable: number } {
  const due = input.questions.filter((q) => {
    const card = input.cards.get(q.id);
    return card !== undefined && isDue(card, input.now.getTime());
  }).length;
  return { due, newAvailable: Math.min(newLeft, unseen(input).length) };
}

/** The earliest time any of these questions is due after `now`, if any. */
export function nextDue({ questions, cards, now }: Pick<QueueInput, 'questions' | 'cards' | 'now'>): Date | undefined {
  let best: Date | undefined;
  for (const q of questions) {
    const card = cards.get(q.id);
    if (card && card.due.getTime() > now.getTime() && (!best || card.due < best)) best = card.due;
  }
  return best;
}
