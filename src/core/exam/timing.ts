/**
 * The clock as the user sees it. The real driver warns at 30 and 5 minutes of 90; scaled to
 * any length that is a third of the time, and the last tenth.
 */

export type TimeWarning = 'none' | 'third' | 'final';

export const THIRD_LEFT = 1 / 3;
export const FINAL_LEFT = 0.1;

export function timeWarning(remainingMs: number, durationMs: number): TimeWarning {
  if (durationMs <= 0) return 'none';
  const left = remainingMs / durationMs;
  if (left <= FINAL_LEFT) return 'final';
  if (left <= THIRD_LEFT) return 'third';
  return 'none';
}

export const WARNING_TEXT: Record<Exclude<TimeWarning, 'none'>, string> = {
  third: 'a third of the time left',
  final: 'last 10% of the time',
};

/** Seconds shown on the clock: rounded up, so 0:00 is shown exactly when time is up. */
export function clockSeconds(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000));
}

/** mm:ss (minutes can exceed 59: a 90-minute exam starts at 90:00). */
export function formatClock(remainingMs: number): string {
  const seconds = clockSeconds(remainingMs);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Milliseconds until the clock's display next changes (at most one second). */
export function msUntilNextSecond(remainingMs: number): number {
  if (remainingMs <= 0) return 0;
  const rest = remainingMs % 1000;
  return rest === 0 ? 1000 : rest;
}

/** A duration in words for results: "42 s", "3 min 05 s", "1 min", "1 h 02 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(Math.max(0, ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${String(seconds % 60).padStart(2, '0')} s` : `${minutes} min`;
  return minutes % 60 ? `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min` : `${Math.floor(minutes / 60)} h`;
}
