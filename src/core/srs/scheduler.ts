import { createEmptyCard, fsrs, generatorParameters, State, type Card, type Grade } from 'ts-fsrs';
import type { Rating } from '../progress/records.js';

export type { Card };
export { State };

/** The FSRS scheduler as this program uses it: next card state, and recall probability. */
export interface Scheduler {
  next(card: Card | undefined, at: Date, rating: Rating): Card;
  retrievability(card: Card, now: Date): number;
  /** Its parameters in one string: a stored review history is only reused by the same scheduler. */
  readonly key?: string;
}

export interface SchedulerOptions {
  /** Desired retention, 0.7–0.99. */
  retention: number;
  /** Spread intervals a little so reviews do not bunch up (deterministic per card); off in tests. */
  fuzz?: boolean;
}

/**
 * ts-fsrs (FSRS-6) with one 10-minute (re)learning step: a wrong answer comes back in 10 minutes,
 * in the same session; a right answer on a new question goes straight to days. Multiple-choice
 * recognition needs no extra 1-minute step.
 */
export function makeScheduler({ retention, fuzz = true }: SchedulerOptions): Scheduler {
  const engine = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: fuzz, enable_short_term: true, learning_steps: ['10m'], relearning_steps: ['10m'] }));
  return {
    key: `retention=${retention};fuzz=${fuzz}`,
    next: (card, at, rating) => engine.next(card ?? createEmptyCard(at), at, rating as Grade).card,
    retrievability: (card, now) => (card.state === State.New ? 0 : engine.get_retrievability(card, now, false)),
  };
}

export const RATING_NAMES: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** The advice of FSRS's authors for auto-graded items: correct → Good, wrong → Again. */
export function ratingFor(correct: boolean): Rating {
  return correct ? 3 : 1;
}

/** True while a card is in its (re)learning steps: it comes back within the day. */
export function isLearning(card: Card): boolean {
  return card.state === State.Learning || card.state === State.Relearning;
}
