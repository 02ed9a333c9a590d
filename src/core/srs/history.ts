import { dayKey, startOfDay } from '../days.js';
import { effectiveReviews, type LogRecord, type ReviewRecord, type ReviewSource } from '../progress/records.js';
import { State, type Card, type Scheduler } from './scheduler.js';

/**
 * The review log folded once into everything study, review, the home screen and the stats
 * need: each question's card and its first, latest and missed answers, reviews per day, and
 * the answers given to already-learned questions. It can be extended with records appended
 * later (`extendHistory`) and stored as a snapshot, so a long history is not replayed through
 * the scheduler at every start.
 *
 * An answer dated after `now` (written by a machine whose clock was ahead) is folded as if
 * given at `now`: it never pushes a question out of reach, and it is counted in `future`.
 */

export interface QuestionHistory {
  card: Card;
  /** Time (ms) and source of the first effective answer. */
  firstAt: number;
  firstSource: ReviewSource;
  /** Time (ms) of the latest effective answer. */
  lastAt: number;
  /** The latest answer, when it was wrong: the question is on the missed list. */
  missed?: ReviewRecord;
  /** Wrong answers, and the time of the latest one (ISO, as logged). */
  misses: number;
  lastMissedAt?: string;
}

export interface ReviewHistory {
  /** By question id, in the order questions were first answered. */
  questions: Map<string, QuestionHistory>;
  /** Effective reviews per study day (see dayKey). */
  days: Map<string, number>;
  /**
   * Answers to questions already learned (card in Review state when answered), for true
   * retention: those of the last LEARNED_DAYS days before `now` (older ones are dropped).
   */
  learned: { at: number; correct: boolean }[];
  /** Effective reviews folded. */
  reviews: number;
  /** Of those, the ones dated after the `now` they were folded at, and so counted as given then. */
  future: number;
}

/** How far back answers to learned questions are kept (the stats look at the last 30 days). */
export const LEARNED_DAYS = 92;

export const emptyHistory = (): ReviewHistory => ({ questions: new Map(), days: new Map(), learned: [], reviews: 0, future: 0 });

/** How the log is folded: the scheduler, the time it is folded at, and the hour study days start. */
export interface FoldOptions {
  scheduler: Scheduler;
  now: Date;
  dayStart: number;
}

/** Reviews in time order (stable: log order breaks ties), so two terminals' lines fold the same way. */
export function byTime(reviews: readonly ReviewRecord[]): ReviewRecord[] {
  return reviews
    .map((review, index) => ({ review, index, t: Date.parse(review.at) }))
    .sort((a, b) => a.t - b.t || a.index - b.index)
    .map((x) => x.review);
}

/** When an answer counts as given: its time, or `now` when it is dated later. */
const answeredAt = (review: ReviewRecord, now: Date) => Math.min(Date.parse(review.at), now.getTime());

function fold(history: ReviewHistory, reviews: readonly ReviewRecord[], { scheduler, now, dayStart }: FoldOptions): void {
  for (const review of reviews) {
    const logged = Date.parse(review.at);
    const at = answeredAt(review, now);
    if (at < logged) history.future++;
    const before = history.questions.get(review.qid);
    const card = scheduler.next(before?.card, new Date(at), review.rating);
    if (before?.card.state === State.Review) history.learned.push({ at, correct: review.correct });
    const q: QuestionHistory = before ?? { card, firstAt: at, firstSource: review.source, lastAt: at, misses: 0 };
    q.card = card;
    q.lastAt = at;
    if (review.correct) delete q.missed;
    else {
      q.missed = review;
      q.misses++;
      if (q.lastMissedAt === undefined || logged >= Date.parse(q.lastMissedAt)) q.lastMissedAt = review.at;
    }
    if (!before) history.questions.set(review.qid, q);
    const day = dayKey(at, dayStart);
    history.days.set(day, (history.days.get(day) ?? 0) + 1);
    history.reviews++;
  }
}

/** Folds a whole log. */
export function historyOf(log: readonly LogRecord[], options: FoldOptions): ReviewHistory {
  const history = emptyHistory();
  fold(history, byTime(effectiveReviews(log)), options);
  forget(history, options.now);
  return history;
}

function copy(h: ReviewHistory): ReviewHistory {
  return { questions: new Map([...h.questions].map(([id, q]) => [id, { ...q }])), days: new Map(h.days), learned: [...h.learned], reviews: h.reviews, future: h.future };
}

/**
 * The history with records appended to the log since, exactly as `historyOf` of the whole log
 * would fold it; undefined when that needs the whole log again: an undo of an answer already
 * folded, or an answer older than the latest folded one of the same question (written by a
 * trainer whose clock was behind).
 */
export function extendHistory(history: ReviewHistory, added: readonly LogRecord[], options: FoldOptions): ReviewHistory | undefined {
  const addedIds = new Set(added.filter((r) => r.type === 'review').map((r) => r.id));
  if (added.some((r) => r.type === 'undo' && !addedIds.has(r.ref))) return undefined;
  const usable = byTime(effectiveReviews(added));
  for (const review of usable) {
    const q = history.questions.get(review.qid);
    if (q && answeredAt(review, options.now) < q.lastAt) return undefined;
  }
  if (usable.length === 0) return history;
  const next = copy(history);
  let latestFirst = -Infinity;
  for (const q of history.questions.values()) if (q.firstAt > latestFirst) latestFirst = q.firstAt;
  fold(next, usable, options);
  // Questions stay in the order they were first answered (as a fold of the whole log has them),
  // even when one is first answered in the added records at an earlier time than another.
  let reorder = false;
  for (const [id, q] of next.questions) if (!history.questions.has(id) && q.firstAt < latestFirst) reorder = true;
  if (reorder) next.questions = new Map([...next.questions].sort((a, b) => a[1].firstAt - b[1].firstAt));
  forget(next, options.now);
  return next;
}

/** Drops answers to learned questions older than LEARNED_DAYS before `now`. */
function forget(history: ReviewHistory, now: Date): void {
  const from = now.getTime() - LEARNED_DAYS * 86_400_000;
  if (history.learned.some((a) => a.at < from)) history.learned = history.learned.filter((a) => a.at >= from);
}

/** Each answered question's card. */
export function historyCards(history: ReviewHistory): Map<string, Card> {
  return new Map([...history.questions].map(([id, q]) => [id, q.card]));
}

/** The missed list: the latest answer of each question whose latest answer was wrong, oldest first. */
export function historyMissed(history: ReviewHistory): ReviewRecord[] {
  return byTime([...history.questions.values()].flatMap((q) => (q.missed ? [q.missed] : [])));
}

/** New questions first answered in study this study day: they count against the daily new limit. */
export function historyIntroducedToday(history: ReviewHistory, now: Date, dayStart: number): number {
  const since = startOfDay(now, dayStart).getTime();
  let count = 0;
  for (const q of history.questions.values()) if (q.firstSource === 'study' && q.firstAt >= since && q.firstAt <= now.getTime()) count++;
  return count;
}

/** New questions still allowed today under `limit`. */
export function historyNewRemaining(history: ReviewHistory, now: Date, dayStart: number, limit: number): number {
  return Math.max(0, limit - historyIntroducedToday(history, now, dayStart));
}
