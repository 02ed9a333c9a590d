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

  constructor(args: readonly string[], { cols = 100, rows = 30, env = {} as Record<string, string> } = {}) {
    const vars = Object.entries({ TERM: 'xterm-256color', ...env }).map(([k, v]) => `${k}=${quote(v)}`);
    // The tmux server inherits CI=true on CI, which makes Ink print only final frames: a user's terminal has no CI.
    const command = `cd ${quote(ROOT)} && env -u CI -u FORCE_COLOR ${vars.join(' ')} ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}; echo "[exit $?]"; sleep 600`;
    this.tmux('new-session', '-d', '-s', 'main', '-x', String(cols), '-y', String(rows), command);
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
