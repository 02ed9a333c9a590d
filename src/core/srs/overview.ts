import type { Question } from '../bank/types.js';
import { historyCards, historyMissed, historyNewRemaining, type ReviewHistory } from './history.js';
import { nextAvailable, nextStudyQuestion, queueCounts, type QueueCounts, type QueueInput } from './queue.js';
import type { Scheduler } from './scheduler.js';
import type { Settings } from './settings.js';
import { describeWhen } from './time.js';

export interface Overview {
  /** What study has now: the counts its header starts with. */
  counts: QueueCounts;
  /** What study would open on: a question, a learning step shown early (its due time), or nothing. */
  opens: { kind: 'question' } | { kind: 'early'; due: Date } | { kind: 'nothing'; next?: Date };
  missed: number;
  /** Questions never answered, beyond today's new allowance too. */
  unseen: number;
}

/** What study would do now over these questions, and how many of them are missed: the home screen's numbers. */
export function overview(questions: readonly Question[], history: ReviewHistory, settings: Settings, scheduler: Scheduler, now: Date): Overview {
  const input: QueueInput = { questions, cards: historyCards(history), now, scheduler, dayStart: settings.dayStart };
  const newLeft = historyNewRemaining(history, now, settings.dayStart, settings.newPerDay);
  const next = nextStudyQuestion(input, newLeft);
  const after = nextAvailable(input);
  const opens: Overview['opens'] = next ? (next.early ? { kind: 'early', due: next.early } : { kind: 'question' }) : after ? { kind: 'nothing', next: after } : { kind: 'nothing' };
  const unseen = questions.filter((q) => !input.cards.has(q.id)).length;
  return { counts: queueCounts(input, newLeft), opens, missed: missedCount(questions, history), unseen };
}

/** How many of these questions are on the missed list (what review goes through). */
export function missedCount(questions: readonly Question[], history: ReviewHistory): number {
  const ids = new Set(questions.map((q) => q.id));
  return historyMissed(history).filter((r) => ids.has(r.qid)).length;
}

/** "3 new · 1 learning · 12 review" */
export function countsText(c: QueueCounts): string {
  return `${c.new} new · ${c.learning} learning · ${c.review} review`;
}

/** One line saying what study will do now, in the same terms as its header. */
export function outlookText(o: Overview, now: Date): string {
  switch (o.opens.kind) {
    case 'question':
      return `${countsText(o.counts)}: press enter on Study to begin.`;
    case 'early': {
      const n = o.counts.learning;
      const what = n === 1 ? 'a question you missed is' : `${n} questions you missed are`;
      return `Nothing is due right now; ${what} due again soon, the first ${describeWhen(now, o.opens.due)}: Study shows ${n === 1 ? 'it' : 'them'} now, marked early.`;
    }
    case 'nothing': {
      const when = o.opens.next ? ` Next question due ${describeWhen(now, o.opens.next)}.` : '';
      const more = o.unseen > 0 ? " 'clf-trainer study --new 10' allows 10 more new questions." : '';
      return `Nothing left to study today.${when}${more} Or take a mock exam.`;
    }
  }
}
