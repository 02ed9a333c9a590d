
export interface Retention {
  days: number;
  /** Reviews in the window of questions already learned (in FSRS review state when answered). */
  reviews: number;
  correct: number;
  /** correct / reviews in percent; null without any such review. */
  percent: number | null;
}

/** True retention: the share right of the answers given to already-learned questions in the last `days` days (see ReviewHistory.learned). */
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
