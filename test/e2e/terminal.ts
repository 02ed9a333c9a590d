import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..');
/** The launcher under test; CLF_TRAINER_E2E_BIN runs the suite against another built copy. */
export const BIN = process.env.CLF_TRAINER_E2E_BIN ?? join(ROOT, 'bin', 'clf-trainer.js');

/** Named keys as a terminal sends them. */
export const KEYS = {
  enter: '\r',
  escape: '\u001b',
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  space: ' ',
  ctrlC: '\u0003',
  backspace: '\u007f',
  tab: '\t',
} as const;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export interface TerminalOptions {
  cols?: number;
  rows?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Have the host report the terminal's line mode after the program ends (see modes()). */
  reportModes?: boolean;
}

/**
 * clf-trainer running in a real pseudo-terminal (Python's pty module): raw mode, window size
 * and signals behave as in a user's terminal. Output is kept raw and with escapes stripped.
 */
export class Terminal {
  private raw = '';
  private mark = 0;
  private readonly child: ChildProcess;
  private readonly exited: Promise<number>;
  private report = '';

  constructor(args: readonly string[], options: TerminalOptions = {}) {
    const { cols = 100, rows = 30 } = options;
    const report = options.reportModes ? ['--report'] : [];
    this.child = spawn('python3', [join(here, 'pty-host.py'), String(cols), String(rows), ...report, '--', process.execPath, BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, TERM: 'xterm-256color', FORCE_COLOR: undefined, CI: undefined, ...options.env },
      stdio: ['pipe', 'pipe', 'inherit', 'pipe'],
    });
    this.child.stdout!.setEncoding('utf8');
    this.child.stdout!.on('data', (chunk: string) => {
      this.raw += chunk;
    });
    (this.child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      this.report += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  }

  /** Everything drawn so far, escapes stripped. */
  output(): string {
    return stripAnsi(this.raw);
  }

  /** Raw bytes drawn so far (escape sequences included). */
  rawOutput(): string {
    return this.raw;
  }

  /** Only what was drawn since the last call to `since()` or `waitFor()`. */
  recent(): string {
    return stripAnsi(this.raw.slice(this.mark));
  }

  /** Forget earlier output for the next waitFor. */
  since(): void {
    this.mark = this.raw.length;
  }

  write(keys: string): void {
    this.child.stdin!.write(keys);
  }

  press(...keys: (keyof typeof KEYS | string)[]): void {
    for (const key of keys) this.write(key in KEYS ? KEYS[key as keyof typeof KEYS] : key);
  }

  resize(cols: number, rows: number): void {
    (this.child.stdio[3] as Writable).write(`resize ${cols} ${rows}\n`);
  }

  signal(name: NodeJS.Signals): void {
    (this.child.stdio[3] as Writable).write(`signal ${name}\n`);
  }

  /** Waits until `text` (or a match of the pattern) appears in the output since the last mark. */
  async waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const recent = this.recent();
      const found = typeof text === 'string' ? recent.includes(text) : text.test(recent);
      if (found) {
        this.since();
        return recent;
      }
      if (Date.now() - start > timeoutMs) {
        throw new Error(`timed out waiting for ${String(text)}; recent output:\n${recent.slice(-3000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Resolves with the exit code (128 + n when killed by signal n). */
  exit(timeoutMs = 15_000): Promise<number> {
    return Promise.race([
      this.exited,
      new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`did not exit; output:\n${this.output().slice(-2000)}`)), timeoutMs)),
    ]);
  }

  /** With reportModes, once the program ended: whether the terminal is back in line mode with echo. */
  async modes(timeoutMs = 15_000): Promise<{ icanon: boolean; echo: boolean }> {
    const start = Date.now();
    for (;;) {
      const match = /modes icanon=(\d) echo=(\d)/.exec(this.report);
      if (match) return { icanon: match[1] === '1', echo: match[2] === '1' };
      if (Date.now() - start > timeoutMs) throw new Error('no terminal modes reported (reportModes not set, or the program still runs)');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
