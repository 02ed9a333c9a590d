import { PassThrough } from 'node:stream';
import { main } from '../../src/cli.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  stdin?: string;
  now?: Date;
  /** Pretend stdin/stdout are terminals (they are still captured). */
  tty?: boolean;
  /** A stdin the test writes to (and ends) itself, instead of `stdin`. */
  input?: PassThrough;
}

/** Runs clf-trainer in this process with captured streams: fast, for non-interactive commands. */
export async function runCli(argv: string[], options: CliOptions = {}): Promise<CliResult> {
  const stdout = capture(options.tty);
  const stderr = capture(false);
  const stdin = (options.input ?? new PassThrough()) as unknown as NodeJS.ReadStream;
  (stdin as { isTTY?: boolean }).isTTY = options.tty ?? false;
  if (options.input) {
    // the test ends it
  } else if (options.stdin !== undefined) (stdin as unknown as PassThrough).end(options.stdin);
  else if (!options.tty) (stdin as unknown as PassThrough).end();
  const code = await main(argv, {
    stdin,
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: { ...options.env },
    cwd: options.cwd ?? process.cwd(),
    now: () => options.now ?? new Date('2026-11-25T12:00:00Z'),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function capture(tty = false) {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  Object.assign(stream, { isTTY: tty, columns: 100, rows: 30 });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => Buffer.concat(chunks).toString('utf8') };
}
