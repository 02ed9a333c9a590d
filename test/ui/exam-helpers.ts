import { vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Question } from '../../src/core/bank/types.js';
import { multi, single } from '../helpers/study-questions.js';
import { testServices } from '../helpers/ui.js';

/** Three questions: q1 (auth), q2 Choose TWO (caching), q3 (pricing). */
export const EXAM_QUESTIONS: Question[] = [single('q1', 'auth'), multi('q2', 'caching'), single('q3', 'pricing')];

export const EXAM_PARAMS = { questions: 3, minutes: 1, seed: 'ui' };

/** Services on a fresh temporary data folder, with a clock that follows (fake) timers. */
export function examServices(questions: readonly Question[] = EXAM_QUESTIONS) {
  const dir = mkdtempSync(join(tmpdir(), 'clf-exam-ui-'));
  const { services, log } = testServices(questions);
  services.dataDir = dir;
  services.now = () => new Date();
  return { services, log, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The question number shown in the header ("Question 2 of 3" → 2). */
export function shownNumber(frame: string): number {
  const match = /Question (\d+) of/.exec(frame);
  if (!match) throw new Error(`no header in\n${frame}`);
  return Number(match[1]);
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
