import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toRecord, type LogRecord } from '../core/progress/records.js';
import { describeCode, StorageError } from './files.js';
import { appendJsonLines } from './jsonl.js';

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

function readRecord(line: string): LogRecord | undefined {
  try {
    return toRecord(JSON.parse(line));
  } catch {
    return undefined;
  }
}

/**
 * Parses the log text. Damaged lines are reported, never fatal. A last line without its
 * newline is kept when it is a whole record (an editor dropped the newline) and ignored when
 * torn. Pure.
 */
export function parseLog(text: string): LogContents {
  const records: LogRecord[] = [];
  const damaged: DamagedLine[] = [];
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const record = readRecord(line);
    if (record) records.push(record);
    else damaged.push({ line: index + 1, text: line.length > 200 ? `${line.slice(0, 200)}…` : line });
  });
  const last = tail.trim() ? readRecord(tail) : undefined;
  if (last) records.push(last);
  return { records, damaged, truncatedTail: tail.trim().length > 0 && !last };
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
