/**
 * Times in progress files and backups are strict ISO 8601 with a zone, as the trainer writes
 * them ("2026-11-25T12:00:00.000Z"). Date.parse alone is far more lenient: it accepts
 * "2026-01-01 (any text)" (the parentheses are a comment to it), "2026-02-30" and years before
 * 1970, none of which the trainer ever writes. No review predates the Unix epoch.
 */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a strict ISO time with a zone, on a real calendar day, not before 1970. */
export function isIsoTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return false;
  const ms = Date.parse(value);
  return !Number.isNaN(ms) && ms >= 0;
}
