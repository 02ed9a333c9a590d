import type { Question } from '../bank/types.js';
import { drawExam } from './draw.js';
import { examFormat, minutesAtExamPace, MS_PER_MINUTE, type ExamFormatOptions } from './format.js';
import type { ExamItem } from './types.js';

export interface ExamPlan {
  items: ExamItem[];
  durationMs: number;
  seed: string;
  /** Questions asked for (the pool may have had fewer). */
  asked: number;
}

export interface PlanOptions extends ExamFormatOptions {
  seed: string;
  recentExams?: readonly (readonly string[])[];
}

/**
 * The exam about to start: the draw, and its time limit. When the pool is smaller than asked
 * and no time limit was given, the limit follows the exam's pace for the questions drawn.
 */
export function planExam(pool: readonly Question[], options: PlanOptions): ExamPlan {
  const format = examFormat(options);
  const items = drawExam(pool, { count: format.questions, seed: options.seed, ...(options.recentExams ? { recentExams: options.recentExams } : {}) });
  const durationMs = options.minutes === undefined && items.length < format.questions ? minutesAtExamPace(items.length) * MS_PER_MINUTE : format.durationMs;
  return { items, durationMs, seed: options.seed, asked: format.questions };
}
