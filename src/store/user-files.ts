import * as nodeFs from 'node:fs';
import { printable } from '../core/bank/sanitize.js';
import { StorageError } from './errors.js';
import { describeCode } from './files.js';

/**
 * The one way a file the user points at, or a progress file, is read: banks (lint, --bank, the
 * bank folder), Markdown to import, backups, the review log, exam journals and history, the
 * settings. It refuses anything that is not a regular file before it can block: the file is
 * opened without blocking (O_NONBLOCK, so a FIFO or a device never waits for a writer) and the
 * open descriptor is checked with fstat (so a file swapped for a FIFO after a stat is still
 * caught). The size is checked before reading, and reading stops at the cap even when the file
 * grows meanwhile. Every failure is a UserFileError: one line saying what and why.
 */

/** Why a file could not be used. */
export type ReadFailure = 'missing' | 'not-a-file' | 'too-large' | 'unreadable' | 'not-text';

export class UserFileError extends StorageError {
  constructor(
    readonly reason: ReadFailure,
    /** What is wrong, without the file name: "is a named pipe (FIFO), not a regular file". */
    readonly detail: string,
    path: string,
    code?: string,
    /** The name shown for the file (relative to where the command runs). */
    shown = path,
  ) {
    super(`${printable(shown, { oneLine: true })} ${detail}`, code, path);
  }
}

// Windows has neither flag; there a FIFO cannot be opened by a path anyway.
const OPEN_FLAGS = nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NONBLOCK ?? 0) | (nodeFs.constants.O_NOCTTY ?? 0);

type ReadFs = Pick<typeof nodeFs, 'openSync' | 'fstatSync' | 'readSync' | 'closeSync'>;

export interface OpenFile {
  fd: number;
  /** Size when opened. */
  size: number;
  path: string;
  close(): void;
}

