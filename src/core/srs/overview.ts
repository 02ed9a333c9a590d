import type { Question } from '../bank/types.js';
import { effectiveReviews, type LogRecord } from '../progress/records.js';
import { foldCards } from './cards.js';
import { missedReviews } from './missed.js';
import { newRemaining, queueCounts } from './queue.js';
import type { Scheduler } from './scheduler.js';
import type { Settings } from './settings.js';

export interface Overview {
  due: number;
  newAvailable: number;
  missed: number;
}

/** Due now, new available today and missed, over the loaded questions (the home screen's numbers). */
export function overview(questions: readonly Question[], log: readonly LogRecord[], settings: Settings, scheduler: Scheduler, now: Date): Overview {
  const reviews = effectiveReviews(log);
  const cards = foldCards(reviews, scheduler);
  const counts = queueCounts({ questions, cards, now, scheduler }, newRemaining(reviews, now, settings.newPerDay));
  const ids = new Set(questions.map((q) => q.id));
  return { ...counts, missed: missedReviews(reviews).filter((r) => ids.has(r.qid)).length };
}
