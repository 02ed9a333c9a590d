import { useCallback, useRef, useState, type MutableRefObject } from 'react';

/**
 * State whose latest value is readable at once through a ref. Ink's useInput re-subscribes
 * after each render, so keys typed back to back can reach a handler from an earlier render:
 * handlers read `ref.current` (never the render's value) to act on the latest state.
 */
export function useLiveState<T>(initial: T | (() => T)): [T, (next: T | ((old: T) => T)) => void, MutableRefObject<T>] {
  const [value, setValue] = useState(initial);
  const ref = useRef(value);
  const set = useCallback((next: T | ((old: T) => T)) => {
    ref.current = typeof next === 'function' ? (next as (old: T) => T)(ref.current) : next;
    setValue(ref.current);
  }, []);
  return [value, set, ref];
}