/** What kind of thing stands where a file was expected, in words. */
function notAFile(stat: nodeFs.Stats): string {
  if (stat.isDirectory()) return 'is a folder, not a file';
  if (stat.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

/** A failed open or read as a UserFileError. */
export function readFailure(error: unknown, path: string, shown = path): UserFileError {
  if (error instanceof UserFileError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new UserFileError('missing', isLink(path) ? 'is a symbolic link to a file that does not exist' : 'does not exist', path, code, shown);
  if (code === 'EISDIR') return new UserFileError('not-a-file', 'is a folder, not a file', path, code, shown);
  // A socket (or a FIFO opened for writing) refuses a non-blocking open with ENXIO.
  if (code === 'ENXIO') return new UserFileError('not-a-file', 'is a socket or device, not a regular file', path, code, shown);
  if (code === 'ELOOP') return new UserFileError('unreadable', 'cannot be read: it is a symbolic link loop', path, code, shown);
  if (code === 'ENAMETOOLONG') return new UserFileError('unreadable', 'cannot be read: the name is too long', path, code, shown);
  return new UserFileError('unreadable', `cannot be read: ${describeCode(code)}`, path, code, shown);
}

function isLink(path: string): boolean {
  try {
    return path !== '' && nodeFs.lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Why a file could not be read, as a clause: "permission denied", "it is a folder, not a file". */
export function whyUnreadable(error: unknown): string {
  const failure = readFailure(error, '');
  return failure.detail.startsWith('cannot be read: ') ? failure.detail.slice('cannot be read: '.length) : `it ${failure.detail}`;
}

/** Opens a regular file for reading without ever blocking; anything else is refused. */
export function openUserFile(path: string, { shown = path, fs = nodeFs as ReadFs } = {}): OpenFile {
  let fd: number;
  try {
    fd = fs.openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw readFailure(error, path, shown);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new UserFileError('not-a-file', notAFile(stat), path, undefined, shown);
    let closed = false;
    return {
      fd,
      size: stat.size,
      path,
      close: () => {
        if (closed) return;
        closed = true;
        fs.closeSync(fd);
      },
    };
  } catch (error) {
    fs.closeSync(fd);
    throw readFailure(error, path, shown);
  }
}

export interface ReadOptions {
  /** Files larger than this are refused before any byte is read. */
  maxBytes: number;
  /** What the limit is for, plural: "banks" gives "banks are limited to 8 MB". */
  what: string;
  /** The name shown in messages. */
  shown?: string;
}

export function megabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}

/** "is 17.9 MB; banks are limited to 8 MB" (size undefined: it grew past the limit while read). */
export function tooLargeError(path: string, shown: string, size: number | undefined, options: Pick<ReadOptions, 'maxBytes' | 'what'>): UserFileError {
  const is = size === undefined ? `is larger than ${megabytes(options.maxBytes)}` : `is ${megabytes(size)}`;
  return new UserFileError('too-large', `${is}; ${options.what} are limited to ${megabytes(options.maxBytes)}`, path, undefined, shown);
}

/** Reads a whole regular file of at most `maxBytes`. */
export function readUserFile(path: string, options: ReadOptions, fs: ReadFs = nodeFs): Buffer {
  const shown = options.shown ?? path;
  const file = openUserFile(path, { shown, fs });
  try {
    if (file.size > options.maxBytes) throw tooLargeError(path, shown, file.size, options);
    const bytes = readAt(file, 0, options.maxBytes + 1, fs);
    if (bytes.length > options.maxBytes) throw tooLargeError(path, shown, undefined, options);
    return bytes;
  } catch (error) {
    throw readFailure(error, path, shown);
  } finally {
    file.close();
  }
}

/**
 * Bytes from `from` up to (not including) `to`, or to the end of the file when it is shorter;
 * the file may have grown since it was opened (reading still stops at `to`).
 */
export function readAt(file: OpenFile, from: number, to: number, fs: ReadFs = nodeFs): Buffer {
  const chunks: Buffer[] = [];
  for (let at = from; at < to; ) {
    const want = Math.min(to - at, Math.max(64 * 1024, file.size - at));
    const buffer = Buffer.allocUnsafe(want);
    let got = 0;
    for (let n = -1; got < want && n !== 0; got += n) n = fs.readSync(file.fd, buffer, got, want - got, at + got);
    if (got > 0) chunks.push(buffer.subarray(0, got));
    at += got;
    if (got < want) break;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

export type TextFormat = 'YAML' | 'Markdown' | 'JSON';

/**
 * The bytes as UTF-8 text (a leading byte-order mark dropped), refusing binary content, UTF-16
 * or UTF-32 text (saying to save it as UTF-8) and invalid UTF-8.
 */
export function decodeUserText(bytes: Uint8Array, path: string, format: TextFormat, shown = path): string {
  const wide = wideEncoding(bytes);
  if (wide) throw new UserFileError('not-text', `is ${wide} text: save it as UTF-8`, path, undefined, shown);
  if (bytes.includes(0)) throw new UserFileError('not-text', `is a binary file, not ${format} text`, path, undefined, shown);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserFileError('not-text', 'is not UTF-8 text: save it as UTF-8', path, undefined, shown);
  }
}

/** UTF-16 or UTF-32, from a byte-order mark or from the zero bytes of mostly-ASCII text. */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return 'UTF-32';
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return 'UTF-32';
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'UTF-16';
  // Without a mark: ASCII characters in UTF-16 put a zero in every other byte.
  const sample = bytes.subarray(0, Math.min(bytes.length, 64) & ~1);
  if (sample.length < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  return (evenZero === pairs && oddZero === 0) || (oddZero === pairs && evenZero === 0) ? 'UTF-16' : undefined;
}

/** Reads a regular file of at most `maxBytes` as UTF-8 text. */
export function readUserText(path: string, options: ReadOptions & { format: TextFormat }): string {
  return decodeUserText(readUserFile(path, options), path, options.format, options.shown ?? path);
}
