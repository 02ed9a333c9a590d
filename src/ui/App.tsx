import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { HelpContext, KeyBusContext, NavContext, ServicesContext, type AppServices, type KeyBus, type KeyHandler, type Nav, type Route } from './context.js';
import { TerminalSizeOverride, type TerminalSize } from './hooks/useTerminalSize.js';
import { EXIT } from '../cli/errors.js';
import { HomeScreen } from './screens/Home.js';
import { findScreen, type ScreenComponent } from './screens/registry.js';

export interface AppProps {
  services: AppServices;
  /** The first screen: 'home', or the screen a command opens directly. */
  initial: Route;
  /** Fixes the terminal size (tests); otherwise read from the output stream. */
  size?: TerminalSize;
  /** Called once when the app leaves, with the exit code and the farewell text. */
  onExit?: (code: number, farewell: string | undefined) => void;
}

interface StackEntry extends Route {
  serial: number;
}

const loaded = new Map<string, ScreenComponent>();

/** Loads a screen's code ahead of the first render, so the first frame is the screen itself (no "Loading…"). */
export async function preloadScreen(id: string): Promise<void> {
  const entry = id === 'home' ? undefined : findScreen(id);
  if (entry && !loaded.has(id)) loaded.set(id, await entry.load());
}

/**
 * The root: a stack of screens (push / replace / back), the services and help contexts, and the
 * single place the app exits from (Ctrl+C included, with code 130).
 */
export function App({ services, initial, size, onExit }: AppProps) {
  const app = useApp();
  const serial = useRef(0);
  const [stack, setStack] = useState<StackEntry[]>(() => [{ ...initial, serial: 0 }]);
  const [helpOpen, setHelpOpen] = useState(false);
  const farewell = useRef<string | undefined>(undefined);
  const exited = useRef(false);

  const exit = (code: number = EXIT.ok) => {
    if (exited.current) return;
    exited.current = true;
    onExit?.(code, farewell.current);
    app.exit();
  };

  const handlers = useRef(new Set<KeyHandler>());
  const bus: KeyBus = useMemo(() => ({ subscribe: (handler) => (handlers.current.add(handler), () => void handlers.current.delete(handler)) }), []);
  useInput((input, key) => {
    if (key.ctrl && input === 'c') exit(EXIT.interrupted);
    else for (const handler of [...handlers.current]) handler(input, key);
  });

  const nav: Nav = useMemo(
    () => ({
      push: (id, params) => {
        setHelpOpen(false);
        setStack((s) => [...s, { id, params, serial: ++serial.current }]);
      },
      replace: (id, params) => {
        setHelpOpen(false);
        setStack((s) => [...s.slice(0, -1), { id, params, serial: ++serial.current }]);
      },
      back: () => {
        setHelpOpen(false);
        if (stack.length <= 1) exit(EXIT.ok);
        else setStack((s) => s.slice(0, -1));
      },
      exit,
      farewell: (text) => {
        farewell.current = text;
      },
      canGoBack: stack.length > 1,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stack.length],
  );

  const top = stack[stack.length - 1]!;
  return (
    <ServicesContext.Provider value={services}>
      <KeyBusContext.Provider value={bus}>
        <NavContext.Provider value={nav}>
          <HelpContext.Provider value={{ open: helpOpen, setOpen: setHelpOpen }}>
            <TerminalSizeOverride.Provider value={size}>
              <ScreenHost key={top.serial} route={top} />
            </TerminalSizeOverride.Provider>
          </HelpContext.Provider>
        </NavContext.Provider>
      </KeyBusContext.Provider>
    </ServicesContext.Provider>
  );
}

function ScreenHost({ route }: { route: Route }) {
  const [Screen, setScreen] = useState<ScreenComponent | undefined>(() => (route.id === 'home' ? undefined : loaded.get(route.id)));
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (route.id === 'home' || Screen) return;
    const entry = findScreen(route.id);
    if (!entry) {
      setError(`no screen called "${route.id}"`);
      return;
    }
    let live = true;
    entry.load().then(
      (component) => {
        loaded.set(route.id, component);
        if (live) setScreen(() => component);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [route.id, Screen]);
  if (route.id === 'home') return <HomeScreen />;
  if (error) return <Text color="red">Cannot open this screen: {error}</Text>;
  if (!Screen) return <Box><Text dimColor>Loading…</Text></Box>;
  return <Screen params={route.params} />;
}
