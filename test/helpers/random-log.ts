import type { LogRecord, ReviewRecord } from '../../src/core/progress/records.js';

/** Generated data is the same every run: the trainer's own seeded generator. */
import { seededRandom as seeded } from '../../src/core/study/random.js';

export { seeded };

/**
 * A messy but valid review log, as real use produces it: answers from two trainers whose
 * clocks differ (so times are not in log order), undos of recent answers, changed ratings
 * (an undo and the same answer again at the same time), study, review and exam sources,
 * answers on several days, and now and then one dated after `end` (a clock ahead).
 */
export function randomLog(seed: number, { count = 300, questions = 12, end = new Date(2025, 2, 20, 18, 0) } = {}): LogRecord[] {
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const log: LogRecord[] = [];
  const recent: ReviewRecord[] = [];
  let t = end.getTime() - 9 * 86_400_000;
  for (let n = 0; log.length < count; n++) {
    t += Math.floor(random() * 4 * 3_600_000);
    const skew = random() < 0.3 ? -Math.floor(random() * 600_000) : 0;
    const future = random() < 0.02 ? 3_600_000 * 48 : 0;
    const at = new Date(Math.min(t, end.getTime()) + skew + future).toISOString();
    const roll = random();
    if (roll < 0.08 && recent.length) {
      const undone = recent.pop()!;
      log.push({ v: 1, type: 'undo', id: `u${n}`, at, ref: undone.id });
      continue;
    }
    if (roll < 0.12 && recent.length) {
      const last = recent[recent.length - 1]!;
      log.push({ v: 1, type: 'undo', id: `u${n}`, at, ref: last.id });
      const again: ReviewRecord = { ...last, id: `r${n}`, rating: last.rating === 3 ? 4 : 3 };
      recent[recent.length - 1] = again;
      log.push(again);
      continue;
    }
    const correct = random() < 0.7;
    const review: ReviewRecord = { v: 1, type: 'review', id: `r${n}`, qid: `q${Math.floor(random() * questions)}`, at, source: pick(['study', 'study', 'review', 'exam'] as const), correct, rating: correct ? 3 : 1, chosen: [correct ? 'Right' : 'Wrong'] };
    recent.push(review);
    if (recent.length > 3) recent.shift();
    log.push(review);
  }
  return log;
}
