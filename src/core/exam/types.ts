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
 * An exam in progress or ended. Times are epoch milliseconds taken from the actions, never
 * from a clock: the same actions always give the same state.
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
  /** Time of the last action: the next one counts elapsed time from here. */
  lastAt: number;
  status: ExamStatus;
  endedAt?: number;
  endReason?: EndReason;
}

/** Every change to an exam, as data. `at` is the injected time (epoch ms). */
export type ExamAction =
  | { type: 'start'; at: number; id: string; items: ExamItem[]; durationMs: number }
  /** Sets the whole selection of the current question (options by their shown position, A = 0). */
  | { type: 'answer'; at: number; options: number[] }
  /** Selects (single response) or toggles (multiple response) one shown option of the current question. */
  | { type: 'toggle'; at: number; option: number }
  /** Marks or unmarks the current question for review. */
  | { type: 'flag'; at: number }
  | { type: 'goto'; at: number; index: number }
  /** The clock: counts the time since the last action. */
  | { type: 'tick'; at: number }
  | { type: 'submit'; at: number }
  | { type: 'timeout'; at: number }
  /** Continues after a restart: the time the trainer was not running is not counted. */
  | { type: 'resume'; at: number }
  | { type: 'abandon'; at: number };

export type ExamActionType = ExamAction['type'];

export type AnswerStatus = 'answered' | 'incomplete' | 'unanswered';
