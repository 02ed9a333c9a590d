import { isIsoTime } from './iso-time.js';

/**
 * The review log: one JSON object per line, append-only, the single source of truth for
 * progress. Card states, the missed list and the stats are all derived from it, so writes
 * from two terminals merge naturally and nothing ever needs rewriting.
 */

export type Rating = 1 | 2 | 3 | 4; // Again, Hard, Good, Easy (ts-fsrs Rating values)
export type ReviewSource = 'study' | 'review' | 'exam';

export interface ReviewRecord {
  v: 1;
  type: 'review';
  /** Unique id of this record (for undo). */
  id: string;
  /** Question id. */
  qid: string;
  /** ISO time of the answer. */
  at: string;
  source: ReviewSource;
  correct: boolean;
  rating: Rating;
  /** Texts of the options the learner chose (empty when unanswered). */
  chosen: string[];
  /** Time spent on the question, in milliseconds. */
  ms?: number;
  /** Exam attempt id, for answers given in a mock exam. */
  exam?: string;
}

/** Cancels an earlier review (undo, or a changed rating followed by a new review). */
export interface UndoRecord {
  v: 1;
  type: 'undo';
  id: string;
  at: string;
  ref: string;
}

export type LogRecord = ReviewRecord | UndoRecord;

const RATINGS = new Set([1, 2, 3, 4]);

export function isRating(value: unknown): value is Rating {
  return RATINGS.has(value as number);
}
const SOURCES = new Set(['study', 'review', 'exam']);

/** Validates one parsed line; undefined when it is not a record this version understands. */
export function toRecord(value: unknown): LogRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  if (r.v !== 1 || typeof r.id !== 'string' || !isIsoTime(r.at)) return undefined;
  if (r.type === 'undo') return typeof r.ref === 'string' ? (r as unknown as UndoRecord) : undefined;
  if (r.type !== 'review') return undefined;
  const ok =
    typeof r.qid === 'string' &&
    typeof r.correct === 'boolean' &&
    RATINGS.has(r.rating as number) &&
    SOURCES.has(r.source as string) &&
    Array.isArray(r.chosen) &&
    r.chosen.every((c) => typeof c === 'string') &&
    (r.ms === undefined || typeof r.ms === 'number') &&
    (r.exam === undefined || typeof r.exam === 'string');
  return ok ? (r as unknown as ReviewRecord) : undefined;
}

/** The reviews that stand after applying every undo, in log order. */
export function effectiveReviews(records: readonly LogRecord[]): ReviewRecord[] {
  const undone = new Set<string>();
  for (const record of records) if (record.type === 'undo') undone.add(record.ref);
  return records.filter((record): record is ReviewRecord => record.type === 'review' && !undone.has(record.id));
}

/** A record id that is unique across processes without coordination. */
export function newRecordId(now: Date, random: () => number = Math.random): string {
  return `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0')}`;
}
