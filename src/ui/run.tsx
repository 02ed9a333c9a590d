import { render } from 'ink';
import { EXIT } from '../app/exit-codes.js';
import { FIRST_FRAME_DRAWN } from '../app/first-frame.js';
import { printable } from '../core/bank/sanitize.js';
import { App, preloadScreen, type TerminalControl } from './App.js';
import type { AppServices } from './context.js';
import { PASTE_OFF, PASTE_ON } from './input/decode.js';
import type { Route } from './routes.js';
import { joiningStream } from './terminal/soft-wrap.js';

export { requireTerminal } from './terminal-check.js';

const ENTER_ALT_SCREEN = '\u001b[?1049h';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';
const CURSOR_HOME_CLEAR = '\u001b[H\u001b[2J';

export interface Streams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * The full-screen terminal: the alternate screen, raw mode and bracketed paste, and giving them
 * back to the shell and taking them again around a stop (Ctrl+Z, then fg).
 */
function fullScreen(io: Streams): TerminalControl & { enter(): void; leave(): void; close(): void } {
  const tty = io.stdin.isTTY === true;
  const listeners = new Set<() => void>();
  let inside = false;
  const enter = () => {
    io.stdout.write(`${ENTER_ALT_SCREEN}${inside ? CURSOR_HOME_CLEAR : ''}${PASTE_ON}`);
    // Raw before the first frame: Ink turns it on only after drawing, and a key pressed in between
    // would reach the terminal's line editing (echoed, enter turned into a newline) and be lost.
    // Off first: after a stop the shell may have reset the terminal while Node still thinks it raw.
    if (tty) {
      io.stdin.setRawMode?.(false);
      io.stdin.setRawMode?.(true);
    }
    inside = true;
  };
  const leave = () => {
    if (tty) io.stdin.setRawMode?.(false);
    io.stdout.write(`${PASTE_OFF}${SHOW_CURSOR}${LEAVE_ALT_SCREEN}`);
  };
  const resumed = () => {
    enter();
    for (const listener of [...listeners]) listener();
  };
  const suspend = () => {
    leave();
    // Stop the whole job, as the terminal does for Ctrl+Z in a program that is not in raw mode: with
    // our own handler off, SIGTSTP's default action stops this process too. The shell's fg continues it.
    process.off('SIGTSTP', suspend);
    try {
      process.kill(0, 'SIGTSTP');
    } finally {
      process.on('SIGTSTP', suspend);
    }
    // Here the program runs again (or the stop was refused, when no shell could continue it).
    resumed();
  };
  // A stop from outside (kill -STOP) gives no warning: take the terminal back whenever continued.
  const onContinue = () => resumed();
  process.on('SIGTSTP', suspend);
  process.on('SIGCONT', onContinue);
  return {
    enter,
    leave,
    suspend,
    onResume: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    close() {
      process.off('SIGTSTP', suspend);
      process.off('SIGCONT', onContinue);
    },
  };
}

/**
 * Runs the app on the alternate screen and returns its exit code. The terminal is restored on
 * every path: normal exit, Ctrl+C (130), SIGTERM/SIGHUP, or a crash. The farewell text (e.g.
 * the session summary) is printed after leaving the alternate screen, so it stays visible.
 */
export async function runApp(io: Streams, services: AppServices, initial: Route): Promise<number> {
  let code: number = EXIT.ok;
  let farewell: string | undefined;
  let restored = false;
  const screen = fullScreen(io);
  const restore = () => {
    if (restored) return;
    restored = true;
    screen.close();
    screen.leave();
  };
  // A screen that fails to load shows its own message once rendered.
  await preloadScreen(initial).catch(() => undefined);
  screen.enter();
  process.once('exit', restore);
  const instance = render(
    <App
      services={services}
      initial={initial}
      terminal={screen}
      onExit={(c, text) => {
        code = c;
        farewell = text;
      }}
    />,
    { stdin: io.stdin, stdout: joiningStream(io.stdout), stderr: io.stderr, exitOnCtrlC: false, patchConsole: false },
  );
  // Ink draws the first frame within render().
  (process as NodeJS.EventEmitter).emit(FIRST_FRAME_DRAWN);
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
    io.stderr.write(`clf-trainer: unexpected error: ${printable(error instanceof Error ? error.message : String(error), { oneLine: true })}\n`);
    if (process.env.CLF_TRAINER_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${printable(error.stack)}\n`);
    process.exit(EXIT.input);
  };
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  // A screen that failed (a progress file it cannot read, a bug) ends the app; the error is
  // reported like any command's, once the terminal is restored.
  let failed: { error: unknown } | undefined;
  try {
    await instance.waitUntilExit();
  } catch (error) {
    failed = { error };
  } finally {
    for (const s of signals) process.off(s, onSignal);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    instance.cleanup();
    restore();
    process.off('exit', restore);
  }
  if (failed) throw failed.error;
  if (farewell) (code === EXIT.ok || code === EXIT.interrupted ? io.stdout : io.stderr).write(`${printable(farewell)}\n`);
  return code;
}
