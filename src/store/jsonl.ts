import { appendText, replaceFile, type AppendOptions } from './files.js';
import { openUserFile, UserFileError, type OpenFile } from './user-files.js';
import * as nodeFs from 'node:fs';

/**
 * Append-only JSON-lines files: whole lines, written in append mode (so two writers interleave
 * but never overwrite), readable by the user only, and robust to a torn last line. They are
 * read a megabyte at a time, so no line, however long, is ever one string larger than
 * MAX_LINE_BYTES: a longer line is damaged (kept in the file, reported, skipped).
 */

/** No line the trainer writes comes near this; a longer one is damaged, never read whole. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

/** One line of a file: its text, or undefined when it is longer than the limit. */
export interface TextLine {
  /** 1-based line number. */
  number: number;
  text: string | undefined;
  /** Its length in bytes, without the newline. */
  bytes: number;
  /** False for a last line without its newline. */
  ended: boolean;
}

export interface DamagedLine {
  line: number;
  text: string;
}

export interface ParsedLines<T> {
  values: T[];
  /** Lines that could not be read (kept in the file, reported, skipped). */
  damaged: DamagedLine[];
  /** A last line without its newline that is not a whole value: an interrupted write, ignored. */
  truncatedTail: boolean;
}

export interface JsonLines<T> {
  values: T[];
  /** 1-based numbers of lines that could not be read (kept in the file, skipped). */
  damaged: number[];
  /** A last line without its newline: an interrupted write, ignored. */
  truncatedTail: boolean;
}

/** The lines of a text. Pure. */
export function splitLines(text: string): TextLine[] {
  const parts = text.split('\n');
  const tail = parts.pop() ?? '';
  const lines = parts.map((line, i) => ({ number: i + 1, text: line, bytes: Buffer.byteLength(line), ended: true }));
  if (tail) lines.push({ number: parts.length + 1, text: tail, bytes: Buffer.byteLength(tail), ended: false });
  return lines;
}

/**
 * Parses JSON lines, keeping what `validate` accepts. A last line without its newline is kept
 * when it is whole (a hand edit dropped the newline) and ignored when it is torn (an
 * interrupted write). A line over the length limit is damaged. Pure.
 */
export function parseLines<T>(lines: Iterable<TextLine>, validate: (value: unknown) => T | undefined): ParsedLines<T> {
  const values: T[] = [];
  const damaged: DamagedLine[] = [];
  let truncatedTail = false;
  const read = (text: string): T | undefined => {
    try {
      return validate(JSON.parse(text));
    } catch {
      return undefined;
    }
  };
  for (const line of lines) {
    if (line.text === undefined) {
      damaged.push({ line: line.number, text: `(${line.bytes} bytes: longer than any line the trainer writes)` });
      continue;
    }
    if (!line.text.trim()) continue;
    const value = read(line.text);
    if (value !== undefined) values.push(value);
    else if (line.ended) damaged.push({ line: line.number, text: line.text.length > 200 ? `${line.text.slice(0, 200)}…` : line.text });
    else truncatedTail = true;
  }
  return { values, damaged, truncatedTail };
}

/** parseLines over a whole text, with damaged lines as numbers. Pure. */
export function parseJsonLines<T>(text: string, validate: (value: unknown) => T | undefined): JsonLines<T> {
  const parsed = parseLines(splitLines(text), validate);
  return { values: parsed.values, damaged: parsed.damaged.map((d) => d.line), truncatedTail: parsed.truncatedTail };
}

const CHUNK = 1024 * 1024;

/**
 * The lines of an open file between two byte offsets, read a megabyte at a time. A line longer
 * than `maxLineBytes` is not kept (its text is undefined), so memory stays bounded.
 */
export function* fileLines(file: OpenFile, { from = 0, to = file.size, maxLineBytes = MAX_LINE_BYTES, fs = nodeFs as Pick<typeof nodeFs, 'readSync'> } = {}): Generator<TextLine> {
  const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, to - from)));
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let number = 0;
  const line = (ended: boolean): TextLine => {
    const long = pendingBytes > maxLineBytes;
    const text = long ? undefined : Buffer.concat(pending, pendingBytes).toString('utf8');
    const result = { number: ++number, text, bytes: pendingBytes, ended };
    pending = [];
    pendingBytes = 0;
    return result;
  };
  for (let at = from; at < to; ) {
    const n = fs.readSync(file.fd, buffer, 0, Math.min(buffer.length, to - at), at);
    if (n === 0) break;
    at += n;
    let start = 0;
    for (let nl = buffer.indexOf(0x0a, 0); nl !== -1 && nl < n; nl = buffer.indexOf(0x0a, start)) {
      keep(buffer.subarray(start, nl));
      yield line(true);
      start = nl + 1;
    }
    if (start < n) keep(buffer.subarray(start, n));
  }
  if (pendingBytes > 0) yield line(false);

  function keep(piece: Buffer): void {
    // Only what fits under the limit is kept; the rest of a long line is counted, not held.
    if (pendingBytes + piece.length <= maxLineBytes) pending.push(Buffer.from(piece));
    else pending = [];
    pendingBytes += piece.length;
  }
}

/** Reads a JSON-lines file in chunks; a missing file is empty. Throws a UserFileError otherwise. */
export function readJsonLinesFile<T>(path: string, validate: (value: unknown) => T | undefined, shown = path): ParsedLines<T> {
  let file: OpenFile;
  try {
    file = openUserFile(path, { shown });
  } catch (error) {
    if (error instanceof UserFileError && error.reason === 'missing') return { values: [], damaged: [], truncatedTail: false };
    throw error;
  }
  try {
    return parseLines(fileLines(file), validate);
  } finally {
    file.close();
  }
}

export type { AppendOptions };
export { replaceFile };

/** Appends values as JSON lines, closing off a previous torn line first; a failed append leaves nothing behind. Creates the file 0600. */
export function appendJsonLines(path: string, values: readonly unknown[], options: AppendOptions = {}): void {
  if (values.length === 0) return;
  appendText(path, values.map((value) => `${JSON.stringify(value)}\n`).join(''), options);
}
