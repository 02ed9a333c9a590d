import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { printable } from '../core/bank/sanitize.js';
import { EXAMS_DIR } from './exams.js';
import { describeOwner, LockedError, sleep, tryLock, type HeldLock, type LockOwner } from './lock.js';

/**
 * Who is using the data folder. Every open trainer (study, exam, review, stats, the home
 * screen) holds a lock file of its own in locks/ while it runs; restore, which replaces the
 * progress files, holds locks/restore.lock and goes ahead only when no trainer is open and no
 * exam is open (an exam's own lock in exams/). Each side creates its own lock first and looks
 * for the other's second, so of a trainer starting and a restore starting at the same moment,
 * at least one sees the other. Locks of trainers that are no longer running are stale and
 * taken over and removed (lock.ts decides who is alive).
 */

export const LOCKS_DIR = 'locks';
const RESTORE_LOCK = 'restore.lock';
const sessionName = /^trainer-\d+-[a-z0-9]+\.lock$/;

const locksDir = (dataDir: string) => join(dataDir, LOCKS_DIR);

/**
 * The owners of the lock files in `dir` whose names match, other than `mine`, that are still
 * running. Each is checked the way any lock is: trying to take it takes over (and so removes) a
 * stale one, which is then let go.
 */
interface Holder {
  path: string;
  owner: LockOwner | undefined;
  /** Its owner cannot be checked from here (another machine, an unknown start time). */
  canTakeOver: boolean;
}

/**
 * What to do when a holder may be gone: its lock file can only be deleted by hand, since nothing
 * here can tell whether that trainer still runs.
 */
const leftBehind = (holder: Holder) => (holder.canTakeOver ? ` If that trainer is no longer running, delete ${printable(holder.path, { oneLine: true })}.` : '');

function liveOwners(dir: string, names: RegExp, mine?: string): Holder[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const live: Holder[] = [];
  for (const name of entries) {
    const path = join(dir, name);
    if (!names.test(name) || path === mine) continue;
    const attempt = tryLock(path, 'a check');
    if (attempt.acquired) attempt.lock.release();
    else live.push({ path, owner: attempt.owner, canTakeOver: attempt.canTakeOver });
  }
  return live;
}

/**
 * Marks this process as a trainer using the data folder until `release` (or its exit). When a
 * restore is running, waits a few seconds for it to finish, then refuses with one line.
 */
export function holdSession(dataDir: string, waitMs = 5_000): HeldLock {
  const path = join(locksDir(dataDir), `trainer-${process.pid}-${Math.random().toString(36).slice(2, 10)}.lock`);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const attempt = tryLock(path, 'a trainer session');
    if (!attempt.acquired) throw new LockedError(`cannot mark this trainer as open in ${locksDir(dataDir)}`, path, attempt.owner);
    const restoring = liveOwners(locksDir(dataDir), /^restore\.lock$/);
    if (restoring.length === 0) {
      const lock = attempt.lock;
      const release = () => lock.release();
      process.once('exit', release);
      return {
        owner: lock.owner,
        release: () => {
          process.off('exit', release);
          lock.release();
        },
      };
    }
    attempt.lock.release();
    if (Date.now() >= deadline) {
      throw new LockedError(`${describeOwner(restoring[0]!.owner)} is restoring a backup into ${printable(dataDir, { oneLine: true })} right now: try again when it has finished.${leftBehind(restoring[0]!)}`, restoring[0]!.path, restoring[0]!.owner);
    }
    sleep(100);
  }
}

/**
 * Takes the data folder for a restore: refused, naming the owner, while another restore runs,
 * a trainer is open, or an exam is open in one.
 */
export function lockForRestore(dataDir: string): HeldLock {
  const path = join(locksDir(dataDir), RESTORE_LOCK);
  const attempt = tryLock(path, 'a restore');
  if (!attempt.acquired) {
    throw new LockedError(`${describeOwner(attempt.owner)} is restoring a backup into ${printable(dataDir, { oneLine: true })} right now; nothing was changed.${leftBehind({ path, ...attempt })}`, path, attempt.owner);
  }
  const refuse = (message: string, other: Holder) => {
    attempt.lock.release();
    return new LockedError(`${message}${leftBehind(other)}`, other.path, other.owner);
  };
  const session = liveOwners(locksDir(dataDir), sessionName)[0];
  if (session) throw refuse(`${describeOwner(session.owner)} is open on this progress: close it first (its answers would be lost). Nothing was changed.`, session);
  const exam = liveOwners(join(dataDir, EXAMS_DIR), /\.lock$/)[0];
  if (exam) throw refuse(`${describeOwner(exam.owner)} has ${exam.owner ? printable(exam.owner.purpose, { oneLine: true, max: 80 }) : 'an exam'} open: finish or leave it first. Nothing was changed.`, exam);
  return attempt.lock;
}
