import * as nodeFs from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { printable } from '../core/bank/sanitize.js';
import { StorageError } from './errors.js';
import { ensureDir, FILE_MODE, writeError } from './files.js';
import { readUserFile } from './user-files.js';

/**
 * A lock file: created exclusively (O_EXCL), holding who owns it. A lock whose owner is no
 * longer running on this machine (or whose process id now belongs to another program) is stale
 * and is taken over; a lock being written or taken over right now is left alone. A lock whose
 * owner cannot be checked (on another machine, or a process whose start time is unknown) may be
 * taken over once the user confirms that owner is gone (`takeOver`).
 */

export interface LockOwner {
  pid: number;
  host: string;
  /** When the owner took the lock (ISO time). */
  since: string;
  /** The owner's process start time (Linux), so a reused process id is not mistaken for it. */
  started?: string;
  /** What the lock protects, for messages: "the exam 20261125-x1". */
  purpose: string;
}

export interface HeldLock {
  owner: LockOwner;
  release(): void;
}

export type LockAttempt =
  | { acquired: true; lock: HeldLock }
  | {
      acquired: false;
      owner: LockOwner | undefined;
      /** The owner cannot be checked from here: the user may take the lock over (see takeOver). */
      canTakeOver: boolean;
    };

/** Whether a lock's owner runs: provably (this machine, same process), provably not, or cannot be told. */
export type OwnerState = 'running' | 'gone' | 'unknown';

/** A lock file that is empty or unreadable this long after its creation was left by a crash. */
const UNREADABLE_STALE_MS = 5_000;

/** The start time of a process from /proc (Linux); undefined elsewhere. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = nodeFs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime), counted after the command name, which may contain spaces or parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/**
 * Whether the owner still runs. On another machine it cannot be told; on this one its process
 * id must exist and, where the start time is known, belong to the same process.
 */
export function ownerState(owner: LockOwner, host = hostname()): OwnerState {
  if (owner.host !== host) return 'unknown';
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return 'gone';
  }
  const started = processStart(owner.pid);
  if (owner.started && started) return started === owner.started ? 'running' : 'gone';
  return 'unknown';
}

function toOwner(value: unknown): LockOwner | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Record<string, unknown>;
  if (!Number.isInteger(o.pid) || (o.pid as number) < 1 || typeof o.host !== 'string' || typeof o.since !== 'string' || typeof o.purpose !== 'string') return undefined;
  if (o.started !== undefined && typeof o.started !== 'string') return undefined;
  return o as unknown as LockOwner;
}

/** The owner written in a lock file; undefined when there is none or it cannot be read. */
export function readOwner(path: string): LockOwner | undefined {
  try {
    // Through the user-file reader: a FIFO put where a lock file belongs never blocks.
    return toOwner(JSON.parse(readUserFile(path, { maxBytes: 64 * 1024, what: 'lock files' }).toString('utf8')));
  } catch {
    return undefined;
  }
}

