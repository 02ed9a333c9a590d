import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeOwner, LockedError, ownerState, processStart, readOwner, takeOver, tryLock, withLock, type LockOwner } from '../../src/store/lock.js';
import { ROOT } from '../e2e/terminal.js';
import { childScript, runCopies } from '../helpers/child-script.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clf-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;
const plant = (path: string, owner: Partial<LockOwner>) => writeFileSync(path, JSON.stringify({ host: hostname(), since: new Date().toISOString(), purpose: 'the exam', ...owner }));

describe('lock files', () => {
  it('gives the lock to one holder at a time, readable by the user only', () => {
    const path = join(dir, 'exam.lock');
    const first = tryLock(path, 'the exam');
    expect(first.acquired).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const second = tryLock(path, 'the exam');
    expect(second).toMatchObject({ acquired: false, owner: { pid: process.pid, purpose: 'the exam' } });
    if (first.acquired) first.lock.release();
    expect(tryLock(path, 'the exam').acquired).toBe(true);
  });

  it('takes over a lock whose owner is no longer running', () => {
    const path = join(dir, 'exam.lock');
    plant(path, { pid: deadPid() });
    const attempt = tryLock(path, 'the exam');
    expect(attempt.acquired).toBe(true);
    expect(readOwner(path)?.pid).toBe(process.pid);
  });

  it('takes over a lock whose process id now belongs to another program', () => {
    const path = join(dir, 'exam.lock');
    plant(path, { pid: process.pid, started: 'not-this-process' });
    expect(processStart(process.pid)).toBeDefined();
    expect(tryLock(path, 'the exam').acquired).toBe(true);
  });

  it('leaves alone a lock held by a running trainer, or one on another machine', () => {
    const path = join(dir, 'exam.lock');
    plant(path, { pid: process.ppid, started: processStart(process.ppid)! });
    expect(tryLock(path, 'the exam')).toMatchObject({ acquired: false, canTakeOver: false });
    plant(path, { pid: deadPid(), host: 'another-machine' });
    expect(tryLock(path, 'the exam').acquired).toBe(false);
  });

  it('offers a lock whose owner cannot be checked (another machine) for takeover, and takes it once confirmed', () => {
    const path = join(dir, 'exam.lock');
    plant(path, { pid: 15377, host: 'old-hostname.lan', since: '2026-12-05T07:27:00.000Z' });
    const attempt = tryLock(path, 'the exam');
    expect(attempt).toMatchObject({ acquired: false, canTakeOver: true, owner: { pid: 15377, host: 'old-hostname.lan' } });
    if (attempt.acquired) throw new Error('unexpected');
    expect(describeOwner(attempt.owner)).toMatch(/^another clf-trainer \(process 15377 on old-hostname\.lan, since \d\d:\d\d\)$/);
    const taken = takeOver(path, attempt.owner!, 'the exam');
    expect(taken.acquired).toBe(true);
    expect(readOwner(path)).toMatchObject({ pid: process.pid, host: hostname() });
    if (taken.acquired) taken.lock.release();
  });

  it('offers takeover when a process of this machine cannot be told from another with its id (no start time)', () => {
    const path = join(dir, 'exam.lock');
    plant(path, { pid: process.ppid });
    expect(ownerState(readOwner(path)!)).toBe('unknown');
    expect(tryLock(path, 'the exam')).toMatchObject({ acquired: false, canTakeOver: true });
  });

  it('refuses a takeover when the lock changed since the user was asked, or its owner provably runs here', () => {
    const path = join(dir, 'exam.lock');
    plant(path, { pid: 15377, host: 'old-hostname.lan' });
    const shown = readOwner(path)!;
    plant(path, { pid: 20000, host: 'another-machine' });
    expect(takeOver(path, shown, 'the exam')).toMatchObject({ acquired: false, owner: { pid: 20000 } });
    const running = { pid: process.ppid, started: processStart(process.ppid)! };
    plant(path, running);
    expect(takeOver(path, readOwner(path)!, 'the exam')).toMatchObject({ acquired: false, canTakeOver: false, owner: running });
  });

  it('says which file to delete when a lock held on another machine blocks a short step', () => {
    const path = join(dir, 'settings.lock');
    plant(path, { pid: 15377, host: 'old-hostname.lan', purpose: 'the settings' });
    expect(() => withLock(path, 'the settings', () => 1, 50)).toThrow(`if that trainer is no longer running, delete ${path}`);
  });

  it('treats an empty lock as being written, and as left by a crash once it is old', () => {
    const path = join(dir, 'exam.lock');
    writeFileSync(path, '');
    expect(tryLock(path, 'the exam').acquired).toBe(false);
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    expect(tryLock(path, 'the exam').acquired).toBe(true);
  });

  it('withLock waits for the holder, then says clearly who holds it', () => {
    const path = join(dir, 'settings.lock');
    plant(path, { pid: process.ppid, purpose: 'the settings' });
    let error: unknown;
    try {
      withLock(path, 'the settings', () => 1, 100);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockedError);
    expect((error as Error).message).toMatch(new RegExp(`another clf-trainer \\(process ${process.ppid}, since \\d\\d:\\d\\d\\) is changing the settings right now`));
    expect(describeOwner(undefined)).toBe('another clf-trainer');
  });

  it('keeps read-change-write steps of several processes apart: no update is lost', async () => {
    const script = await childScript(`
      import { readFileSync, writeFileSync } from 'node:fs';
      import { withLock } from ${JSON.stringify(join(ROOT, 'src/store/lock.ts'))};
      const [file, rounds] = process.argv.slice(2);
      for (let i = 0; i < Number(rounds); i++) {
        withLock(file + '.lock', 'the counter', () => {
          const n = Number(readFileSync(file, 'utf8'));
          writeFileSync(file, String(n + 1));
        }, 20000);
      }`);
    const counter = join(dir, 'counter.txt');
    writeFileSync(counter, '0');
    const rounds = 150;
    expect(await runCopies(script, 3, () => [counter, String(rounds)])).toEqual([0, 0, 0]);
    expect(Number(readFileSync(counter, 'utf8'))).toBe(3 * rounds);
  }, 60_000);
});
