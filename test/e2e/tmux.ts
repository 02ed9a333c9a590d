import { execFileSync, spawnSync } from 'node:child_process';
import { BIN, ROOT } from './terminal.js';

/**
 * clf-trainer inside tmux, used as a real terminal emulator: capture() returns the screen as a
 * person would see it (what is left after every escape sequence was applied), so a garbled
 * screen (leftover lines, a frame drawn twice) shows up as text. Each instance runs its own tmux
 * server. Tests using it are skipped where tmux is not installed.
 */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

let count = 0;

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

export class TmuxTerminal {
  private readonly socket = `clf-test-${process.pid}-${++count}`;

  /**
   * Runs the trainer with `args`; with `shell`, an interactive bash (job control on, as in a
   * user's terminal) in which the trainer is started as a command line.
   */
  constructor(args: readonly string[], { cols = 100, rows = 30, env = {} as Record<string, string>, shell = false } = {}) {
    const vars = Object.entries({ TERM: 'xterm-256color', ...env }).map(([k, v]) => `${k}=${quote(v)}`);
    // The tmux server inherits CI=true on CI, which makes Ink print only final frames: a user's terminal has no CI.
    const trainer = `env -u CI -u FORCE_COLOR ${vars.join(' ')} ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}`;
    const command = shell ? `cd ${quote(ROOT)} && env -u CI PS1='$ ' bash --norc --noprofile -i` : `cd ${quote(ROOT)} && ${trainer}; echo "[exit $?]"; sleep 600`;
    this.tmux('new-session', '-d', '-s', 'main', '-x', String(cols), '-y', String(rows), command);
    if (shell) this.type(trainer);
  }

  /** Types a command line into the shell (shell mode) and runs it. */
  type(line: string): void {
    this.tmux('send-keys', '-t', 'main', '-l', line);
    this.tmux('send-keys', '-t', 'main', 'Enter');
  }

  /** Types text as one paste: bracketed when the program asked for it, as a terminal does. */
  paste(text: string): void {
    this.tmux('set-buffer', '-b', 'test', '--', text);
    this.tmux('paste-buffer', '-p', '-d', '-b', 'test', '-t', 'main');
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /** The visible screen, one string per row (trailing spaces removed). */
  capture(): string[] {
    return this.tmux('capture-pane', '-p', '-t', 'main').replace(/\n$/, '').split('\n').map((line) => line.trimEnd());
  }

  async waitFor(test: string | RegExp | ((screen: string) => boolean), timeoutMs = 15_000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const screen = this.capture().join('\n');
      const ok = typeof test === 'function' ? test(screen) : typeof test === 'string' ? screen.includes(test) : test.test(screen);
      if (ok) return screen;
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${String(test)}; screen:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  resize(cols: number, rows: number): void {
    this.tmux('resize-window', '-t', 'main', '-x', String(cols), '-y', String(rows));
  }

  /** Keys as tmux names them ("Enter", "C-c", "q"). */
  press(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'main', ...keys);
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}