function ageMs(path: string, now: number): number {
  try {
    return now - nodeFs.statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function create(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = nodeFs.openSync(path, 'wx', FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw writeError(error, path, 'cannot create the lock file');
  }
  try {
    nodeFs.writeSync(fd, `${JSON.stringify(owner)}\n`);
    nodeFs.fsyncSync(fd);
  } catch (error) {
    nodeFs.closeSync(fd);
    nodeFs.rmSync(path, { force: true });
    throw writeError(error, path, 'cannot create the lock file');
  }
  nodeFs.closeSync(fd);
  return true;
}

const sameOwner = (a: LockOwner | undefined, b: LockOwner | undefined) => a?.pid === b?.pid && a?.since === b?.since && a?.host === b?.host;

/**
 * Removes a stale lock, once: a second lock file guards the takeover so two processes finding
 * the same stale lock do not both remove it (and one of them the other's fresh lock).
 */
function removeStale(path: string, seen: LockOwner | undefined, now: number): void {
  const guard = `${path}.takeover`;
  if (!create(guard, { pid: process.pid, host: hostname(), since: new Date(now).toISOString(), purpose: 'takeover' })) {
    // A takeover guard left by a crash is itself stale after a few seconds.
    if (ageMs(guard, now) > UNREADABLE_STALE_MS) nodeFs.rmSync(guard, { force: true });
    return;
  }
  try {
    if (sameOwner(readOwner(path), seen)) nodeFs.rmSync(path, { force: true });
  } finally {
    nodeFs.rmSync(guard, { force: true });
  }
}

function isStale(path: string, owner: LockOwner | undefined, now: number): boolean {
  return owner ? ownerState(owner) === 'gone' : ageMs(path, now) > UNREADABLE_STALE_MS;
}

/** Tries once to take the lock, taking over a stale one. */
export function tryLock(path: string, purpose: string, now: () => Date = () => new Date()): LockAttempt {
  ensureDir(dirname(path));
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: now().toISOString(), purpose };
  const started = processStart(process.pid);
  if (started) owner.started = started;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (create(path, owner)) return { acquired: true, lock: held(path, owner) };
    const holder = readOwner(path);
    if (!isStale(path, holder, now().getTime())) return refused(holder);
    removeStale(path, holder, now().getTime());
  }
  return refused(readOwner(path));
}

function refused(owner: LockOwner | undefined): LockAttempt {
  return { acquired: false, owner, canTakeOver: owner !== undefined && ownerState(owner) === 'unknown' };
}

function held(path: string, owner: LockOwner): HeldLock {
  let released = false;
  return {
    owner,
    release: () => {
      if (released) return;
      released = true;
      // Only our own lock is removed (a takeover may have replaced it, in theory).
      if (sameOwner(readOwner(path), owner)) nodeFs.rmSync(path, { force: true });
    },
  };
}

/**
 * Takes over a lock the user confirmed is left behind (its owner on another machine, or no
 * longer running): removes it only while it still names the owner the user was shown, then
 * takes it. Anything else (a running trainer on this machine, a lock changed meanwhile) is
 * refused, with the owner now in the file.
 */
export function takeOver(path: string, seen: LockOwner, purpose: string, now: () => Date = () => new Date()): LockAttempt {
  const holder = readOwner(path);
  if (holder && (!sameOwner(holder, seen) || ownerState(holder) === 'running')) return refused(holder);
  if (holder) removeStale(path, holder, now().getTime());
  return tryLock(path, purpose, now);
}

/** "another clf-trainer (process 123, since 10:02)" */
export function describeOwner(owner: LockOwner | undefined): string {
  if (!owner) return 'another clf-trainer';
  const since = new Date(owner.since);
  const time = Number.isNaN(since.getTime()) ? '' : `, since ${since.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
  // The host comes from the lock file: shown as text, on one line, however it was written.
  return `another clf-trainer (process ${owner.pid}${owner.host === hostname() ? '' : ` on ${printable(owner.host, { oneLine: true, max: 64 })}`}${time})`;
}

/** The lock is held by a running trainer. */
export class LockedError extends StorageError {
  constructor(
    message: string,
    path: string,
    readonly owner: LockOwner | undefined,
  ) {
    super(message, 'ELOCKED', path);
  }
}

/** Waits synchronously (a lock step is short; nothing else should run meanwhile). */
export function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `fn` holding the lock: for short read-modify-write steps (a settings change). Waits up
 * to `waitMs` for another trainer to finish its step, then gives up with a clear message.
 */
export function withLock<T>(path: string, purpose: string, fn: () => T, waitMs = 3_000): T {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const attempt = tryLock(path, purpose);
    if (attempt.acquired) {
      try {
        return fn();
      } finally {
        attempt.lock.release();
      }
    }
    if (Date.now() >= deadline) {
      const left = attempt.canTakeOver ? ` (if that trainer is no longer running, delete ${path})` : '';
      throw new LockedError(`${describeOwner(attempt.owner)} is changing ${purpose} right now; try again in a moment${left}`, path, attempt.owner);
    }
    sleep(25);
  }
}
