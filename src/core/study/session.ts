import type { Question } from '../bank/types.js';
import type { Topic } from '../topics.js';
import { newRecordId, type LogRecord, type Rating, type ReviewRecord, type ReviewSource } from '../progress/records.js';
import { introductionOrder, nextStudyQuestion, type NextQuestion } from '../srs/queue.js';
import { ratingFor, type Card, type Scheduler } from '../srs/scheduler.js';
import { isCorrect, requiredSelections, submitCheck, toggleChoice } from './answer.js';
import { nextRandom, shuffledOrder } from './random.js';

/**
 * A study or review session as a pure reducer: `step(state, action, scheduler)` returns the next
 * state and the log records to append (flush them before showing the next screen). Time and
 * randomness come in through actions and the seed in the state.
 */

export type SessionMode = 'study' | 'review';

export interface SessionConfig {
  mode: SessionMode;
  /** The questions this session may show, in bank order. */
  questions: readonly Question[];
  /** Study: new questions this session may introduce (today's remaining allowance, or --new N). */
  newLimit: number;
  /** Set when `newLimit` was asked for this run (--new N) rather than left of the daily limit. */
  extraNew?: true;
  /** The hour study days start: reviews are due by study day. */
  dayStart: number;
}

/** The question on screen. `cursor` and `selected` are display positions. */
export interface Shown {
  qid: string;
  order: number[];
  cursor: number;
  selected: number[];
  shownAt: string;
  /** Set when a learning step is shown before it is due (nothing else was left): its due time (ISO). */
  early?: string;
  /** Why a choice or a submit was refused ("Choose TWO: 1 of 2 chosen so far."). */
  message?: string;
}

/** One answer of this session, with what undo needs to put everything back. */
export interface Answer {
  record: ReviewRecord;
  /** The question's topic, kept for the summary even when the question is suspended later. */
  topic: Topic;
  order: number[];
  cardBefore: Card | undefined;
  cardAfter: Card;
  /** Review mode: the queue before this answer. */
  queueBefore: string[];
  /** Counted against the new limit. */
  wasNew: boolean;
}

export interface SessionState {
  config: SessionConfig;
  cards: ReadonlyMap<string, Card>;
  /** Review mode: missed questions still to get right, in order. */
  queue: string[];
  /** Study: the order new questions are introduced in (topics in turns, seeded). */
  newOrder: readonly string[];
  introduced: number;
  seed: number;
  phase: 'question' | 'explanation' | 'done';
  current?: Shown;
  /** This session's answers, oldest first; the last one is on the explanation screen. */
  answers: Answer[];
}

export type SessionAction =
  | { type: 'move'; delta: number }
  | { type: 'pick'; index: number }
  | { type: 'toggle' }
  | { type: 'submit'; now: Date }
  | { type: 'rate'; rating: Rating; now: Date }
  | { type: 'continue'; now: Date }
  | { type: 'undo'; now: Date }
  /** The question is suspended: it leaves this session (a question on screen unanswered gives way to the next). */
  | { type: 'leaveOut'; qid: string; now: Date };

export interface StepResult {
  state: SessionState;
  records: LogRecord[];
}

const byId = (state: SessionState, qid: string) => state.config.questions.find((q) => q.id === qid);

export function currentQuestion(state: SessionState): Question | undefined {
  return state.current ? byId(state, state.current.qid) : undefined;
}

export function lastAnswer(state: SessionState): Answer | undefined {
  return state.answers[state.answers.length - 1];
}

function random(state: SessionState): { value: () => number; seed: () => number } {
  let seed = state.seed;
  return {
    value: () => {
      const r = nextRandom(seed);
      seed = r.seed;
      return r.value;
    },
    seed: () => seed,
  };
}

