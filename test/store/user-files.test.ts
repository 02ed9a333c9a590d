import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileLines, MAX_LINE_BYTES, readJsonLinesFile } from '../../src/store/jsonl.js';
import { decodeUserText, openUserFile, readUserFile, readUserText, UserFileError } from '../../src/store/user-files.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clf-reader-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const LIMIT = { maxBytes: 1024, what: 'test files' };

function failure(read: () => unknown): UserFileError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(UserFileError);
    return error as UserFileError;
  }
  throw new Error('expected the read to fail');
}

describe('the user-file reader', () => {
  it('refuses a FIFO at once, without waiting for a writer', () => {
    const fifo = join(dir, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    const error = failure(() => readUserFile(fifo, LIMIT));
    expect(error).toMatchObject({ reason: 'not-a-file', detail: 'is a named pipe (FIFO), not a regular file' });
  });

  it('refuses a link to a FIFO, a device and a socket', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, join(dir, 'link.yaml'));
    expect(failure(() => readUserFile(join(dir, 'link.yaml'), LIMIT)).reason).toBe('not-a-file');
    expect(failure(() => readUserFile('/dev/zero', LIMIT))).toMatchObject({ reason: 'not-a-file', detail: 'is a device, not a regular file' });
    const socket = join(dir, 'sock');
    const server: Server = await new Promise((done) => {
      const s = createServer().listen(socket, () => done(s));
    });
    try {
      expect(failure(() => readUserFile(socket, LIMIT)).reason).toBe('not-a-file');
    } finally {
      server.close();
    }
  });

  it('refuses a folder, and a missing file says so', () => {
    expect(failure(() => readUserFile(dir, LIMIT))).toMatchObject({ reason: 'not-a-file', detail: 'is a folder, not a file' });
    expect(failure(() => readUserFile(join(dir, 'nope'), LIMIT))).toMatchObject({ reason: 'missing', detail: 'does not exist' });
  });

  it('refuses a file over the cap before reading it, in one line naming the limit', () => {
    const big = join(dir, 'big.json');
    const fd = openSync(big, 'w');
    writeSync(fd, 'x', 5 * 1024 * 1024);
    closeSync(fd);
    const error = failure(() => readUserFile(big, { maxBytes: 1024 * 1024, what: 'backups', shown: 'big.json' }));
    expect(error.message).toBe('big.json is 5 MB; backups are limited to 1 MB');
  });

  it('reads a regular file, and follows a link to one', () => {
    writeFileSync(join(dir, 'a.txt'), 'hello');
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    expect(readUserFile(join(dir, 'b.txt'), LIMIT).toString()).toBe('hello');
  });

  it('explains UTF-16 and UTF-32 text, binary and invalid UTF-8, and drops a UTF-8 byte-order mark', () => {
    const text = (bytes: number[] | Buffer) => () => decodeUserText(Buffer.from(bytes), 'x.md', 'Markdown');
    expect(failure(text(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Title', 'utf16le')]))).detail).toBe('is UTF-16 text: save it as UTF-8');
    expect(failure(text(Buffer.from('# Title here', 'utf16le'))).detail).toBe('is UTF-16 text: save it as UTF-8');
    expect(failure(text([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])).detail).toBe('is UTF-32 text: save it as UTF-8');
    expect(failure(text([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]))).toMatchObject({ reason: 'not-text', detail: 'is a binary file, not Markdown text' });
    expect(failure(text([0x63, 0x61, 0x66, 0xe9]))).toMatchObject({ reason: 'not-text', detail: 'is not UTF-8 text: save it as UTF-8' });
    writeFileSync(join(dir, 'bom.json'), '\ufeff{"a":1}');
    expect(readUserText(join(dir, 'bom.json'), { ...LIMIT, format: 'JSON' })).toBe('{"a":1}');
  });

  it('gives every failure a message that is safe to print', () => {
    const name = join(dir, 'evil\u001b]0;PWNED\u0007\nname');
    mkdirSync(name);
    expect(failure(() => readUserFile(name, LIMIT)).message).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('reading JSON lines in chunks', () => {
  it('marks a line longer than the limit as damaged without ever holding it, and reads the lines around it', () => {
    const path = join(dir, 'log.jsonl');
    const fd = openSync(path, 'w');
    writeSync(fd, '{"n":1}\n');
    writeSync(fd, Buffer.alloc(MAX_LINE_BYTES + 10, 0x78));
    writeSync(fd, '\n{"n":2}\n{"n":3');
    closeSync(fd);
    const parsed = readJsonLinesFile(path, (v) => v as { n: number });
    expect(parsed.values).toEqual([{ n: 1 }, { n: 2 }]);
    expect(parsed.damaged).toEqual([{ line: 2, text: `(${MAX_LINE_BYTES + 10} bytes: longer than any line the trainer writes)` }]);
    expect(parsed.truncatedTail).toBe(true);
  });

  it('splits lines across chunk boundaries exactly', () => {
    const path = join(dir, 'lines.txt');
    const lines = Array.from({ length: 3000 }, (_, i) => `line ${i} ${'y'.repeat(i % 997)}`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const file = openUserFile(path);
    try {
      expect([...fileLines(file)].map((l) => l.text)).toEqual(lines);
    } finally {
      file.close();
    }
  });
});
