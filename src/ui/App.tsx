import { Box, Text, useApp } from 'ink';
import { useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { EXIT } from '../app/exit-codes.js';
import { printable } from '../core/bank/sanitize.js';
import { TooSmall } from './components/TooSmall.js';
import { HelpContext, NavContext, NoticesContext, ReplaceServicesContext, ServicesContext, type AppServices, type Nav } from './context.js';
import { isTooSmall, TerminalSizeOverride, useTerminalSize, type TerminalSize } from './hooks/useTerminalSize.js';
import { keysOf, type InputEvent } from './input/decode.js';
import { KeyBusRoot } from './input/KeyBusRoot.js';
import type { Route } from './routes.js';
import { HomeScreen } from './screens/Home.js';
import { SCREENS } from './screens/registry.js';

/** What the app may ask of the terminal it runs in (absent in tests). */
export interface TerminalControl {
  /** Ctrl+Z: give the terminal back to the shell and stop, as a terminal program does. */
  suspend(): void;
  /** Called when the program continues after a stop (fg): the screen must be drawn again. */
  onResume(listener: () => void): () => void;
}

export interface AppProps {
  services: AppServices;
  /** The first screen: home, or the screen a command opens directly. */
  initial: Route;
  /** Fixes the terminal size (tests); otherwise read from the output stream. */
  size?: TerminalSize;
  terminal?: TerminalControl;
  /** Called once when the app leaves, with the exit code and the farewell text. */
  onExit?: (code: number, farewell: string | undefined) => void;
}

interface StackEntry {
  route: Route;
  serial: number;
}

/** Loads a screen's code ahead of the first render, so the first frame is the screen itself (no "Loading…"). */
export async function preloadScreen(route: Route): Promise<void> {
  if (route.id !== 'home') await SCREENS[route.id].load();
}

/** How long the screen stays blank after the program continues from a stop, so the whole frame is drawn again. */
const REDRAW_MS = 50;

/**
 * The root: a stack of screens (push / replace / back), the services, help and key-bus contexts,
 * the one too-small guard, and the single place the app exits from (Ctrl+C included, code 130).
 */
export function App({ services: initialServices, initial, size: fixedSize, terminal, onExit }: AppProps) {
  const app = useApp();
  const [services, setServices] = useState(initialServices);
  const size = useTerminalSize(fixedSize);
  const small = isTooSmall(size);
  const serial = useRef(0);
  const [stack, setStack] = useState<StackEntry[]>(() => [{ route: initial, serial: 0 }]);
  const [helpOpen, setHelpOpen] = useState(false);
  const [blank, setBlank] = useState(false);
  // Start-up notices stay on the first screen until a key is pressed (the key still does its job).
  const [notices, setNotices] = useState<readonly string[]>(services.notices ?? []);
  const farewell = useRef<string | undefined>(undefined);
  const exited = useRef(false);

  const exit = (code: number = EXIT.ok) => {
    if (exited.current) return;
    exited.current = true;
    onExit?.(code, farewell.current);
    app.exit();
  };

  /** The app's own keys, before any screen: Ctrl+C and Ctrl+Z always; nothing else while the screen is not shown. */
  const gate = (event: InputEvent): boolean => {
    const keys = event.type === 'key' ? [event.name] : event.pasted ? [] : keysOf(event.text);
    setNotices((shown) => (shown.length ? [] : shown));
    if (keys.includes('ctrl+c')) {
      exit(EXIT.interrupted);
      return false;
    }
    if (event.type === 'key' && event.name === 'ctrl+z') {
      terminal?.suspend();
      return false;
    }
    // Nothing acts on a screen the learner cannot see.
    return !small && !blank;
  };

  useEffect(() => {
    if (!terminal) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = terminal.onResume(() => {
      // A blank frame, then the screen: Ink draws only what changed, and the terminal shows nothing yet.
      setBlank(true);
      clearTimeout(timer);
      timer = setTimeout(() => setBlank(false), REDRAW_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [terminal]);

  const nav: Nav = useMemo(
    () => ({
      push: (route) => {
        setHelpOpen(false);
        setStack((s) => [...s, { route, serial: ++serial.current }]);
      },
      replace: (route) => {
        setHelpOpen(false);
        setStack((s) => [...s.slice(0, -1), { route, serial: ++serial.current }]);
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
      <ReplaceServicesContext.Provider value={setServices}>
        <KeyBusRoot gate={gate}>
          <NavContext.Provider value={nav}>
            <HelpContext.Provider value={{ open: helpOpen, setOpen: setHelpOpen }}>
              <TerminalSizeOverride.Provider value={size}>
                <NoticesContext.Provider value={notices}>
                  {/* Hidden, not unmounted, while the window is too small: every screen keeps its state. */}
                  <Box display={small || blank ? 'none' : 'flex'} flexDirection="column">
                    <ScreenHost key={top.serial} route={top.route} />
                  </Box>
                </NoticesContext.Provider>
                {small && !blank && <TooSmall size={size} />}
              </TerminalSizeOverride.Provider>
            </HelpContext.Provider>
          </NavContext.Provider>
        </KeyBusRoot>
      </ReplaceServicesContext.Provider>
    </ServicesContext.Provider>
  );
}

function ScreenHost({ route }: { route: Route }) {
  const [ready, setReady] = useState(() => route.id === 'home' || SCREENS[route.id].loaded() !== undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (ready || route.id === 'home') return undefined;
    let live = true;
    SCREENS[route.id].load().then(
      () => live && setReady(true),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [route.id, ready]);
  if (error) return <Text color="red">Cannot open this screen: {printable(error, { oneLine: true })}</Text>;
  if (!ready) return <Box><Text dimColor>Loading…</Text></Box>;
  return screenFor(route);
}

/** The loaded screen for a route, given the route it opens with. */
function screenFor(route: Route): ReactNode {
  switch (route.id) {
    case 'home':
      return <HomeScreen />;
    case 'study':
      return render(SCREENS.study.loaded(), route);
    case 'review':
      return render(SCREENS.review.loaded(), route);
    case 'exam':
      return render(SCREENS.exam.loaded(), route);
    case 'solver':
      return render(SCREENS.solver.loaded(), route);
    case 'stats':
      return render(SCREENS.stats.loaded(), route);
    case 'summary':
      return render(SCREENS.summary.loaded(), route);
    case 'attempts':
      return render(SCREENS.attempts.loaded(), route);
    case 'search':
      return render(SCREENS.search.loaded(), route);
    case 'study-setup':
      return render(SCREENS['study-setup'].loaded(), route);
    case 'exam-setup':
      return render(SCREENS['exam-setup'].loaded(), route);
    case 'settings':
      return render(SCREENS.settings.loaded(), route);
  }
}

function render<R extends Route>(Screen: ComponentType<{ route: R }> | undefined, route: R): ReactNode {
  return Screen ? <Screen route={route} /> : null;
}
