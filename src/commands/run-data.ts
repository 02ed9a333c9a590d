import type { CommandContext } from '../cli/types.js';
import { printable } from '../core/bank/sanitize.js';
import { makeScheduler, type Scheduler } from '../core/srs/scheduler.js';
import { dataDir } from '../store/paths.js';
import { reviewLogOnDisk, type ReviewLog } from '../store/review-log.js';
import { loadStudyData, type StudyData } from '../store/study-data.js';
import { readSuspended } from '../store/suspended.js';
import { bankPaths, checkBankPaths } from './options.js';

/** What a study, review, exam or stats run works with: one scheduler and one review log for the whole run. */
export interface RunData extends Omit<StudyData, 'warning'> {
  scheduler: Scheduler;
  reviews: ReviewLog;
  /** Ids of the questions the learner suspended. */
  suspended: string[];
  /** Said once before anything else: a damaged settings file, a --bank with broken questions. */
  warnings: string[];
}

/**
 * Loads the questions (built-in, the bank folder, --bank), the settings, and binds the review log
 * to the scheduler those settings give. A --bank path with no usable question is an input error.
 */
export async function loadRunData(ctx: Pick<CommandContext, 'env' | 'cwd' | 'args'>): Promise<RunData> {
  const paths = bankPaths(ctx.args);
  const { warning, ...data } = await loadStudyData({ dir: dataDir(ctx.env), paths, cwd: ctx.cwd });
  const warnings = [...(warning ? [warning] : []), ...checkBankPaths(data.library, paths, ctx.cwd)];
  const scheduler = makeScheduler({ retention: data.settings.retention });
  const suspended = readSuspended(data.dir);
  return { ...data, scheduler, reviews: reviewLogOnDisk(data.dir, scheduler, data.settings.dayStart), suspended: suspended.value, warnings: [...warnings, ...(suspended.warning ? [suspended.warning] : [])] };
}

/** Writes lines for the user to stderr, each as one "clf-trainer: …" line (through the print boundary: they name files and quote them). */
export function tell(ctx: Pick<CommandContext, 'stderr'>, lines: readonly string[]): void {
  for (const line of lines) ctx.stderr.write(`clf-trainer: ${printable(line, { oneLine: true })}\n`);
}
