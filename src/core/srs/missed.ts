import type { ReviewRecord } from '../progress/records.js';
import { byTime } from './cards.js';

/**
 * Questions whose latest effective answer (study, review or exam) was wrong, with that answer,
 * oldest miss first. A right answer later clears a question.
 */
export function missedReviews(reviews: readonly ReviewRecord[]): ReviewRecord[] {
  const latest = new Map<string, ReviewRecord>();
  for (const review of byTime(reviews)) latest.set(review.qid, review);
  return byTime([...latest.values()].filter((r) => !r.correct));
}
