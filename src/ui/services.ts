import type { Question } from '../core/bank/types.js';
import type { LogRecord } from '../core/progress/records.js';
import { appendRecords, readLog } from '../store/review-log.js';
import type { StudyData } from '../store/study-data.js';
import type { AppServices, ProgressLog } from './context.js';

/** The review log file in `dir`, read fresh on every call, flushed on every append. */
export function fileLog(dir: string): ProgressLog {
  return { read: () => readLog(dir).records, append: (records) => appendRecords(dir, records) };
}

/** An in-memory log (tests, previews). */
export function memoryLog(initial: readonly LogRecord[] = []): ProgressLog & { records: LogRecord[] } {
  const records = [...initial];
  return { records, read: () => [...records], append: (more) => void records.push(...more) };
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
