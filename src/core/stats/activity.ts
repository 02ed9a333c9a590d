import { addDays, dayKey, startOfDay, startOfWeek } from '../days.js';

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

/** The calendar from reviews counted per study day (ReviewHistory.days, keyed by dayKey with the same `dayStart`). */
export function activityFromDays(perDay: ReadonlyMap<string, number>, now: Date, dayStart: number, weeks = 12): Activity {
  const key = (day: Date) => dayKey(day, dayStart);
  const today = startOfDay(now, dayStart);
  const start = addDays(startOfWeek(now, dayStart), -7 * (weeks - 1));
  const days: Activity['days'] = [];
  for (let day = start; day.getTime() <= today.getTime(); day = addDays(day, 1)) {
    days.push({ date: key(day), reviews: perDay.get(key(day)) ?? 0 });
  }
  const reviewedToday = perDay.has(key(today));
  let streak = 0;
  for (let day = reviewedToday ? today : addDays(today, -1); perDay.has(key(day)); day = addDays(day, -1)) streak++;
  return {
    weeks,
    days,
    reviews: days.reduce((n, d) => n + d.reviews, 0),
    activeDays: days.filter((d) => d.reviews > 0).length,
    streak,
    reviewedToday,
  };
}
