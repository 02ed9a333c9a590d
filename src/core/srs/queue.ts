import type { Question } from '../bank/types.js';
import { startOfDay } from '../days.js';
import { shuffledOrder } from '../study/random.js';
import { groupByTopic } from '../topics.js';
import { isLearning, State, type Card, type Scheduler } from './scheduler.js';

/**
 * The study queue, as Anki has it: three counts (new · learning · review) and one order. What
 * study shows next, what its header counts, what the home screen says and when the summary
 * says the next question comes are all worked out here, so they always agree.
 */

/** How far ahead a learning step may be shown, marked early, when nothing else is left (as Anki does). */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface QueueInput {
  questions: readonly Question[];
  cards: ReadonlyMap<string, Card>;
  now: Date;
  scheduler: Scheduler;
  /** The hour study days start (see days.ts): reviews are due by study day. */
  dayStart: number;
}

/** What is left to study now: new questions still allowed, learning steps, reviews due today. */
export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

/** The next question; `early` is its due time when it is shown before it (nothing else was left). */
export interface NextQuestion {
  qid: string;
  early?: Date;
}

/**
 * When study first offers a card: a learning step LEARN_AHEAD_MS before its due time (shown
 * early, and only once nothing else is left), a review from the start of the study day it
 * falls due in.
 */
export function availableAt(card: Card, dayStart: number): number {
  if (isLearning(card)) return card.due.getTime() - LEARN_AHEAD_MS;
  return startOfDay(card.due, dayStart).getTime();
}

interface Entry {
  id: string;
  card: Card;
}

/** The loaded questions' cards, answered ones only. */
function answered({ questions, cards }: Pick<QueueInput, 'questions' | 'cards'>): Entry[] {
  return questions.flatMap((q) => {
    const card = cards.get(q.id);
    return card && card.state !== State.New ? [{ id: q.id, card }] : [];
  });
}

const byDue = (a: Entry, b: Entry) => a.card.due.getTime() - b.card.due.getTime();

/** Learning steps study may show now (due, or due within LEARN_AHEAD_MS), earliest first. */
function learningNow(input: QueueInput): Entry[] {
  return answered(input)
    .filter((x) => isLearning(x.card) && availableAt(x.card, input.dayStart) <= input.now.getTime())
    .sort(byDue);
}

/** Reviews due this study day: lowest recall probability (most overdue) first. */
export function dueReviews(input: QueueInput): string[] {
  return answered(input)
    .filter((x) => !isLearning(x.card) && availableAt(x.card, input.dayStart) <= input.now.getTime())
    .map((x) => ({ ...x, r: input.scheduler.retrievability(x.card, input.now) }))
    .sort((a, b) => a.r - b.r || byDue(a, b))
    .map((x) => x.id);
}

/**
 * The order new questions are introduced in: topics taken in turns (each round in a seeded
 * order), each topic's questions in bank order, so a day's new questions span the topics.
 */
export function introductionOrder(questions: readonly Question[], random: () => number): string[] {
  const topics = groupByTopic(questions).map((g) => g.items);
  const order: string[] = [];
  for (let round = 0; order.length < questions.length; round++) {
    const here = topics.filter((items) => round < items.length);
    for (const i of shuffledOrder(here.length, random)) order.push(here[i]![round]!.id);
  }
  return order;
}

/** Questions never answered, in `order` (bank order unless given). */
function unseen(input: Pick<QueueInput, 'questions' | 'cards'>, order?: readonly string[]): string[] {
  const ids = order ?? input.questions.map((q) => q.id);
  const loaded = order ? new Set(input.questions.map((q) => q.id)) : undefined;
  return ids.filter((id) => !input.cards.has(id) && (!loaded || loaded.has(id)));
}

/**
 * The next question of a study session: learning steps due now, then the reviews due today
 * (lowest recall first), then new questions while `newLeft` > 0 (in `newOrder`), then, only
 * when nothing else is left, a learning step due within LEARN_AHEAD_MS, marked early.
 * Undefined: nothing left.
 */
export function nextStudyQuestion(input: QueueInput, newLeft: number, newOrder?: readonly string[]): NextQuestion | undefined {
  const learning = learningNow(input);
  const now = input.now.getTime();
  const due = learning.find((x) => x.card.due.getTime() <= now);
  if (due) return { qid: due.id };
  const review = dueReviews(input)[0];
  if (review) return { qid: review };
  const fresh = newLeft > 0 ? unseen(input, newOrder)[0] : undefined;
  if (fresh) return { qid: fresh };
  const ahead = learning[0];
  return ahead ? { qid: ahead.id, early: ahead.card.due } : undefined;
}

/**
 * How many questions study would show before `qid`, a learning step due at `due`, if the
 * learner went on now: learning steps due now, the reviews due today, the new questions still
 * allowed, and learning steps due before it.
 */
export function questionsAhead(input: QueueInput, newLeft: number, qid: string, due: Date): number {
  const now = input.now.getTime();
  const learning = learningNow(input).filter((x) => x.id !== qid && (x.card.due.getTime() <= now || x.card.due.getTime() < due.getTime())).length;
  return learning + dueReviews(input).filter((id) => id !== qid).length + Math.max(0, Math.min(newLeft, unseen(input).length));
}

/** The three counts: the study header and the home screen show these. */
export function queueCounts(input: QueueInput, newLeft: number): QueueCounts {
  const now = input.now.getTime();
  let learning = 0;
  let review = 0;
  for (const { card } of answered(input)) {
    if (availableAt(card, input.dayStart) > now) continue;
    if (isLearning(card)) learning++;
    else review++;
  }
  return { new: Math.max(0, Math.min(newLeft, unseen(input).length)), learning, review };
}

/** When study next has something to show after `now`, if anything is scheduled (see availableAt). */
export function nextAvailable(input: Pick<QueueInput, 'questions' | 'cards' | 'now' | 'dayStart'>): Date | undefined {
  let best: number | undefined;
  for (const { card } of answered(input)) {
    const at = availableAt(card, input.dayStart);
    if (at > input.now.getTime() && (best === undefined || at < best)) best = at;
  }
  return best === undefined ? undefined : new Date(best);
}
