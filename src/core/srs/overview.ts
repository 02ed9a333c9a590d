import type { Question } from '../bank/types.js';
import type { LogRecord } from '../progress/records.js';
import { historyCards, historyMissed, historyNewRemaining, historyOf, type ReviewHistory } from './history.js';
import { queueCounts } from './queue.js';
import type { Scheduler } from './scheduler.js';
import type { Settings } from './settings.js';

export interface Overview {
  due: number;
  newAvailable: number;
  missed: number;
}

/** Due now, new available today and missed, over the loaded questions (the home screen's numbers). */
export function overview(questions: readonly Question[], log: readonly LogRecord[] | ReviewHistory, settings: Settings, scheduler: Scheduler, now: Date): Overview {
  const history = Array.isArray(log) ? historyOf(log, scheduler, now) : (log as ReviewHistory);
  const counts = queueCounts({ questions, cards: historyCards(history), now, scheduler }, historyNewRemaining(history, now, settings.newPerDay));
  return { ...counts, missed: missedCount(questions, history) };
}

/** How many of these questions are on the missed list (what review goes through). */
export function missedCount(questions: readonly Question[], history: ReviewHistory): number {
  const ids = new Set(questions.map((q) => q.id));
  return historyMissed(history).filter((r) => ids.has(r.qid)).length;
}
