import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, chownSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from '../e2e/terminal.js';

/**
 * Runs the built trainer as a user that file permissions apply to. As root (who reads
 * everything) that is `nobody`, through runuser, on a copy of the built trainer in a folder
 * everyone can read: the checkout itself may sit in a folder only its owner can enter. As any
 * other user it is that user and the checkout as it is.
 */
export interface OtherUser {
  run(args: readonly string[], options?: { env?: NodeJS.ProcessEnv; cwd?: string }): SpawnSyncReturns<string>;
  /** Hands a file or folder to that user (as root: chown to nobody). */
  give(path: string): void;
}

const NOBODY = 65534;

/** The runner, or why permission tests cannot run here (root without runuser). */
export function otherUser(): OtherUser | { skip: string } {
  const asRoot = process.getuid?.() === 0;
  if (!asRoot) {
    return {
      run: (args, { env = {}, cwd = ROOT } = {}) => spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 }),
      give: () => undefined,
    };
  }
  if (spawnSync('runuser', ['--help'], { stdio: 'ignore' }).status !== 0) return { skip: 'running as root without runuser: cannot run the trainer as an unprivileged user' };
  const copy = mkdtempSync(join(tmpdir(), 'clf-as-nobody-'));
  chmodSync(copy, 0o755);
  for (const part of ['bin', 'dist', 'questions', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  const bin = join(copy, 'bin', 'clf-trainer.js');
  return {
    run: (args, { env = {}, cwd = copy } = {}) =>
      spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, bin, ...args], { cwd, env: { ...process.env, HOME: tmpdir(), ...env }, encoding: 'utf8', timeout: 20_000 }),
    give: (path) => chownSync(path, NOBODY, NOBODY),
  };
}
