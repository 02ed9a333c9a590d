/**
 * The exam's size and time limit. The real CLF-C02 is 65 questions in 90 minutes; every other
 * size keeps that pace (about 83 seconds a question) unless a time limit is given.
 */

export const EXAM_QUESTIONS = 65;
export const EXAM_MINUTES = 90;
export const QUICK_QUESTIONS = 20;
export const MS_PER_MINUTE = 60_000;

export interface ExamFormatOptions {
  questions?: number;
  minutes?: number;
  quick?: boolean;
}

export interface ExamFormat {
  questions: number;
  durationMs: number;
}

/** Minutes for `questions` at the exam's pace, rounded to whole minutes, at least one. */
export function minutesAtExamPace(questions: number): number {
  return Math.max(1, Math.round((questions * EXAM_MINUTES) / EXAM_QUESTIONS));
}

export function examFormat(options: ExamFormatOptions = {}): ExamFormat {
  const questions = options.questions ?? (options.quick ? QUICK_QUESTIONS : EXAM_QUESTIONS);
  const minutes = options.minutes ?? minutesAtExamPace(questions);
  return { questions, durationMs: minutes * MS_PER_MINUTE };
}
