import { writeSync } from 'node:fs';

/** Where `print` writes, and what it falls back to. */
export interface PrintTarget {
  fd: number;
  /** Node's stream for the same descriptor, made only when the descriptor cannot take the text. */
  stream: () => { write(text: Uint8Array): unknown };
  /** Ends the program quietly when the reader has gone (`… | head`). */
  exit: (code: number) => void;
  platform: NodeJS.Platform;
}

/**
 * Writes text straight to a file descriptor (standard output by default). Node's stream for
 * stdout is made on first use and loads Node's stream modules (about 2 ms of a one-off command);
 * on POSIX it writes files, pipes and terminals synchronously too, so the output is the same.
 * A descriptor that is non-blocking and full hands the rest to the stream; a closed pipe ends
 * the program with 0, as the stream's handler does. On Windows the stream writes everything.
 */
export function print(text: string, target: PrintTarget): void {
  const bytes = Buffer.from(text, 'utf8');
  if (target.platform === 'win32') {
    target.stream().write(bytes);
    return;
  }
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(target.fd, bytes, at, bytes.length - at);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return target.exit(0);
    if (code !== 'EAGAIN') throw error;
    target.stream().write(bytes.subarray(at));
  }
}
