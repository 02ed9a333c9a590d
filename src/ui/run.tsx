import { render } from 'ink';
import { EXIT } from '../cli/errors.js';
import { App, preloadScreen } from './App.js';
import type { AppServices, Route } from './context.js';

export { requireTerminal } from './terminal-check.js';

const ENTER_ALT_SCREEN = '\u001b[?1049h';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

export interface Streams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Runs the app on the alternate screen and returns its exit code. The terminal is restored on
 * every path: normal exit, Ctrl+C (130), SIGTERM/SIGHUP, or a crash. The farewell text (e.g.
 * the session summary) is printed after leaving the alternate screen, so it stays visible.
 */
export async function runApp(io: Streams, services: AppServices, initial: Route): Promise<number> {
  let code: number = EXIT.ok;
  let farewell: string | undefined;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    if (io.stdin.isTTY) io.stdin.setRawMode?.(false);
    io.stdout.write(`${SHOW_CURSOR}${LEAVE_ALT_SCREEN}`);
  };
  // A screen that fails to load shows its own message once rendered.
  await preloadScreen(initial.id).catch(() => undefined);
  io.stdout.write(ENTER_ALT_SCREEN);
  // Raw before the first frame: Ink turns it on only after drawing, and a key pressed in between
  // would reach the terminal's line editing (echoed, enter turned into a newline) and be lost.
  if (io.stdin.isTTY) io.stdin.setRawMode?.(true);
  process.once('exit', restore);
  const instance = render(
    <App
      services={services}
      initial={initial}
      onExit={(c, text) => {
        code = c;
        farewell = text;
      }}
    />,
    { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, exitOnCtrlC: false, patchConsole: false },
  );
  const onSignal = (signal: NodeJS.Signals) => {
    code = SIGNAL_CODES[signal] ?? EXIT.interrupted;
    instance.unmount();
  };
  const signals = Object.keys(SIGNAL_CODES) as NodeJS.Signals[];
  for (const s of signals) process.on(s, onSignal);
  // A bug outside React (a timer, a stream callback): leave the screen as it was, say what went
  // wrong in one line after it (no stack trace unless CLF_TRAINER_DEBUG), exit 1.
  const onCrash = (error: unknown) => {
    try {
      instance.unmount();
    } catch {
      // already broken: restoring the terminal is what matters
    }
    restore();
    io.stderr.write(`clf-trainer: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.CLF_TRAINER_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    process.exit(EXIT.input);
  };
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  try {
    await instance.waitUntilExit();
  } catch (error) {
    code = EXIT.input;
    farewell = `clf-trainer: unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    for (const s of signals) process.off(s, onSignal);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    instance.cleanup();
    restore();
    process.off('exit', restore);
  }
  if (farewell) (code === EXIT.ok || code === EXIT.interrupted ? io.stdout : io.stderr).write(`${farewell}\n`);
  return code;
}
