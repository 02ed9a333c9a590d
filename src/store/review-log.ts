import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { toRecord, type LogRecord } from '../core/progress/records.js';

export const REVIEW_LOG = 'reviews.jsonl';

export interface DamagedLine {
  line: number;
  text: string;
}

export interface LogContents {
  records: LogRecord[];
  /** Lines that could not be read (kept in the file, reported, skipped). */
  damaged: DamagedLine[];
  /** A last line without its newline: an interrupted write, ignored. */
  truncatedTail: boolean;
}

/** Parses the log text. Damaged lines are reported, never fatal. Pure. */
export function parseLog(text: string): LogContents {
  const records: LogRecord[] = [];
  const damaged: DamagedLine[] = [];
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const truncatedTail = tail.trim().length > 0;
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let record: LogRecord | undefined;
    try {
      record = toRecord(JSON.parse(line));
    } catch {
      record = undefined;
    }
    if (record) records.push(record);
    else damaged.push({ line: index + 1, text: line.length > 200 ? `${line.slice(0, 200)}…` : line });
  });
  return { records, damaged, truncatedTail };
}

export function readLog(dir: string): LogContents {
  let text: string;
  try {
    text = readFileSync(join(dir, REVIEW_LOG), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], damaged: [], truncatedTail: false };
    throw error;
  }
  return parseLog(text);
}

/**
 * Appends records as whole lines and flushes them to disk before returning. Opened in append
 * mode, so lines from two trainers on the same folder interleave but never overwrite each other.
 * A previous interrupted write (a last line without newline) is closed off first so the new
 * record starts on a line of its own.
 */
export function appendRecords(dir: string, records: readonly LogRecord[]): void {
  if (records.length === 0) return;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, REVIEW_LOG);
  const fd = openSync(path, 'a+', 0o600);
  try {
    const prefix = endsWithoutNewline(fd) ? '\n' : '';
    writeSync(fd, prefix + records.map((record) => `${JSON.stringify(record)}\n`).join(''));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function endsWithoutNewline(fd: number): boolean {
  const { size } = fstatSync(fd);
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}
