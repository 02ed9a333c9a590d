import { join } from 'node:path';
import { printable } from '../core/bank/sanitize.js';
import { toRecord, type LogRecord } from '../core/progress/records.js';
import { StorageError } from './errors.js';
import { appendJsonLines, parseLines, readJsonLinesFile, splitLines, type DamagedLine, type ParsedLines, type TextLine } from './jsonl.js';
import { whyUnreadable } from './user-files.js';

/**
 * reviews.jsonl, the file: its name, reading and parsing it, appending to it. It is read through
 * the user-file reader a megabyte at a time, so a line of any length is damaged, never fatal.
 */

export const REVIEW_LOG = 'reviews.jsonl';

export type { DamagedLine };

export interface LogContents {
  records: LogRecord[];
  /** Lines that could not be read (kept in the file, reported, skipped). */
  damaged: DamagedLine[];
  /** A last line without its newline that is not a whole record: an interrupted write, ignored. */
  truncatedTail: boolean;
}

const contents = ({ values, damaged, truncatedTail }: ParsedLines<LogRecord>): LogContents => ({ records: values, damaged, truncatedTail });

/**
 * Parses the log's lines. Damaged lines (a line over the length limit included) are reported,
 * never fatal. A last line without its newline is kept when it is a whole record (an editor
 * dropped the newline) and ignored when torn. Pure.
 */
export function parseLogLines(lines: Iterable<TextLine>): LogContents {
  return contents(parseLines(lines, toRecord));
}

/** parseLogLines over a whole text. Pure. */
export function parseLog(text: string): LogContents {
  return parseLogLines(splitLines(text));
}

/** "cannot read your progress in …: permission denied" */
export function logReadError(error: unknown, path: string): StorageError {
  return new StorageError(`cannot read your progress in ${printable(path, { oneLine: true })}: ${whyUnreadable(error)}`, (error as { code?: string }).code, path);
}

/** The whole log, read in chunks; a missing log is empty. */
export function readLog(dir: string): LogContents {
  const path = join(dir, REVIEW_LOG);
  try {
    return contents(readJsonLinesFile(path, toRecord));
  } catch (error) {
    throw logReadError(error, path);
  }
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
