import { createSupportsHyperlinks } from 'supports-hyperlinks';
import type { Question } from '../core/bank/types.js';
import type { Scheduler } from '../core/srs/scheduler.js';
import type { Settings } from '../core/srs/settings.js';
import type { Library } from '../store/bank-files.js';
import { diskExamFolder } from '../store/exams.js';
import type { ReviewLog } from '../store/review-log.js';
import { addReport, reportsPath } from '../store/reports.js';
import { setSuspended } from '../store/suspended.js';
import { examBook } from './exams.js';
import { suspendedQuestions } from './question-marks.js';
import { colorEnabled, systemClock, type AppServices, type Clock } from './services.js';

/** What a run has loaded: its folder, its questions and settings, its scheduler and review log. */
export interface LoadedRun {
  dir: string;
  library: Library;
  settings: Settings;
  scheduler: Scheduler;
  reviews: ReviewLog;
  /** Ids of the suspended questions, as read at start. */
  suspended: readonly string[];
}

/** The services of a real run: the files in the data folder, the system clock. */
export function realServices(run: LoadedRun, questions: readonly Question[], ctx: { env: NodeJS.ProcessEnv; now: () => Date; stdout?: NodeJS.WriteStream }): AppServices {
  const clock: Clock = { wall: ctx.now, monotonic: systemClock.monotonic };
  return {
    clock,
    random: Math.random,
    questions,
    facts: run.library.facts,
    settings: run.settings,
    scheduler: run.scheduler,
    reviews: run.reviews,
    exams: examBook(diskExamFolder(run.dir, ctx.now), run.reviews),
    suspended: suspendedQuestions(run.suspended, (qid, on) => setSuspended(run.dir, qid, on)),
    reports: {
      add: (question, comment) => addReport(run.dir, { v: 1, at: ctx.now().toISOString(), qid: question.id, bank: question.bank, comment }),
      where: reportsPath(run.dir),
    },
    color: colorEnabled(ctx.env),
    hyperlinks: ctx.stdout ? createSupportsHyperlinks(ctx.stdout) : false,
  };
}
