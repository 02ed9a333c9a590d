import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toRecord, type LogRecord } from '../core/progress/records.js';
import { StorageError } from './errors.js';
import { describeCode } from './files.js';
import { appendJsonLines, parseJsonLines } from './jsonl.js';

/** reviews.jsonl, the file: its name, reading and parsing it, appending to it. */

export const REVIEW_LOG = 'reviews.jsonl';

export interface DamagedLine {
  line: number;
  text: string;
}

export interface LogContents {
  records: LogRecord[];
  /** Lines that could not be read (kept in the file, reported, skipped). */
  damaged: DamagedLine[];
  /** A last line without its newline that is not a whole record: an interrupted write, ignored. */
  truncatedTail: boolean;
}

/**
 * Parses the log text. Damaged lines are reported, never fatal. A last line without its
 * newline is kept when it is a whole record (an editor dropped the newline) and ignored when
 * torn. Pure.
 */
export function parseLog(text: string): LogContents {
  const parsed = parseJsonLines(text, toRecord);
  const lines = parsed.damaged.length ? text.split('\n') : [];
  const clip = (line: string) => (line.length > 200 ? `${line.slice(0, 200)}…` : line);
  return { records: parsed.values, damaged: parsed.damaged.map((line) => ({ line, text: clip(lines[line - 1] ?? '') })), truncatedTail: parsed.truncatedTail };
}

export function readLog(dir: string): LogContents {
  let text: string;
  try {
    text = readFileSync(join(dir, REVIEW_LOG), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { records: [], damaged: [], truncatedTail: false };
    throw new StorageError(`cannot read your progress in ${join(dir, REVIEW_LOG)}: ${describeCode(code)}`, code, join(dir, REVIEW_LOG));
  }
  return parseLog(text);
}

/**
 * Appends records as whole lines and flushes them to disk before returning. Opened in append
 * mode, so lines from two trainers on the same folder interleave but never overwrite each other.
 * A previous interrupted write (a last line without newline) is closed off first so the new
 * record starts on a line of its own; a failed append (a full disk) leaves nothing behind.
 */
export function appendRecords(dir: string, records: readonly LogRecord[]): void {
  appendJsonLines(join(dir, REVIEW_LOG), records);
}

