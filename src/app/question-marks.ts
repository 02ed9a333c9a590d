import type { Question } from '../core/bank/types.js';
import { valueStore, type Store } from './store.js';

/**
 * What the learner says about questions themselves: suspended ones (out of study, review and
 * mock exams until unsuspended) and reports of a question they think is wrong or unclear.
 */
export interface SuspendedQuestions extends Store<ReadonlySet<string>> {
  /** Suspends (`on`) or unsuspends a question; saved before it returns (throws when it cannot be). */
  set(qid: string, on: boolean): void;
}

/** The suspended set, kept in step with what `save` writes (it returns every suspended id). */
export function suspendedQuestions(initial: Iterable<string>, save: (qid: string, on: boolean) => readonly string[]): SuspendedQuestions {
  const store = valueStore<ReadonlySet<string>>(new Set(initial));
  return {
    get: store.get,
    subscribe: store.subscribe,
    set(qid, on) {
      store.set(new Set(save(qid, on)));
    },
  };
}

/** Suspended questions on memory (tests, previews). */
export function memorySuspended(initial: Iterable<string> = []): SuspendedQuestions {
  let ids = new Set(initial);
  return suspendedQuestions(ids, (qid, on) => {
    ids = new Set(ids);
    if (on) ids.add(qid);
    else ids.delete(qid);
    return [...ids];
  });
}

export interface QuestionReports {
  /** Saves a report of `question` with the learner's comment (throws when it cannot). */
  add(question: Question, comment: string): void;
  /** Where reports go, for the message that confirms one. */
  where: string;
}

/** The questions still in play: every question but the suspended ones. */
export function activeQuestions(questions: readonly Question[], suspended: ReadonlySet<string>): Question[] {
  return suspended.size ? questions.filter((q) => !suspended.has(q.id)) : [...questions];
}
