import type { Question } from '../bank/types.js';
import type { LogRecord } from '../progress/records.js';
import { historyCards, historyMissed, historyNewRemaining, historyOf, type ReviewHistory } from '../srs/history.js';
import type { Scheduler } from '../srs/scheduler.js';
import type { Settings } from '../srs/settings.js';
import { startSession, type SessionMode, type SessionState } from './session.js';

export interface OpenOptions {
  mode: SessionMode;
  /** The questions to draw from (already filtered by topic). */
  questions: readonly Question[];
  /** The review log, or its history already folded (a long log is not replayed at every start). */
  log?: readonly LogRecord[];
  history?: ReviewHistory;
  settings: Settings;
  scheduler: Scheduler;
  now: Date;
  seed: number;
  /** --new N: today's new limit for this run instead of the setting. */
  newPerDay?: number;
}

/** A session over the current log: cards folded from it, today's new allowance, or the missed list. */
export function openSession(o: OpenOptions): SessionState {
  const history = o.history ?? historyOf(o.log ?? [], o.scheduler, o.now);
  const cards = historyCards(history);
  if (o.mode === 'review') {
    const ids = new Set(o.questions.map((q) => q.id));
    const queue = historyMissed(history).map((r) => r.qid).filter((id) => ids.has(id));
    return startSession({ mode: 'review', questions: o.questions, newLimit: 0 }, cards, o.now, o.scheduler, o.seed, queue);
  }
  const newLimit = historyNewRemaining(history, o.now, o.newPerDay ?? o.settings.newPerDay);
  return startSession({ mode: 'study', questions: o.questions, newLimit }, cards, o.now, o.scheduler, o.seed);
}
