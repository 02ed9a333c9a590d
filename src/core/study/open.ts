import type { Question } from '../bank/types.js';
import { historyCards, historyMissed, historyNewRemaining, type ReviewHistory } from '../srs/history.js';
import type { Scheduler } from '../srs/scheduler.js';
import type { Settings } from '../srs/settings.js';
import { startSession, type SessionMode, type SessionState } from './session.js';

export interface OpenOptions {
  mode: SessionMode;
  /** The questions to draw from (already filtered by topic). */
  questions: readonly Question[];
  /** The review log folded (see ReviewHistory). */
  history: ReviewHistory;
  settings: Settings;
  scheduler: Scheduler;
  now: Date;
  seed: number;
  /**
   * --new N: this run may introduce N new questions on top of those already introduced today,
   * instead of what is left of the daily limit (0: reviews only).
   */
  extraNew?: number;
}

/** A session over the review history: its cards, today's new allowance, or the missed list. */
export function openSession(o: OpenOptions): SessionState {
  const { history, settings } = o;
  const cards = historyCards(history);
  const dayStart = settings.dayStart;
  if (o.mode === 'review') {
    const ids = new Set(o.questions.map((q) => q.id));
    const queue = historyMissed(history).map((r) => r.qid).filter((id) => ids.has(id));
    return startSession({ mode: 'review', questions: o.questions, newLimit: 0, dayStart }, cards, o.now, o.scheduler, o.seed, queue);
  }
  const newLimit = newAllowance(history, settings, o.now, o.extraNew);
  const extra = o.extraNew !== undefined ? { extraNew: true as const } : {};
  return startSession({ mode: 'study', questions: o.questions, newLimit, dayStart, ...extra }, cards, o.now, o.scheduler, o.seed);
}

/** New questions a study run may introduce: what is left of the daily limit, or `extraNew` more when given. */
export function newAllowance(history: ReviewHistory, settings: Settings, now: Date, extraNew?: number): number {
  return extraNew ?? historyNewRemaining(history, now, settings.dayStart, settings.newPerDay);
}
