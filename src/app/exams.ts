import type { Question } from '../core/bank/types.js';
import type { ExamHistoryEntry } from '../core/exam/records.js';
import type { ExamResult } from '../core/exam/results.js';
import { remainingNow } from '../core/exam/reducer.js';
import type { ExamAction } from '../core/exam/types.js';
import type { LockAttempt, LockOwner } from '../store/lock.js';
import {
  abandonExam,
  appendExamAction,
  createExamJournal,
  openExams,
  pendingExams,
  questionsForExam,
  readExam,
  readExamHistory,
  recordExam,
  type ExamFolder,
  type ExamHeader,
  type ExamsOnDisk,
  type SavedExam,
} from '../store/exams.js';
import type { ReviewLog } from '../store/review-log.js';

/**
 * Mock exams as the rest of the program sees them: their history, the one to resume, and every
 * step that writes (start, each action, record, abandon). Bound to one exams folder and the
 * run's review log, where a finished exam's answers go.
 */
export interface ExamBook {
  /** Past attempts, finished and abandoned (damaged lines skipped). */
  history(): ExamHistoryEntry[];
  /** Time left at `now` (epoch ms) of the most recent unfinished exam, if there is one (a strict exam's clock kept running). */
  unfinishedRemainingMs(now: number): number | undefined;
  /** The exam to resume, with ended exams whose recording was interrupted completed first. */
  open(questions: ReadonlyMap<string, Question>): ExamsOnDisk;
  /** Holds an exam while this trainer has it open, so a second one cannot interleave answers. */
  lock(id: string): LockAttempt;
  /** Takes over an exam's lock once the learner confirmed its owner, as shown to them, is gone. */
  takeOver(id: string, owner: LockOwner): LockAttempt;
  start(header: ExamHeader, start: Extract<ExamAction, { type: 'start' }>): void;
  /** Saves one action as it happens. */
  save(id: string, action: ExamAction): void;
  /** Records an ended exam: its answers into the review log, its history line. */
  record(saved: SavedExam, questions: ReadonlyMap<string, Question>): ExamResult | undefined;
  abandon(saved: SavedExam, at: number, questions: ReadonlyMap<string, Question>): void;
  /** A past attempt as saved (its journal), to show its answers again; undefined when it is gone or unreadable. */
  saved(id: string): SavedExam | undefined;
  /** The questions to resume an exam with, loading the banks it was drawn from when needed. */
  questionsFor(saved: SavedExam, loaded: ReadonlyMap<string, Question>): Promise<Map<string, Question>>;
}

export function examBook(folder: ExamFolder, reviews: ReviewLog): ExamBook {
  return {
    history: () => readExamHistory(folder).values,
    unfinishedRemainingMs(now) {
      const history = readExamHistory(folder).values;
      const state = pendingExams(folder, history).unfinished[0]?.state;
      return state && remainingNow(state, now);
    },
    open: (questions) => openExams(folder, reviews, questions),
    lock: (id) => folder.lock(id),
    takeOver: (id, owner) => folder.takeOver(id, owner),
    start: (header, start) => createExamJournal(folder, header, start),
    save: (id, action) => appendExamAction(folder, id, action),
    record: (saved, questions) => recordExam(folder, reviews, saved, questions),
    abandon: (saved, at, questions) => void abandonExam(folder, reviews, saved, at, questions),
    saved: (id) => readExam(folder, id),
    questionsFor: (saved, loaded) => questionsForExam(saved, loaded),
  };
}