/** Picks what comes next and shows it with freshly shuffled options, or ends the session. */
function advance(state: SessionState, now: Date, scheduler: Scheduler): SessionState {
  const { config } = state;
  const next: NextQuestion | undefined =
    config.mode === 'review'
      ? state.queue[0] === undefined
        ? undefined
        : { qid: state.queue[0] }
      : nextStudyQuestion({ questions: config.questions, cards: state.cards, now, scheduler, dayStart: config.dayStart }, config.newLimit - state.introduced, state.newOrder);
  const question = next ? byId(state, next.qid) : undefined;
  if (!question) {
    const { current: _, ...rest } = state;
    return { ...rest, phase: 'done' };
  }
  const rng = random(state);
  const order = shuffledOrder(question.choices.length, rng.value);
  const early = next?.early ? { early: next.early.toISOString() } : {};
  return { ...state, seed: rng.seed(), phase: 'question', current: { qid: question.id, order, cursor: 0, selected: [], shownAt: now.toISOString(), ...early } };
}

/** A new session, showing its first question (or done when there is nothing to do). */
export function startSession(config: SessionConfig, cards: ReadonlyMap<string, Card>, now: Date, scheduler: Scheduler, seed: number, queue: readonly string[] = []): SessionState {
  const state: SessionState = { config, cards, queue: [...queue], newOrder: [], introduced: 0, seed, phase: 'question', answers: [] };
  if (config.mode === 'review') return advance(state, now, scheduler);
  const rng = random(state);
  const newOrder = introductionOrder(config.questions, rng.value);
  return advance({ ...state, newOrder, seed: rng.seed() }, now, scheduler);
}

function withCard(cards: ReadonlyMap<string, Card>, qid: string, card: Card | undefined): Map<string, Card> {
  const next = new Map(cards);
  if (card) next.set(qid, card);
  else next.delete(qid);
  return next;
}

function newId(state: SessionState, now: Date): { id: string; seed: number } {
  const rng = random(state);
  const id = newRecordId(now, rng.value);
  return { id, seed: rng.seed() };
}

function review(state: SessionState, at: Date, rating: Rating, scheduler: Scheduler): StepResult {
  const shown = state.current!;
  const question = byId(state, shown.qid)!;
  const chosen = shown.selected.map((p) => shown.order[p]!).sort((a, b) => a - b);
  const correct = isCorrect(question, chosen);
  const { id, seed } = newId(state, at);
  const source: ReviewSource = state.config.mode === 'review' ? 'review' : 'study';
  const record: ReviewRecord = {
    v: 1,
    type: 'review',
    id,
    qid: question.id,
    at: at.toISOString(),
    source,
    correct,
    rating,
    chosen: chosen.map((i) => question.choices[i]!.text),
    ms: Math.max(0, at.getTime() - Date.parse(shown.shownAt)),
  };
  const cardBefore = state.cards.get(question.id);
  const cardAfter = scheduler.next(cardBefore, at, rating);
  const wasNew = state.config.mode === 'study' && cardBefore === undefined;
  const queue = state.config.mode === 'review' ? (correct ? state.queue.filter((q) => q !== question.id) : [...state.queue.filter((q) => q !== question.id), question.id]) : state.queue;
  return {
    state: {
      ...state,
      seed,
      phase: 'explanation',
      cards: withCard(state.cards, question.id, cardAfter),
      queue,
      introduced: state.introduced + (wasNew ? 1 : 0),
      answers: [...state.answers, { record, topic: question.topic, order: shown.order, cardBefore, cardAfter, queueBefore: state.queue, wasNew }],
    },
    records: [record],
  };
}

function undoRecord(state: SessionState, ref: string, now: Date): { record: LogRecord; seed: number } {
  const { id, seed } = newId(state, now);
  return { record: { v: 1, type: 'undo', id, at: now.toISOString(), ref }, seed };
}

/** Takes back the last answer: an undo record, the card, queue and allowance exactly as before. */
function undo(state: SessionState, now: Date): StepResult {
  const last = lastAnswer(state);
  // A question suspended since it was answered has left the session: its answer stays.
  const question = last && byId(state, last.record.qid);
  if (!last || !question) return { state, records: [] };
  const { record, seed } = undoRecord(state, last.record.id, now);
  const selected = last.order.map((choice, position) => ({ choice, position })).filter((x) => last.record.chosen.includes(question.choices[x.choice]!.text)).map((x) => x.position);
  return {
    state: {
      ...state,
      seed,
      phase: 'question',
      cards: withCard(state.cards, last.record.qid, last.cardBefore),
      queue: last.queueBefore,
      introduced: state.introduced - (last.wasNew ? 1 : 0),
      answers: state.answers.slice(0, -1),
      current: { qid: last.record.qid, order: last.order, cursor: selected[0] ?? 0, selected, shownAt: now.toISOString() },
    },
    records: [record],
  };
}

