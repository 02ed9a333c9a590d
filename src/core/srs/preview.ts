import type { Rating } from '../progress/records.js';
import { RATING_NAMES, type Card, type Scheduler } from './scheduler.js';

export interface RatingChoice {
  rating: Rating;
  name: string;
  /** How long until the question comes back with this rating, in milliseconds. */
  ms: number;
  /** The same, short, as Anki writes it on its buttons: "10m", "1d", "3d", "2.5mo". */
  interval: string;
}

const RATINGS: readonly Rating[] = [1, 2, 3, 4];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "10m", "3h", "1d", "12d", "2.5mo", "1.2y": the interval short enough for a key label. */
export function shortInterval(ms: number): string {
  const one = (n: number) => String(Math.round(n * 10) / 10);
  if (ms < MINUTE) return '<1m';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${one(days / 30.4)}mo`;
  return `${one(days / 365)}y`;
}

/**
 * What each rating would do to an answer given at `at` to a question whose card was `before`
 * (undefined: a new question): the interval the scheduler gives, for the rating keys' labels.
 */
export function ratingPreview(before: Card | undefined, at: Date, scheduler: Scheduler): RatingChoice[] {
  return RATINGS.map((rating) => {
    const ms = scheduler.next(before, at, rating).due.getTime() - at.getTime();
    return { rating, name: RATING_NAMES[rating], ms, interval: shortInterval(ms) };
  });
}

/** "1 Again 10m · 2 Hard 1d · 3 Good 3d · 4 Easy 8d" */
export function previewText(choices: readonly RatingChoice[]): string {
  return choices.map((c) => `${c.rating} ${c.name} ${c.interval}`).join(' · ');
}
