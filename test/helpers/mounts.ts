import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small real file system (tmpfs) for disk-full and read-only tests. Needs root and a working
 * `mount` (containers and CI runners as root usually have both); undefined otherwise, and the
 * tests that need it are skipped with a note (the injected-failure tests still run).
 */
export interface SmallDisk {
  dir: string;
  /** Fills every free byte with a filler file; returns its path (delete it to free the space). */
  fill(): string;
  remountReadOnly(): void;
  unmount(): void;
}

export function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'clf-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

export function smallDisk(sizeKb = 256, { readOnly = false } = {}): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'clf-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700${readOnly ? ',ro' : ''}`, 'tmpfs', dir]);
  return {
    dir,
    fill() {
      mkdirSync(dir, { recursive: true });
      const path = join(dir, 'filler');
      const fd = openSync(path, 'a');
      const chunk = Buffer.alloc(4096, 120);
      try {
        for (;;) writeSync(fd, chunk);
      } catch {
        // ENOSPC: full to the last page; now the last bytes
        try {
          for (;;) writeSync(fd, chunk, 0, 1);
        } catch {
          // full
        }
      } finally {
        closeSync(fd);
      }
      return path;
    },
    remountReadOnly() {
      execFileSync('mount', ['-o', 'remount,ro', dir]);
    },
    unmount() {
      try {
        execFileSync('umount', [dir], { stdio: 'ignore' });
      } catch {
        execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
