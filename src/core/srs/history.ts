import { effectiveReviews, type LogRecord, type ReviewRecord, type ReviewSource } from '../progress/records.js';
import { byTime } from './cards.js';
import { State, type Card, type Scheduler } from './scheduler.js';
import { startOfDay } from './time.js';

/**
 * The review log folded once into everything study, review, the home screen and the stats
 * need: each question's card and its first, latest and missed answers, reviews per day, and
 * the answers given to already-learned questions. It can be extended with records appended
 * later (`extendHistory`) and stored as a snapshot, so a long history is not replayed through
 * the scheduler at every start.
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
  /** Effective reviews per local day ("YYYY-MM-DD"). */
  days: Map<string, number>;
  /**
   * Answers to questions already learned (card in Review state when answered), for true
   * retention: those of the last LEARNED_DAYS days before `now` (older ones are dropped).
   */
  learned: { at: number; correct: boolean }[];
  /** Effective reviews folded. */
  reviews: number;
}

/** How far back answers to learned questions are kept (the stats look at the last 30 days). */
export const LEARNED_DAYS = 92;

export const emptyHistory = (): ReviewHistory => ({ questions: new Map(), days: new Map(), learned: [], reviews: 0 });

/** "YYYY-MM-DD" of a time in local time (the stats' calendar days). */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function fold(history: ReviewHistory, reviews: readonly ReviewRecord[], scheduler: Scheduler): void {
  for (const review of reviews) {
    const at = Date.parse(review.at);
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
      if (q.lastMissedAt === undefined || at >= Date.parse(q.lastMissedAt)) q.lastMissedAt = review.at;
    }
    if (!before) history.questions.set(review.qid, q);
    const day = localDay(at);
    history.days.set(day, (history.days.get(day) ?? 0) + 1);
    history.reviews++;
  }
}

/** Folds a whole log (`now` only decides which answers to learned questions are still kept). */
export function historyOf(log: readonly LogRecord[], scheduler: Scheduler, now: Date): ReviewHistory {
  const history = emptyHistory();
  fold(history, byTime(effectiveReviews(log)), scheduler);
  forget(history, now);
  return history;
}

function copy(h: ReviewHistory): ReviewHistory {
  return { questions: new Map([...h.questions].map(([id, q]) => [id, { ...q }])), days: new Map(h.days), learned: [...h.learned], reviews: h.reviews };
}

/**
 * The history with records appended to the log since, exactly as `historyOf` of the whole log
 * would fold it; undefined when that needs the whole log again: an undo of an answer already
 * folded, or an answer older than the latest folded one of the same question (written by a
 * trainer whose clock was behind).
 */
export function extendHistory(history: ReviewHistory, added: readonly LogRecord[], scheduler: Scheduler, now: Date): ReviewHistory | undefined {
  const addedIds = new Set(added.filter((r) => r.type === 'review').map((r) => r.id));
  if (added.some((r) => r.type === 'undo' && !addedIds.has(r.ref))) return undefined;
  const usable = byTime(effectiveReviews(added));
  for (const review of usable) {
    const q = history.questions.get(review.qid);
    if (q && Date.parse(review.at) < q.lastAt) return undefined;
  }
  if (usable.length === 0) return history;
  const next = copy(history);
  let latestFirst = -Infinity;
  for (const q of history.questions.values()) if (q.firstAt > latestFirst) latestFirst = q.firstAt;
  fold(next, usable, scheduler);
  // Questions stay in the order they were first answered (as a fold of the whole log has them),
  // even when one is first answered in the added records at an earlier time than another.
  let reorder = false;
  for (const [id, q] of next.questions) if (!history.questions.has(id) && q.firstAt < latestFirst) reorder = true;
  if (reorder) next.questions = new Map([...next.questions].sort((a, b) => a[1].firstAt - b[1].firstAt));
  forget(next, now);
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

/** New questions first answered in study today: they count against the daily new limit. */
export function historyIntroducedToday(history: ReviewHistory, now: Date): number {
  const since = startOfDay(now).getTime();
  let count = 0;
  for (const q of history.questions.values()) if (q.firstSource === 'study' && q.firstAt >= since && q.firstAt <= now.getTime()) count++;
  return count;
}

/** New questions still allowed today under `limit`. */
export function historyNewRemaining(history: ReviewHistory, now: Date, limit: number): number {
  return Math.max(0, limit - historyIntroducedToday(history, now));
}
