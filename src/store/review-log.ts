import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { LogRecord } from '../core/progress/records.js';
import { DEFAULT_DAY_START } from '../core/days.js';
import { historyOf, type ReviewHistory } from '../core/srs/history.js';
import type { Scheduler } from '../core/srs/scheduler.js';
import { loadReviewHistory, type LoadedHistory } from './history-snapshot.js';
import { appendRecords, readLog, REVIEW_LOG } from './review-file.js';

/**
 * The review log, the one record of every answer, as the rest of the program sees it: bound once
 * to the run's scheduler and the hour its study days start, with a file and a memory implementation.
 */
export interface ReviewLog {
  /** Appends and flushes to disk before returning: call it before showing the next screen. */
  append(records: readonly LogRecord[]): void;
  /**
   * The log folded with the run's scheduler: what study, review, home and stats start from.
   * Fast however long the log is (a snapshot plus what was appended since).
   */
  history(now: Date): ReviewHistory;
  /** What was found damaged in the log when it was last folded, one line each for the user. */
  notices(now: Date): string[];
  /** The id of every record, so work a crash interrupted is not written twice. */
  ids(): ReadonlySet<string>;
}

/**
 * reviews.jsonl in the data folder `dir`. Its history is folded again only when the file changed
 * since the last time (so asking twice at start costs once).
 */
export function reviewLogOnDisk(dir: string, scheduler: Scheduler, dayStart: number): ReviewLog {
  let memo: { stamp: string; loaded: LoadedHistory } | undefined;
  const loaded = (now: Date) => {
    const stamp = fileStamp(join(dir, REVIEW_LOG));
    // Answers dated in the future are folded as given now: such a history is not reused later.
    if (memo?.stamp !== stamp || memo.loaded.history.future > 0) memo = { stamp, loaded: loadReviewHistory(dir, { scheduler, now, dayStart }) };
    return memo.loaded;
  };
  return {
    append: (records) => appendRecords(dir, records),
    history: (now) => loaded(now).history,
    notices: (now) => loaded(now).notices,
    ids: () => new Set(readLog(dir).records.map((r) => r.id)),
  };
}

/** Size, change time and inode: different whenever the file was written or replaced. */
function fileStamp(path: string): string {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
  } catch {
    return 'none';
  }
}

/** A review log held in memory (tests, previews); `records` is what was appended, in order. */
export function reviewLogInMemory(scheduler: Scheduler, initial: readonly LogRecord[] = [], dayStart = DEFAULT_DAY_START): ReviewLog & { records: LogRecord[] } {
  const records = [...initial];
  return {
    records,
    append: (more) => void records.push(...more),
    history: (now) => historyOf(records, { scheduler, now, dayStart }),
    notices: () => [],
    ids: () => new Set(records.map((r) => r.id)),
  };
}
