import type { Fact, Question } from '../core/bank/types.js';
import type { Scheduler } from '../core/srs/scheduler.js';
import type { SettingKey, Settings } from '../core/srs/settings.js';
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
  /**
   * Saves one setting through the settings store (under its lock, replaced atomically) and returns
   * the services the new settings give: a new retention means a new scheduler. Throws when the
   * setting cannot be saved.
   */
  saveSetting<K extends SettingKey>(key: K, value: Settings[K]): SettingSaved;
  /** The setup screens' last choices, kept between runs. */
  remembered: Remembered;
  /** False under NO_COLOR: components still draw ✓/✗ and words, only without colour. */
  color: boolean;
  /** What was found wrong at start (damaged lines, skipped questions), shown on the first screen until a key is pressed. */
  notices?: readonly string[];
  /** True when the terminal shows hyperlinks (OSC 8): web addresses become clickable. */
  hyperlinks: boolean;
}

export interface SettingSaved {
  services: AppServices;
  /** The settings file was damaged: a copy was kept aside before valid settings replaced it. */
  warning?: string;
}

/**
 * What a setup screen chose last time (`screen`: "study", "exam"), as it was saved: each screen
 * checks what it reads, since the file is the learner's to edit or damage.
 */
export interface Remembered {
  get(screen: string): unknown;
  /** Remembers a choice; a choice that cannot be saved is only not remembered (it never stops a run). */
  set(screen: string, value: unknown): void;
}

/** Remembered choices on memory (tests, previews). */
export function memoryRemembered(initial: Record<string, unknown> = {}): Remembered & { saved: Record<string, unknown> } {
  const saved = { ...initial };
  return {
    saved,
    get: (screen) => saved[screen],
    set(screen, value) {
      saved[screen] = value;
    },
  };
}

/** Colour on screen: the colours setting, and NO_COLOR (https://no-color.org), which turns it off whatever the setting. */
export function colorOn(settings: Pick<Settings, 'colors'>, env: NodeJS.ProcessEnv): boolean {
  return settings.colors !== 'off' && colorEnabled(env);
}

/** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
export function colorEnabled(env: NodeJS.ProcessEnv): boolean {
  return !env.NO_COLOR;
}
