import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageError } from '../../src/store/errors.js';
import { appendText, checkWritable, replaceFile, type FileSystem } from '../../src/store/files.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clf-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/**
 * node:fs with failures injected: a disk that fills up after `room` more bytes (a write that
 * does not fit writes what fits and reports it, the next one fails with ENOSPC, as on a real
 * file system), or a flush that fails.
 */
function failingFs({ room = Infinity, fsyncFails = false, renameFails = false } = {}): FileSystem {
  let left = room;
  return {
    ...fs,
    writeSync: ((fd: number, buffer: Buffer, offset?: number, length?: number) => {
      if (left <= 0) throw errno('ENOSPC');
      const from = offset ?? 0;
      const n = Math.min(length ?? buffer.length - from, left);
      left -= n;
      return fs.writeSync(fd, buffer, from, n);
    }) as unknown as FileSystem['writeSync'],
    fsyncSync: ((fd: number) => {
      if (fsyncFails) throw errno('EIO');
      fs.fsyncSync(fd);
    }) as FileSystem['fsyncSync'],
    renameSync: ((from: fs.PathLike, to: fs.PathLike) => {
      if (renameFails) throw errno('EXDEV');
      fs.renameSync(from, to);
    }) as FileSystem['renameSync'],
  };
}

describe('appendText', () => {
  it('creates the file 0600 in a folder created 0700', () => {
    const path = join(dir, 'new', 'log.jsonl');
    appendText(path, 'one\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'new')).mode & 0o777).toBe(0o700);
  });

  it('closes off a torn last line so the new line stands on its own', () => {
    const path = join(dir, 'log.jsonl');
    writeFileSync(path, '{"a":1}\n{"torn');
    appendText(path, '{"b":2}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"torn\n{"b":2}\n');
  });

  it('refuses to append to a FIFO or a device (an answer written there would be lost without a word)', () => {
    const fifo = join(dir, 'log.jsonl');
    execFileSync('mkfifo', [fifo]);
    for (const path of [fifo, '/dev/null']) {
      expect(() => appendText(path, '{"a":1}\n')).toThrow(StorageError);
      expect(() => appendText(path, '{"a":1}\n')).toThrow(/it is not a regular file \(a FIFO, socket or device\)/);
    }
  });

  it('on a disk that fills up mid-write, cuts the file back: no half-written line', () => {
    const path = join(dir, 'log.jsonl');
    writeFileSync(path, '{"a":1}\n');
    const attempt = () => appendText(path, `${JSON.stringify({ b: 'x'.repeat(100) })}\n`, { fs: failingFs({ room: 40 }) });
    expect(attempt).toThrow(StorageError);
    expect(attempt).toThrow(/disk is full/);
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
  });

  it('when the flush fails, cuts the unflushed line back off and says so', () => {
    const path = join(dir, 'log.jsonl');
    writeFileSync(path, '{"a":1}\n');
    expect(() => appendText(path, '{"b":2}\n', { fs: failingFs({ fsyncFails: true }) })).toThrow(/input\/output error/);
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
  });
});

describe('replaceFile', () => {
  it('replaces the content, 0600, leaving no temporary file', () => {
    const path = join(dir, 'settings.json');
    writeFileSync(path, 'old');
    replaceFile(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it.each([
    ['the disk fills up while writing', { room: 3 }, /disk is full/],
    ['the flush fails', { fsyncFails: true }, /input\/output error/],
    ['the rename fails', { renameFails: true }, /EXDEV/],
  ])('keeps the old content untouched when %s', (_, failure, message) => {
    const path = join(dir, 'settings.json');
    writeFileSync(path, '{"old":true}');
    expect(() => replaceFile(path, '{"new":true,"longer":"content"}', failingFs(failure))).toThrow(message);
    expect(readFileSync(path, 'utf8')).toBe('{"old":true}');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });
});

describe('checkWritable', () => {
  it('creates a missing data folder 0700 and leaves nothing in it', () => {
    const home = join(dir, 'a', 'b');
    checkWritable(home);
    expect(statSync(home).mode & 0o777).toBe(0o700);
    expect(readdirSync(home)).toEqual([]);
  });

  it('says clearly when the folder cannot be created', () => {
    writeFileSync(join(dir, 'file'), '');
    expect(() => checkWritable(join(dir, 'file', 'home'))).toThrow(/cannot create the folder .*file\/home: a part of the path is a file, not a folder/);
  });

  it('says the disk is full, and leaves no probe file behind', () => {
    expect(() => checkWritable(dir, failingFs({ room: 0 }))).toThrow(/cannot save progress in .*: the disk is full/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
