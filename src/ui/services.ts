import type { Question } from '../core/bank/types.js';
import type { LogRecord } from '../core/progress/records.js';
import { historyOf } from '../core/srs/history.js';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Scheduler } from '../core/srs/scheduler.js';
import { loadReviewHistory, type LoadedHistory } from '../store/history-snapshot.js';
import { appendRecords, readLog, REVIEW_LOG } from '../store/review-file.js';
import type { StudyData } from '../store/study-data.js';
import type { AppServices, ProgressLog } from './context.js';

export interface FileLog extends ProgressLog {
  /** The history with what was found damaged in the log (see loadReviewHistory). */
  loaded(scheduler: Scheduler, now: Date): LoadedHistory;
}

/**
 * The review log file in `dir`, flushed on every append. Its history is loaded again only
 * when the file changed since the last load (so asking twice at start costs once).
 */
export function fileLog(dir: string): FileLog {
  let memo: { key: string; loaded: LoadedHistory } | undefined;
  const loaded = (scheduler: Scheduler, now: Date) => {
    const key = `${scheduler.key ?? ''}|${fileStamp(join(dir, REVIEW_LOG))}`;
    if (memo?.key === key) return memo.loaded;
    memo = { key, loaded: loadReviewHistory(dir, scheduler, now) };
    return memo.loaded;
  };
  return { read: () => readLog(dir).records, append: (records) => appendRecords(dir, records), history: (scheduler, now) => loaded(scheduler, now).history, loaded };
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

/** An in-memory log (tests, previews). */
export function memoryLog(initial: readonly LogRecord[] = []): ProgressLog & { records: LogRecord[] } {
  const records = [...initial];
  return { records, read: () => [...records], append: (more) => void records.push(...more), history: (scheduler, now) => historyOf(records, scheduler, now) };
}

/** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
export function colorEnabled(env: NodeJS.ProcessEnv): boolean {
  return !env.NO_COLOR;
}

/** The services of a real run: files in the data folder, the real clock. */
export function realServices(data: StudyData, ctx: { env: NodeJS.ProcessEnv; now: () => Date }, questions: readonly Question[] = data.library.questions): AppServices {
  return {
    now: ctx.now,
    random: Math.random,
    questions,
    facts: data.library.facts,
    settings: data.settings,
    log: fileLog(data.dir),
    dataDir: data.dir,
    env: ctx.env,
    color: colorEnabled(ctx.env),
  };
}
