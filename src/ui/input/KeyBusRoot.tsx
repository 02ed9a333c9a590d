import { useStdin } from 'ink';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { KeyBusContext, type InputHandler, type KeyBus } from '../context.js';
import { createDecoder, type InputEvent } from './decode.js';

export interface KeyBusRootProps {
  children: ReactNode;
  /** Sees every event first; only those it returns true for reach the screens. */
  gate?: (event: InputEvent) => boolean;
}

/**
 * The key bus: reads the terminal (every piece of input Ink splits off is decoded here, never by
 * Ink's own key parsing, which stops the program on some sequences) and hands each event to the
 * components that subscribed, in the order they did.
 */
export function KeyBusRoot({ children, gate }: KeyBusRootProps) {
  const handlers = useRef(new Set<InputHandler>());
  const bus: KeyBus = useMemo(() => ({ subscribe: (handler) => (handlers.current.add(handler), () => void handlers.current.delete(handler)) }), []);
  const latestGate = useRef(gate);
  latestGate.current = gate;
  const { internal_eventEmitter: emitter, setRawMode, isRawModeSupported } = useStdin();
  useEffect(() => {
    if (isRawModeSupported) setRawMode(true);
    const decoder = createDecoder();
    const onInput = (piece: unknown) => {
      if (typeof piece !== 'string') return;
      for (const event of decoder.push(piece)) {
        if (latestGate.current && !latestGate.current(event)) continue;
        // A handler may close a screen: one that unsubscribed meanwhile hears nothing more.
        for (const handler of [...handlers.current]) if (handlers.current.has(handler)) handler(event);
      }
    };
    emitter.on('input', onInput);
    return () => {
      emitter.off('input', onInput);
      if (isRawModeSupported) setRawMode(false);
    };
  }, [emitter, setRawMode, isRawModeSupported]);
  return <KeyBusContext.Provider value={bus}>{children}</KeyBusContext.Provider>;
}
