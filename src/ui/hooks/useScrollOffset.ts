import { useState } from 'react';
import { follow, pageSize, scrollBy, viewport } from '../layout/viewport.js';

export interface ScrollControl {
  offset: number;
  by(delta: number): void;
  page(direction: 1 | -1): void;
  top(): void;
  bottom(): void;
  /** Applies a SCROLL/PAGE binding's action; false when the action is not a scroll action. */
  apply(action: string): boolean;
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
  const control: Omit<ScrollControl, 'apply'> = {
    offset: start,
    by: (delta) => setOffset(scrollBy(start, delta, total, height)),
    page: (direction) => setOffset(scrollBy(start, direction * pageSize(height), total, height)),
    top: () => setOffset(0),
    bottom: () => setOffset(viewport(total, height, total).maxOffset),
  };
  const actions: Record<string, () => void> = {
    scrollUp: () => control.by(-1),
    scrollDown: () => control.by(1),
    pageUp: () => control.page(-1),
    pageDown: () => control.page(1),
    top: control.top,
    bottom: control.bottom,
  };
  return {
    ...control,
    apply: (action) => {
      const act = actions[action];
      act?.();
      return act !== undefined;
    },
  };
}
