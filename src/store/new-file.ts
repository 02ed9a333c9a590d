import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { printable } from '../core/bank/sanitize.js';
import { StorageError } from './errors.js';
import { describeCode, DIR_MODE, FILE_MODE, replaceFile } from './files.js';

/**
 * The one way a command writes a file the user named (export, import, backup). It never
 * replaces an existing file unless asked to (--force), never follows a symbolic link at the
 * target (a link is refused, even with --force), never writes anything that is not a regular
 * file (a FIFO or a device would block or swallow the data), and never writes inside the
 * trainer's data folder, where it could replace the review log or a journal. A new file is
 * written beside under a temporary name and linked into place, so it appears whole or not at
 * all; a replaced file is swapped in with a rename, which also never follows a link.
 */

export type WriteRefusal = 'exists' | 'link' | 'not-a-file' | 'in-data-folder' | 'failed';

export class OutputError extends StorageError {
  constructor(
    readonly reason: WriteRefusal,
    message: string,
    path: string,
    code?: string,
  ) {
    super(message, code, path);
  }
}

export interface NewFileOptions {
  /** Replace an existing regular file (--force). */
  force?: boolean;
  /** The trainer's data folder: nothing is written inside it… */
  dataDir: string;
  /** …except in this folder of it (import's default: the bank folder). */
  allowedIn?: string;
  /** The name shown in messages (relative to where the command runs). */
  shown?: string;
}

/** The real location of a path that may not exist yet: its nearest existing folder resolved through links. */
export function realLocation(path: string): string {
  const absolute = resolve(path);
  const rest: string[] = [];
  for (let dir = absolute; ; dir = dirname(dir)) {
    try {
      return join(nodeFs.realpathSync(dir), ...rest.reverse());
    } catch {
      if (dirname(dir) === dir) return absolute;
      rest.push(basename(dir));
    }
  }
}

const isInside = (folder: string, path: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);

/** Refuses a path the writer must not touch; returns whether a file is there now. */
export function checkNewFile(path: string, options: NewFileOptions): boolean {
  const shown = printable(options.shown ?? path, { oneLine: true });
  const target = resolve(path);
  const real = join(realLocation(dirname(target)), basename(target));
  const home = realLocation(options.dataDir);
  if (isInside(home, real) && !(options.allowedIn && isInside(realLocation(options.allowedIn), real) && real !== realLocation(options.allowedIn))) {
    throw new OutputError('in-data-folder', `${shown} is inside the trainer's data folder (${printable(home, { oneLine: true })}), where it could replace your progress: choose a path outside it`, target);
  }
  let stat: nodeFs.Stats;
  try {
    stat = nodeFs.lstatSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    throw new OutputError('failed', `cannot write ${shown}: ${describeCode(code)}`, target, code);
  }
  if (stat.isSymbolicLink()) throw new OutputError('link', `${shown} is a symbolic link: it is not followed; give the path of a new file`, target);
  if (stat.isDirectory()) throw new OutputError('not-a-file', `${shown} is a folder: give the path of a file`, target);
  if (!stat.isFile()) throw new OutputError('not-a-file', `${shown} is not a regular file (a FIFO, socket or device): nothing was written`, target);
  if (!options.force) throw new OutputError('exists', `${shown} already exists and was not overwritten: choose another path, or add --force to replace it`, target, 'EEXIST');
  return true;
}

let counter = 0;

/** Writes a file the user asked for, after checkNewFile's refusals. */
export function writeNewFile(path: string, data: string | Uint8Array, options: NewFileOptions): void {
  const target = resolve(path);
  const shown = printable(options.shown ?? path, { oneLine: true });
  const replacing = checkNewFile(target, options);
  try {
    nodeFs.mkdirSync(dirname(target), { recursive: true, mode: DIR_MODE });
    if (replacing) replaceFile(target, typeof data === 'string' ? data : Buffer.from(data));
    else createWhole(target, data);
  } catch (error) {
    // A StorageError from replaceFile carries the code too; its wording is about progress files.
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') throw new OutputError('exists', `${shown} appeared while it was being written and was not overwritten`, target, code);
    throw new OutputError('failed', `cannot write ${shown}: ${describeCode(code)}; nothing was written`, target, code);
  }
}

/**
 * Creates the file whole: written and flushed under a temporary name, then hard-linked into
 * place (which fails, instead of replacing, when the name was taken meanwhile). Where links are
 * not supported, the file is created exclusively (O_EXCL, never through a link) and written.
 */
function createWhole(target: string, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${++counter}.tmp`);
  writeExclusive(tmp, bytes);
  try {
    nodeFs.linkSync(tmp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    writeExclusive(target, bytes);
  } finally {
    nodeFs.rmSync(tmp, { force: true });
  }
}

function writeExclusive(path: string, bytes: Uint8Array): void {
  const flags = nodeFs.constants.O_WRONLY | nodeFs.constants.O_CREAT | nodeFs.constants.O_EXCL | (nodeFs.constants.O_NOFOLLOW ?? 0);
  const fd = nodeFs.openSync(path, flags, FILE_MODE);
  try {
    for (let done = 0; done < bytes.length; ) done += nodeFs.writeSync(fd, bytes, done, bytes.length - done);
    nodeFs.fsyncSync(fd);
  } catch (error) {
    nodeFs.closeSync(fd);
    nodeFs.rmSync(path, { force: true });
    throw error;
  }
  nodeFs.closeSync(fd);
}
