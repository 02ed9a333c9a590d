import { useState } from 'react';
import { follow, pageSize, scrollBy, viewport } from '../layout/viewport.js';

export interface ScrollControl {
  offset: number;
  by(delta: number): void;
  page(direction: 1 | -1): void;
  top(): void;
  bottom(): void;
}

/**
 * A scroll position for `total` lines in `height` rows. When `focus` (a line range) changes,
 * the view scrolls just enough to show it, e.g. to keep the highlighted option visible.
 */
export function useScrollOffset(total: number, height: number, focus?: readonly [number, number]): ScrollControl {
  const [offset, setOffset] = useState(0);
  const [lastFocus, setLastFocus] = useState<string | undefined>(undefined);
  const focusKey = focus ? `${focus[0]}:${focus[1]}:${total}:${height}` : undefined;
  let current = offset;
  if (focus && focusKey !== lastFocus) {
    current = follow(offset, total, height, focus[0], focus[1]);
    setLastFocus(focusKey);
    if (current !== offset) setOffset(current);
  }
  const start = viewport(total, height, current).start;
  return {
    offset: start,
    by: (delta) => setOffset(scrollBy(start, delta, total, height)),
    page: (direction) => setOffset(scrollBy(start, direction * pageSize(height), total, height)),
    top: () => setOffset(0),
    bottom: () => setOffset(viewport(total, height, total).maxOffset),
  };
}
