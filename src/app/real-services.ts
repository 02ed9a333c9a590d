import { createSupportsHyperlinks } from 'supports-hyperlinks';
import type { Question } from '../core/bank/types.js';
import { makeScheduler, type Scheduler } from '../core/srs/scheduler.js';
import type { Settings } from '../core/srs/settings.js';
import type { Library } from '../store/bank-files.js';
import { readChoices, saveChoice } from '../store/choices.js';
import { diskExamFolder } from '../store/exams.js';
import { reviewLogOnDisk, type ReviewLog } from '../store/review-log.js';
import { addReport, reportsPath } from '../store/reports.js';
import { saveSetting } from '../store/settings.js';
import { setSuspended } from '../store/suspended.js';
import { examBook } from './exams.js';
import { suspendedQuestions } from './question-marks.js';
import { colorOn, systemClock, type AppServices, type Clock, type Remembered } from './services.js';

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

interface RunContext {
  env: NodeJS.ProcessEnv;
  now: () => Date;
  stdout?: NodeJS.WriteStream;
}

/** The services of a real run: the files in the data folder, the system clock. */
export function realServices(run: LoadedRun, questions: readonly Question[], ctx: RunContext): AppServices {
  const clock: Clock = { wall: ctx.now, monotonic: systemClock.monotonic };
  const remembered: Remembered = {
    get: (screen) => readChoices(run.dir).value[screen],
    set(screen, value) {
      try {
        saveChoice(run.dir, screen, value);
      } catch {
        // Only a convenience: the run goes on, and the screen opens with the defaults next time.
      }
    },
  };
  const common = {
    clock,
    random: Math.random,
    questions,
    facts: run.library.facts,
    suspended: suspendedQuestions(run.suspended, (qid, on) => setSuspended(run.dir, qid, on)),
    reports: {
      add: (question: Question, comment: string) => addReport(run.dir, { v: 1, at: ctx.now().toISOString(), qid: question.id, bank: question.bank, comment }),
      where: reportsPath(run.dir),
    },
    remembered,
    hyperlinks: ctx.stdout ? createSupportsHyperlinks(ctx.stdout) : false,
  };

  /** The services for these settings, with the scheduler and review log they give. */
  const withSettings = (settings: Settings, scheduler: Scheduler, reviews: ReviewLog): AppServices => ({
    ...common,
    settings,
    scheduler,
    reviews,
    exams: examBook(diskExamFolder(run.dir, ctx.now), reviews),
    color: colorOn(settings, ctx.env),
    saveSetting(key, value) {
      const saved = saveSetting(run.dir, key, value);
      // A new retention schedules differently (a new scheduler), and a new day start counts days
      // differently: the log is folded again with them.
      const sameScheduler = saved.settings.retention === settings.retention;
      const nextScheduler = sameScheduler ? scheduler : makeScheduler({ retention: saved.settings.retention });
      const sameLog = sameScheduler && saved.settings.dayStart === settings.dayStart;
      const next = withSettings(saved.settings, nextScheduler, sameLog ? reviews : reviewLogOnDisk(run.dir, nextScheduler, saved.settings.dayStart));
      return saved.warning ? { services: next, warning: saved.warning } : { services: next };
    },
  });
  return withSettings(run.settings, run.scheduler, run.reviews);
}
