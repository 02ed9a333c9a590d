import * as nodeFs from 'node:fs';
import { dirname, join } from 'node:path';
import { StorageError } from './errors.js';

/**
 * The only ways progress reaches the disk: whole appends that are rolled back when they fail
 * part-way, and whole-file replacements (temporary file, flush, rename). Files are created
 * readable by the user only (0600), folders 0700. Every failure becomes a StorageError: one
 * clear line for the user, and nothing half-written left behind.
 */

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** The file-system calls used here: node:fs itself, or a stand-in that injects failures (tests). */
export type FileSystem = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'fstatSync' | 'readSync' | 'ftruncateSync' | 'renameSync' | 'unlinkSync' | 'mkdirSync'
>;

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'it is on a read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'the folder does not exist and cannot be created',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EIO: 'the disk reported an input/output error',
  EEXIST: 'a file of that name is in the way',
  ENOTREG: 'it is not a regular file (a FIFO, socket or device)',
};

/** Why a file-system call failed, in words. */
export function describeCode(code: string | undefined): string {
  return (code && REASONS[code]) ?? `the system refused (${code ?? 'unknown error'})`;
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** Wraps a failure to write `path` as a StorageError. */
export function writeError(error: unknown, path: string, what = 'cannot save progress to'): StorageError {
  if (error instanceof StorageError) return error;
  const code = codeOf(error);
  const hint = code === 'ENOSPC' || code === 'EDQUOT' ? ' Free some space and try again.' : ' Set CLF_TRAINER_HOME to a writable folder to keep progress elsewhere.';
  return new StorageError(`${what} ${path}: ${describeCode(code)}.${hint}`, code, path);
}

/** Creates a folder (and its parents) readable by the user only. */
export function ensureDir(dir: string, fs: FileSystem = nodeFs): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  } catch (error) {
    throw writeError(error, dir, 'cannot create the folder');
  }
}

/** Writes the whole buffer (a write may take only part of it); `progress.bytes` counts what reached the file. */
function writeAll(fs: FileSystem, fd: number, buffer: Buffer, progress = { bytes: 0 }): void {
  while (progress.bytes < buffer.length) {
    const n = fs.writeSync(fd, buffer, progress.bytes, buffer.length - progress.bytes);
    if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    progress.bytes += n;
  }
}

function endsWithoutNewline(fs: FileSystem, fd: number, size: number): boolean {
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  fs.readSync(fd, last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}

export interface AppendOptions {
  /** Flush to disk before returning (default true). Without it a kill -9 keeps the text; a power cut may not. */
  sync?: boolean;
  fs?: FileSystem;
}

/**
 * Appends whole lines (`text` ends with a newline) in append mode, so two processes writing the
 * same file interleave whole lines and never overwrite each other. A torn last line left by an
 * earlier crash is closed off first. When the write or the flush fails (a full disk), the file is
 * cut back to its previous length, so a failed append leaves no partial line.
 */
export function appendText(path: string, text: string, { sync = true, fs = nodeFs }: AppendOptions = {}): void {
  if (text.length === 0) return;
  ensureDir(dirname(path), fs);
  let fd: number;
  try {
    fd = fs.openSync(path, 'a+', FILE_MODE);
  } catch (error) {
    throw writeError(error, path);
  }
  let before = 0;
  const written = { bytes: 0 };
  try {
    const stat = fs.fstatSync(fd);
    // Answers written into a FIFO or a device would be lost without a word.
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    before = stat.size;
    const buffer = Buffer.from((endsWithoutNewline(fs, fd, before) ? '\n' : '') + text, 'utf8');
    writeAll(fs, fd, buffer, written);
    if (sync) fs.fsyncSync(fd);
  } catch (error) {
    rollBack(fs, fd, before, written.bytes);
    throw writeError(error, path);
  } finally {
    fs.closeSync(fd);
  }
}

/** Cuts off a failed append, unless another process has appended after it meanwhile. */
function rollBack(fs: FileSystem, fd: number, before: number, written: number): void {
  try {
    if (written > 0 && fs.fstatSync(fd).size === before + written) fs.ftruncateSync(fd, before);
  } catch {
    // the best that can be done; readers ignore a torn last line anyway
  }
}

let counter = 0;

/**
 * Replaces a file's content atomically: a temporary file beside it is written, flushed and
 * renamed over it, so a reader (or a crash) sees either the old content or the new, never a
 * mix. When anything fails the old file is untouched and the temporary file removed.
 */
export function replaceFile(path: string, text: string | Buffer, fs: FileSystem = nodeFs): void {
  ensureDir(dirname(path), fs);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', FILE_MODE);
    writeAll(fs, fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // not created
    }
    throw writeError(error, path);
  }
  syncDir(dirname(path), fs);
}

/** Makes a rename durable: flush the folder entry too (not possible on every system). */
function syncDir(dir: string, fs: FileSystem): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // some systems cannot open or flush a folder; the rename is still atomic
  }
}

function basename(path: string): string {
  return path.slice(dirname(path).length + 1);
}

/**
 * Checks, before a session starts, that progress can be saved in `dir`: the folder exists or
 * can be created, and a small file can be written there. Throws a StorageError
 * (exit 1, one line) for a read-only, missing-and-uncreatable or full data folder.
 */
export function checkWritable(dir: string, fs: FileSystem = nodeFs): void {
  ensureDir(dir, fs);
  const probe = join(dir, `.write-check.${process.pid}.${++counter}`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(probe, 'wx', FILE_MODE);
    // A write shows a read-only, forbidden or full disk; a flush would only slow every start.
    writeAll(fs, fd, Buffer.from('clf-trainer write check\n'));
  } catch (error) {
    throw writeError(error, dir, 'cannot save progress in');
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
    try {
      fs.unlinkSync(probe);
    } catch {
      // never created
    }
  }
}
