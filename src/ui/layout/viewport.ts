/**
 * Scrolling arithmetic. When content is taller than the space it has, one line above and one
 * below say how much is hidden, so nothing is ever cut off unseen.
 */

export interface Viewport {
  /** First content line shown. */
  start: number;
  /** Number of content lines shown. */
  count: number;
  /** Lines hidden above and below. */
  above: number;
  below: number;
  /** True when the indicator lines are drawn. */
  scrolling: boolean;
  /** Largest valid offset. */
  maxOffset: number;
}

export function viewport(total: number, height: number, offset: number): Viewport {
  const h = Math.max(1, height);
  if (total <= h) return { start: 0, count: total, above: 0, below: 0, scrolling: false, maxOffset: 0 };
  const rows = Math.max(1, h - 2);
  const maxOffset = Math.max(0, total - rows);
  const start = Math.min(Math.max(0, offset), maxOffset);
  return { start, count: rows, above: start, below: total - start - rows, scrolling: true, maxOffset };
}

/** The smallest change of offset that brings lines [from, to) into view. */
export function follow(offset: number, total: number, height: number, from: number, to: number): number {
  const v = viewport(total, height, offset);
  if (!v.scrolling) return 0;
  let next = v.start;
  if (to - from >= v.count) next = from;
  else if (from < next) next = from;
  else if (to > next + v.count) next = to - v.count;
  return Math.min(Math.max(0, next), v.maxOffset);
}

/** Offset after scrolling by `delta` lines, clamped. */
export function scrollBy(offset: number, delta: number, total: number, height: number): number {
  const v = viewport(total, height, offset);
  return Math.min(Math.max(0, v.start + delta), v.maxOffset);
}

/** Lines a page scroll moves. */
export function pageSize(height: number): number {
  return Math.max(1, height - 3);
}
