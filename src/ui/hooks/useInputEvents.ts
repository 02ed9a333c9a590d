import { useContext, useLayoutEffect, useRef } from 'react';
import { KeyBusContext, type InputHandler } from '../context.js';

/**
 * Receives every input event while `active`, through the app's key bus, subscribed in the same
 * commit that draws the component: a key typed the moment a screen appears is not lost. The
 * latest handler is always the one called.
 */
export function useInputEvents(handler: InputHandler, active = true): void {
  const bus = useContext(KeyBusContext);
  const latest = useRef(handler);
  latest.current = handler;
  useLayoutEffect(() => {
    if (!bus || !active) return undefined;
    return bus.subscribe((event) => latest.current(event));
  }, [bus, active]);
}
