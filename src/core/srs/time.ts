const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const unit = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "in 10 min", "in 4 days": when `due` comes, seen from `now`. */
export function describeWhen(now: Date, due: Date): string {
  const ms = due.getTime() - now.getTime();
  if (ms < 45_000) return 'now';
  if (ms < HOUR) return `in ${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < DAY) return `in ${unit(Math.round(ms / HOUR), 'hour')}`;
  const days = Math.round(ms / DAY);
  if (days < 31) return `in ${unit(days, 'day')}`;
  if (days < 365) return `in ${unit(Math.round(days / 30.4), 'month')}`;
  return `in ${unit(Math.round((days / 365) * 10) / 10, 'year')}`;
}
