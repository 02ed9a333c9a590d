import { missedCount, overview, type Overview } from '../core/srs/overview.js';
import { activeQuestions } from './question-marks.js';
import type { AppServices } from './services.js';
import { sessionQuestions } from './study.js';

/** The numbers beside the home menu's entries. */
export interface HomeNumbers extends Overview {
  /** When they were read: the home line says when the next question comes from here. */
  now: Date;
  /** Time left of an unfinished mock exam. */
  unfinishedExamMs?: number;
  /** The most recent scored mock exam. */
  lastExam?: { scaled: number; passed: boolean };
  /** Past mock exams, abandoned ones included. */
  attempts?: number;
  /** Questions the learner suspended. */
  suspended?: number;
}

/**
 * Reads what the home menu shows, through the ports: due and new questions as study will serve
 * them (at the level setting), the missed ones as review will (every level), and the mock exams.
 */
export function readHome(services: AppServices): HomeNumbers {
  const now = services.clock.wall();
  const history = services.reviews.history(now);
  const { settings } = services;
  const questions = activeQuestions(services.questions, services.suspended.get());
  const counts = overview(sessionQuestions(questions, 'study', settings.level), history, settings, services.scheduler, now);
  const suspended = services.suspended.get().size;
  return { ...counts, now, missed: missedCount(sessionQuestions(questions, 'review', settings.level), history), ...examNumbers(services), ...(suspended ? { suspended } : {}) };
}

function examNumbers({ exams, clock }: AppServices): Pick<HomeNumbers, 'unfinishedExamMs' | 'lastExam' | 'attempts'> {
  try {
    const unfinished = exams.unfinishedRemainingMs(clock.wall().getTime());
    const history = exams.history();
    const last = history
      .filter((e) => e.scaled !== undefined)
      .sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt))[0];
    return {
      ...(unfinished !== undefined ? { unfinishedExamMs: unfinished } : {}),
      ...(last ? { lastExam: { scaled: last.scaled!, passed: last.passed === true } } : {}),
      ...(history.length ? { attempts: history.length } : {}),
    };
  } catch {
    // The menu line is a convenience: the exam screen itself says what cannot be read.
    return {};
  }
}
