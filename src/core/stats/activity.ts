import type { ReviewRecord } from '../progress/records.js';
import { addDays, dayKey, startOfDay, startOfWeek } from './days.js';

export interface Activity {
  weeks: number;
  /** Every day from the Monday `weeks - 1` weeks before this week's Monday up to today. */
  days: { date: string; reviews: number }[];
  /** Reviews in those days. */
  reviews: number;
  activeDays: number;
  /** Consecutive days with at least one review, ending today (or yesterday while today is still open). */
  streak: number;
  reviewedToday: boolean;
}

export function activity(reviews: readonly ReviewRecord[], now: Date, weeks = 12): Activity {
  const perDay = new Map<string, number>();
  const limit = now.getTime();
  for (const review of reviews) {
    const at = new Date(review.at);
    if (at.getTime() > limit) continue;
    const key = dayKey(at);
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
  }
  return activityFromDays(perDay, now, weeks);
}

/** The same from reviews already counted per local day ("YYYY-MM-DD", only days up to `now`). */
export function activityFromDays(perDay: ReadonlyMap<string, number>, now: Date, weeks = 12): Activity {
  const today = startOfDay(now);
  const start = addDays(startOfWeek(now), -7 * (weeks - 1));
  const days: Activity['days'] = [];
  for (let day = start; day.getTime() <= today.getTime(); day = addDays(day, 1)) {
    days.push({ date: dayKey(day), reviews: perDay.get(dayKey(day)) ?? 0 });
  }
  const reviewedToday = perDay.has(dayKey(today));
  let streak = 0;
  for (let day = reviewedToday ? today : addDays(today, -1); perDay.has(dayKey(day)); day = addDays(day, -1)) streak++;
  return {
    weeks,
    days,
    reviews: days.reduce((n, d) => n + d.reviews, 0),
    activeDays: days.filter((d) => d.reviews > 0).length,
    streak,
    reviewedToday,
  };
}
