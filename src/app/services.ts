import type { Fact, Question } from '../core/bank/types.js';
import type { Scheduler } from '../core/srs/scheduler.js';
import type { Settings } from '../core/srs/settings.js';
import type { ReviewLog } from '../store/review-log.js';
import type { ExamBook } from './exams.js';
import type { QuestionReports, SuspendedQuestions } from './question-marks.js';

/**
 * Time, as the program reads it. Wall time dates answers and decides what is due; monotonic
 * time never jumps, for durations within one run.
 */
export interface Clock {
  wall(): Date;
  /** Milliseconds from an arbitrary start; never goes back, never jumps with the system clock. */
  monotonic(): number;
}

export const systemClock: Clock = { wall: () => new Date(), monotonic: () => performance.now() };

/**
 * Everything the screens need from the outside world, as ports: injected, so a test runs the
 * whole app on memory and a fixed clock. One scheduler and one review log for the whole run.
 */
export interface AppServices {
  clock: Clock;
  random: () => number;
  questions: readonly Question[];
  facts: readonly Fact[];
  settings: Settings;
  scheduler: Scheduler;
  reviews: ReviewLog;
  exams: ExamBook;
  /** Questions the learner took out of study and exams. */
  suspended: SuspendedQuestions;
  /** Reports of questions the learner thinks are wrong or unclear. */
  reports: QuestionReports;
  /** False under NO_COLOR: components still draw ✓/✗ and words, only without colour. */
  color: boolean;
  /** What was found wrong at start (damaged lines, skipped questions), shown on the first screen until a key is pressed. */
  notices?: readonly string[];
  /** True when the terminal shows hyperlinks (OSC 8): web addresses become clickable. */
  hyperlinks: boolean;
}

/** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
export function colorEnabled(env: NodeJS.ProcessEnv): boolean {
  return !env.NO_COLOR;
}