/** A changed rating on the explanation screen: undo the review, then the same answer with the new rating at the same time. */
function rerate(state: SessionState, rating: Rating, now: Date, scheduler: Scheduler): StepResult {
  const last = lastAnswer(state);
  if (!last || state.phase !== 'explanation' || last.record.rating === rating) return { state, records: [] };
  const { record: cancel, seed } = undoRecord(state, last.record.id, now);
  const afterUndo = { ...state, seed };
  const { id, seed: seed2 } = newId(afterUndo, now);
  const at = new Date(last.record.at);
  const record: ReviewRecord = { ...last.record, id, rating };
  const cardAfter = scheduler.next(last.cardBefore, at, rating);
  return {
    state: { ...state, seed: seed2, cards: withCard(state.cards, record.qid, cardAfter), answers: [...state.answers.slice(0, -1), { ...last, record, cardAfter }] },
    records: [cancel, record],
  };
}

function question(state: SessionState, action: SessionAction, scheduler: Scheduler): StepResult {
  const shown = state.current!;
  const q = byId(state, shown.qid)!;
  const n = shown.order.length;
  const { message: _, ...plain } = shown;
  // Choosing is always explicit: the cursor only highlights; letters and space choose.
  const choose = (option: number, cursor: number): StepResult => {
    const choice = toggleChoice(shown.selected, option, requiredSelections(q));
    const current = 'refused' in choice ? { ...plain, cursor, message: choice.refused } : { ...plain, cursor, selected: choice.selected };
    return { state: { ...state, current }, records: [] };
  };
  switch (action.type) {
    case 'move':
      return { state: { ...state, current: { ...plain, cursor: (shown.cursor + action.delta + n) % n } }, records: [] };
    case 'pick':
      return action.index < 0 || action.index >= n ? { state, records: [] } : choose(action.index, action.index);
    case 'toggle':
      return choose(shown.cursor, shown.cursor);
    case 'submit': {
      const check = submitCheck(q, shown.selected);
      if (!check.ok) return { state: { ...state, current: { ...shown, message: check.message } }, records: [] };
      const chosen = shown.selected.map((p) => shown.order[p]!);
      return review(state, action.now, ratingFor(isCorrect(q, chosen)), scheduler);
    }
    default:
      return { state, records: [] };
  }
}

/**
 * Takes a question out of the session; nothing is recorded, an answer already given stays. When
 * it is the question on screen (asked, or just explained) the session moves on to the next one.
 */
function leaveOut(state: SessionState, qid: string, now: Date, scheduler: Scheduler): SessionState {
  if (!byId(state, qid)) return state;
  const config = { ...state.config, questions: state.config.questions.filter((q) => q.id !== qid) };
  const next = { ...state, config, queue: state.queue.filter((q) => q !== qid) };
  const onScreen = state.phase === 'question' ? state.current?.qid : state.phase === 'explanation' ? lastAnswer(state)?.record.qid : undefined;
  return onScreen === qid ? advance(next, now, scheduler) : next;
}

export function step(state: SessionState, action: SessionAction, scheduler: Scheduler): StepResult {
  if (action.type === 'undo') return undo(state, action.now);
  if (action.type === 'leaveOut') return { state: leaveOut(state, action.qid, action.now, scheduler), records: [] };
  if (state.phase === 'question') return question(state, action, scheduler);
  if (state.phase === 'explanation') {
    if (action.type === 'rate') return rerate(state, action.rating, action.now, scheduler);
    if (action.type === 'continue') return { state: advance(state, action.now, scheduler), records: [] };
  }
  return { state, records: [] };
}
