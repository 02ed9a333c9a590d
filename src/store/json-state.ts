import { writeFileSync } from 'node:fs';
import { printable } from '../core/bank/sanitize.js';
import { FILE_MODE, replaceFile, writeError } from './files.js';
import { withLock } from './lock.js';
import { decodeUserText, readUserFile, UserFileError, whyUnreadable } from './user-files.js';

/**
 * Small JSON files of the data folder that the trainer changes as a whole (settings, suspended
 * questions, the setup screens' last choices): read with a default when missing, a damaged one
 * kept aside (never wiped), and changed under a lock and replaced atomically, so two trainers
 * changing the same file at once keep both changes.
 */

/** A few thousand ids need a few hundred kilobytes; a larger file is not one the trainer wrote. */
export const MAX_STATE_BYTES = 4 * 1024 * 1024;

export interface Loaded<T> {
  value: T;
  /** One line for the learner when the file could not be used as it is. */
  warning?: string;
}

/**
 * Keeps a copy of a damaged file beside it (once per distinct content); returns its path. The
 * copy is written from the bytes already read, as a new file (never through a link, never by
 * opening the file again, which could have been swapped for a FIFO meanwhile).
 */
export function keepCopy(path: string, bytes: Buffer, read: (path: string) => Buffer, what: string): string {
  for (let n = 1; ; n++) {
    const copy = `${path}.damaged${n === 1 ? '' : `-${n}`}`;
    try {
      writeFileSync(copy, bytes, { flag: 'wx', mode: FILE_MODE });
      return copy;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError(error, copy, `cannot keep a copy of the damaged ${what} at`);
    }
    try {
      if (read(copy).equals(bytes)) return copy;
    } catch {
      // not a copy this could be: look further
    }
  }
}

const readState = (path: string) => readUserFile(path, { maxBytes: MAX_STATE_BYTES, what: "the trainer's state files" });

/** Reads a JSON file through `normalize` (which turns anything into a valid value). */
export function readJsonState<T>(path: string, normalize: (raw: unknown) => T): Loaded<T> {
  const shown = printable(path, { oneLine: true });
  let bytes: Buffer;
  try {
    bytes = readState(path);
  } catch (error) {
    if (error instanceof UserFileError && error.reason === 'missing') return { value: normalize(undefined) };
    return { value: normalize(undefined), warning: `${shown} cannot be used (${whyUnreadable(error)}); it is left as it is` };
  }
  try {
    return { value: normalize(JSON.parse(decodeUserText(bytes, path, 'JSON'))) };
  } catch {
    const copy = keepCopy(path, bytes, readState, 'file');
    return { value: normalize(undefined), warning: `${shown} is damaged; a copy is kept at ${printable(copy, { oneLine: true })}` };
  }
}

/** Changes a JSON file: read, `change`, write, under a lock; returns the value written. */
export function updateJsonState<T>(path: string, purpose: string, normalize: (raw: unknown) => T, change: (value: T) => T): T {
  return withLock(`${path}.lock`, purpose, () => {
    const next = change(readJsonState(path, normalize).value);
    replaceFile(path, `${JSON.stringify(next, null, '\t')}\n`);
    return next;
  });
}
