/**
 * The learner's days. A study day starts at `dayStart` o'clock local time (4 by default, as in
 * Anki), so a session that runs past midnight still belongs to the evening it started in: the
 * daily new limit, the reviews due "today", the activity calendar and the streak all count
 * study days. The local time zone is the one ambient input here (as for any calendar).
 */

export const DEFAULT_DAY_START = 4;

/** The start of the study day that `at` falls in. */
export function startOfDay(at: Date, dayStart: number): Date {
  const start = new Date(at.getFullYear(), at.getMonth(), at.getDate(), dayStart);
  return start.getTime() > at.getTime() ? addDays(start, -1) : start;
}

/** The same hour `n` days later (safe across daylight-saving changes). */
export function addDays(day: Date, n: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + n, day.getHours());
}

/** The end of the study day that `at` falls in: the start of the next one. */
export function endOfDay(at: Date, dayStart: number): Date {
  return addDays(startOfDay(at, dayStart), 1);
}

/** "YYYY-MM-DD": the study day of a time, named by the calendar date it starts on. */
export function dayKey(at: Date | number, dayStart: number): string {
  const d = startOfDay(typeof at === 'number' ? new Date(at) : at, dayStart);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The start of the Monday study day of the week `at` falls in. */
export function startOfWeek(at: Date, dayStart: number): Date {
  const day = startOfDay(at, dayStart);
  return addDays(day, -((day.getDay() + 6) % 7));
}
