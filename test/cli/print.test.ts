import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { print, type PrintTarget } from '../../src/cli/print.js';

const failing = vi.hoisted(() => ({ writes: [] as Array<number | string> }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    // Each queued entry is a byte count to accept or an error code to throw; then the real write.
    writeSync: (...args: Parameters<typeof real.writeSync>) => {
      const next = failing.writes.shift();
      if (typeof next === 'string') throw Object.assign(new Error(next), { code: next });
      if (typeof next === 'number') return next;
      return (real.writeSync as (...a: unknown[]) => number)(...args);
    },
  };
});

afterEach(() => {
  failing.writes.length = 0;
});

function target(fd: number, platform: NodeJS.Platform = 'linux') {
  const streamed: Buffer[] = [];
  const exits: number[] = [];
  const t: PrintTarget = { fd, stream: () => ({ write: (bytes: Uint8Array) => streamed.push(Buffer.from(bytes)) }), exit: (code) => void exits.push(code), platform };
  return { t, streamed, exits };
}

function withFile(test: (fd: number, path: string) => void) {
  const folder = mkdtempSync(join(tmpdir(), 'clf-print-'));
  const path = join(folder, 'out.txt');
  const fd = openSync(path, 'w');
  try {
    test(fd, path);
  } finally {
    closeSync(fd);
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('print', () => {
  it('writes the whole text, in UTF-8, to the descriptor without making the stream', () => {
    withFile((fd, path) => {
      const { t, streamed } = target(fd);
      print('✓ an API: "REST API"\n', t);
      expect(readFileSync(path, 'utf8')).toBe('✓ an API: "REST API"\n');
      expect(streamed).toEqual([]);
    });
  });

  it('goes on after a partial write', () => {
    withFile((fd, path) => {
      failing.writes.push(0, 3);
      const { t } = target(fd);
      print('abcdef', t);
      expect(readFileSync(path, 'utf8')).toBe('def');
    });
  });

  it('hands what is left to the stream when the descriptor is non-blocking and full', () => {
    withFile((fd) => {
      failing.writes.push(2, 'EAGAIN');
      const { t, streamed } = target(fd);
      print('abcdef', t);
      expect(Buffer.concat(streamed).toString()).toBe('cdef');
    });
  });

  it('ends quietly when the reader has closed the pipe', () => {
    withFile((fd) => {
      failing.writes.push('EPIPE');
      const { t, exits, streamed } = target(fd);
      print('abc', t);
      expect(exits).toEqual([0]);
      expect(streamed).toEqual([]);
    });
  });

  it('throws any other write error', () => {
    failing.writes.push('EIO');
    expect(() => print('abc', target(1).t)).toThrow('EIO');
  });

  it('writes through the stream on Windows', () => {
    withFile((fd, path) => {
      const { t, streamed } = target(fd, 'win32');
      print('abc', t);
      expect(Buffer.concat(streamed).toString()).toBe('abc');
      expect(readFileSync(path, 'utf8')).toBe('');
    });
  });
});
