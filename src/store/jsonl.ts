import { appendText, replaceFile, type AppendOptions } from './files.js';

/**
 * Append-only JSON-lines files: whole lines, written in append mode (so two writers interleave
 * but never overwrite), readable by the user only, and robust to a torn last line.
 */

export interface JsonLines<T> {
  values: T[];
  /** 1-based numbers of lines that could not be read (kept in the file, skipped). */
  damaged: number[];
  /** A last line without its newline: an interrupted write, ignored. */
  truncatedTail: boolean;
}

/**
 * Parses JSON lines, keeping what `validate` accepts. A last line without its newline is kept
 * when it is whole (a hand edit dropped the newline) and ignored when it is torn (an
 * interrupted write). Pure.
 */
export function parseJsonLines<T>(text: string, validate: (value: unknown) => T | undefined): JsonLines<T> {
  const values: T[] = [];
  const damaged: number[] = [];
  const lines = text.split('\n');
  const read = (line: string): T | undefined => {
    try {
      return validate(JSON.parse(line));
    } catch {
      return undefined;
    }
  };
  const tail = lines.pop() ?? '';
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const value = read(line);
    if (value === undefined) damaged.push(index + 1);
    else values.push(value);
  });
  const last = tail.trim() ? read(tail) : undefined;
  if (last !== undefined) values.push(last);
  return { values, damaged, truncatedTail: tail.trim().length > 0 && last === undefined };
}

export type { AppendOptions };
export { replaceFile };

/** Appends values as JSON lines, closing off a previous torn line first; a failed append leaves nothing behind. Creates the file 0600. */
export function appendJsonLines(path: string, values: readonly unknown[], options: AppendOptions = {}): void {
  if (values.length === 0) return;
  appendText(path, values.map((value) => `${JSON.stringify(value)}\n`).join(''), options);
}
