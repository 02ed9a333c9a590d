import type { Topic } from '../topics.js';

/** One question of a drawn exam: which question, how its options are shown, how many to pick. */
export interface ExamItem {
  qid: string;
  topic: Topic;
  /** Original choice indices in the order shown: `order[0]` is option A. */
  order: number[];
  /** Options to choose: 1 for single response, 2 or 3 for "Choose TWO/THREE". */
  pick: number;
}

export type ExamStatus = 'running' | 'finished' | 'abandoned';
export type EndReason = 'submitted' | 'timeout' | 'abandoned';

/**
 * An exam in progress or ended. Times are taken from the actions, never from a clock: the same
 * actions always give the same state. Wall-clock times (epoch ms) date things; the time an
 * exam uses is measured on the monotonic clock of the run (see ExamAction).
 */
export interface ExamState {
  id: string;
  items: ExamItem[];
  /** Chosen options per question, as original choice indices, ascending. */
  answers: number[][];
  flagged: boolean[];
  /** Whether each question was ever on screen: one never shown is not an answer, right or wrong. */
  seen: boolean[];
  /** Time spent on each question (the clock runs for the question on screen). */
  spentMs: number[];
  current: number;
  durationMs: number;
  remainingMs: number;
  startedAt: number;
  /** Wall-clock time of the last action. */
  lastAt: number;
  /** Monotonic reading of the last action: the next one of the same run counts elapsed time from here. */
  lastMono?: number;
  status: ExamStatus;
  /**
   * Strict, as at a test centre: the clock keeps running while the exam is left or the trainer is
   * closed (a resume charges the time away). Otherwise the clock stops while the learner is away.
   */
  strict?: true;
  endedAt?: number;
  endReason?: EndReason;
}

/**
 * When an action happened, as two injected readings: `at`, the wall clock (epoch ms), which
 * dates it; and `mono`, a monotonic clock of this run (ms, any origin), which measures the
 * exam's time, so setting the wall clock back or forward never ends or extends an exam.
 * Each run of the trainer has its own monotonic origin: `start` and `resume` begin a run.
 * Actions saved without `mono` (older exams) are measured by the wall clock.
 */
export interface ActionTime {
  at: number;
  mono?: number;
}

/** Every change to an exam, as data. */
export type ExamAction = ActionTime &
  (
    | { type: 'start'; id: string; items: ExamItem[]; durationMs: number; strict?: true }
    /** Sets the whole selection of the current question (options by their shown position, A = 0). */
    | { type: 'answer'; options: number[] }
    /** Selects (single response) or toggles (multiple response) one shown option of the current question. */
    | { type: 'toggle'; option: number }
    /** Marks or unmarks the current question for review. */
    | { type: 'flag' }
    | { type: 'goto'; index: number }
    /** The clock: counts the time since the last action. */
    | { type: 'tick' }
    | { type: 'submit' }
    | { type: 'timeout' }
    /** Continues after a restart or a pause: the time away is not counted (a strict exam counts it, on the wall clock). */
    | { type: 'resume' }
    | { type: 'abandon' }
  );

export type ExamActionType = ExamAction['type'];

export type AnswerStatus = 'answered' | 'incomplete' | 'unanswered';
