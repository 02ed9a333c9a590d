import { useContext, useLayoutEffect, useRef } from 'react';
import { useInput } from 'ink';
import { KeyBusContext, type KeyHandler } from '../context.js';

/**
 * Receives every keypress while `active`. Inside <App> it listens through the app's key bus,
 * subscribed in the same commit that draws the component, so a key typed the moment a screen
 * appears is not lost; outside <App> (a component rendered alone in a test) through useInput.
 */
export function useKeyHandler(handler: KeyHandler, active = true): void {
  const bus = useContext(KeyBusContext);
  const latest = useRef(handler);
  latest.current = handler;
  useLayoutEffect(() => {
    if (!bus || !active) return undefined;
    return bus.subscribe((input, key) => latest.current(input, key));
  }, [bus, active]);
  useInput(handler, { isActive: !bus && active });
}
