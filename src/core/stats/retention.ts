import type { ReviewRecord } from '../progress/records.js';
import { State, type Card } from '../srs/scheduler.js';

export interface Retention {
  days: number;
  /** Reviews in the window of questions already learned (in FSRS review state when answered). */
  reviews: number;
  correct: number;
  /** correct / reviews in percent; null without any such review. */
  percent: number | null;
}

/** Collects, during the card fold, the answers given to already-learned questions. */
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

/** The same from the answers to learned questions, collected once (see ReviewHistory.learned). */
export function retentionOf(learned: readonly { at: number; correct: boolean }[], now: Date, days = 30): Retention {
  const from = now.getTime() - days * 24 * 3600_000;
  const to = now.getTime();
  let reviews = 0;
  let correct = 0;
  for (const answer of learned) {
    if (answer.at < from || answer.at > to) continue;
    reviews++;
    if (answer.correct) correct++;
  }
  return { days, reviews, correct, percent: reviews ? Math.round((correct / reviews) * 100) : null };
}
