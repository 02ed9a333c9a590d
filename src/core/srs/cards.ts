import type { ReviewRecord } from '../progress/records.js';
import type { Card, Scheduler } from './scheduler.js';

/** Reviews in time order (stable: log order breaks ties), so two terminals' lines fold the same way. */
export function byTime(reviews: readonly ReviewRecord[]): ReviewRecord[] {
  return reviews
    .map((review, index) => ({ review, index, t: Date.parse(review.at) }))
    .sort((a, b) => a.t - b.t || a.index - b.index)
    .map((x) => x.review);
}

/**
 * Card states derived from the effective reviews: each question's card is its reviews replayed
 * through the scheduler. Nothing else is stored, so undo and a changed retention are exact.
 * Keyed by question id; reviews of removed questions are kept (and simply unused).
 */
export function foldCards(reviews: readonly ReviewRecord[], scheduler: Scheduler, observe?: (review: ReviewRecord, before: Card | undefined) => void): Map<string, Card> {
  const cards = new Map<string, Card>();
  for (const review of byTime(reviews)) {
    const before = cards.get(review.qid);
    // Lets a caller see each card as it stood when answered (the stats' true retention) in the same pass.
    observe?.(review, before);
    cards.set(review.qid, scheduler.next(before, new Date(review.at), review.rating));
  }
  return cards;
}
