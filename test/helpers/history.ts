import type { ReviewRecord } from '../../src/core/progress/records.js';

/** Generated data is the same every run: the trainer's own seeded generator. */
import { seededRandom as seeded } from '../../src/core/study/random.js';

export { seeded };

export interface HistoryOptions {
  /** Question ids to study, in the order they are introduced. */
  ids: readonly string[];
  /** The last day of the history (reviews happen before `now`). */
  now: Date;
  days: number;
  /** Days (0 = first day) with no study at all. */
  skip?: readonly number[];
  newPerDay?: number;
  /** Chance of a right answer. */
  accuracy?: number;
  /** Ids answered wrong every time they come up. */
  alwaysWrong?: readonly string[];
  seed?: number;
}

/**
 * A month of study as a learner would leave it: each active day a few new questions, and the
 * questions seen before coming back every 1–4 days. Times are local, within the day, before `now`.
 */
export function generateHistory(options: HistoryOptions): ReviewRecord[] {
  const random = seeded(options.seed ?? 1);
  const skip = new Set(options.skip ?? []);
  const reviews: ReviewRecord[] = [];
  const next = new Map<string, number>();
  let introduced = 0;
  for (let day = 0; day < options.days; day++) {
    if (skip.has(day)) continue;
    const base = new Date(options.now.getFullYear(), options.now.getMonth(), options.now.getDate() - (options.days - 1 - day), 8);
    const todays = [...next.entries()].filter(([, d]) => d <= day).map(([id]) => id);
    for (let i = 0; i < (options.newPerDay ?? 5) && introduced < options.ids.length; i++) todays.push(options.ids[introduced++]!);
    todays.forEach((qid, i) => {
      const at = new Date(base.getTime() + i * 60_000);
      if (at.getTime() >= options.now.getTime()) return;
      const correct = !options.alwaysWrong?.includes(qid) && random() < (options.accuracy ?? 0.85);
      reviews.push({ v: 1, type: 'review', id: `g${reviews.length}`, qid, at: at.toISOString(), source: 'study', correct, rating: correct ? 3 : 1, chosen: [] });
      next.set(qid, day + 1 + Math.floor(random() * 4));
    });
  }
  return reviews;
}
