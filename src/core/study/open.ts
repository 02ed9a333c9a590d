import type { Question } from '../bank/types.js';
import { effectiveReviews, type LogRecord } from '../progress/records.js';
import { foldCards } from '../srs/cards.js';
import { missedReviews } from '../srs/missed.js';
import { newRemaining } from '../srs/queue.js';
import type { Scheduler } from '../srs/scheduler.js';
import type { Settings } from '../srs/settings.js';
import { startSession, type SessionMode, type SessionState } from './session.js';

export interface OpenOptions {
  mode: SessionMode;
  /** The questions to draw from (already filtered by topic). */
  questions: readonly Question[];
  log: readonly LogRecord[];
  settings: Settings;
  scheduler: Scheduler;
  now: Date;
  seed: number;
  /** --new N: today's new limit for this run instead of the setting. */
  newPerDay?: number;
}

/** A session over the current log: cards folded from it, today's new allowance, or the missed list. */
export function openSession(o: OpenOptions): SessionState {
  const reviews = effectiveReviews(o.log);
  const cards = foldCards(reviews, o.scheduler);
  if (o.mode === 'review') {
    const ids = new Set(o.questions.map((q) => q.id));
    const queue = missedReviews(reviews).map((r) => r.qid).filter((id) => ids.has(id));
    return startSession({ mode: 'review', questions: o.questions, newLimit: 0 }, cards, o.now, o.scheduler, o.seed, queue);
  }
  const newLimit = newRemaining(reviews, o.now, o.newPerDay ?? o.settings.newPerDay);
  return startSession({ mode: 'study', questions: o.questions, newLimit }, cards, o.now, o.scheduler, o.seed);
}
