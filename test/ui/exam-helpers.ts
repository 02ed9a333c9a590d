import { vi } from 'vitest';
import type { Question } from '../../src/core/bank/types.js';
import { multi, single } from '../helpers/study-questions.js';
import { testServices } from '../helpers/ui.js';

/** Three questions: q1 (auth), q2 Choose TWO (caching), q3 (pricing). */
export const EXAM_QUESTIONS: Question[] = [single('q1', 'auth'), multi('q2', 'caching'), single('q3', 'pricing')];

export const EXAM_PARAMS = { questions: 3, minutes: 1, seed: 'ui' };

/**
 * Services on memory, with a clock that follows (fake) timers: both readings move with the faked
 * Date, so advancing the timers moves the exam's monotonic time as well.
 */
export function examServices(questions: readonly Question[] = EXAM_QUESTIONS) {
  let offset = 0;
  const services = testServices(questions, { clock: { wall: () => new Date(Date.now() + offset), monotonic: () => Date.now() } });
  /** Sets the system clock `ms` away from the true time (as a user or a time service may), without time passing. */
  const setWallOffset = (ms: number) => {
    offset = ms;
  };
  return { ...services, setWallOffset };
}

/** The stem id (q1, q2, q3) of the question on screen. */
export function shownId(frame: string): string {
  const match = /(?:Stem of|Which TWO for) (q\d)/.exec(frame);
  if (!match) throw new Error(`no question in\n${frame}`);
  return match[1]!;
}

/** Fake timers for the exam clock, leaving setImmediate real: Ink delivers a lone ESC on it. */
export function fakeClock(now: Date): void {
  vi.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}
