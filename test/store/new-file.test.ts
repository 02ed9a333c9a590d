import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputError, writeNewFile } from '../../src/store/new-file.js';

let dir: string;
let home: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clf-writer-'));
  home = join(dir, 'home');
  mkdirSync(home);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function refusal(write: () => void): OutputError {
  try {
    write();
  } catch (error) {
    expect(error).toBeInstanceOf(OutputError);
    return error as OutputError;
  }
  throw new Error('expected the write to be refused');
}

describe('the new-file writer', () => {
  it('writes a new file whole, readable by the user only, creating its folders', () => {
    const path = join(dir, 'a', 'b', 'out.csv');
    writeNewFile(path, 'x,y\r\n', { dataDir: home });
    expect(readFileSync(path, 'utf8')).toBe('x,y\r\n');
    expect(statSync(path).mode & 0o077).toBe(0);
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['out.csv']);
  });

  it('refuses an existing file, and replaces it with --force', () => {
    const path = join(dir, 'taken.csv');
    writeFileSync(path, 'keep');
    expect(refusal(() => writeNewFile(path, 'new', { dataDir: home })).reason).toBe('exists');
    expect(readFileSync(path, 'utf8')).toBe('keep');
    writeNewFile(path, 'new', { dataDir: home, force: true });
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('never follows a symbolic link at the target, even with --force, and leaves what it points to alone', () => {
    const precious = join(dir, 'precious.txt');
    writeFileSync(precious, 'important');
    symlinkSync(precious, join(dir, 'link.csv'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.csv'));
    for (const force of [false, true]) {
      expect(refusal(() => writeNewFile(join(dir, 'link.csv'), 'x', { dataDir: home, force })).reason).toBe('link');
      expect(refusal(() => writeNewFile(join(dir, 'dangling.csv'), 'x', { dataDir: home, force })).reason).toBe('link');
    }
    expect(readFileSync(precious, 'utf8')).toBe('important');
  });

  it('refuses a FIFO at once (it would block), even with --force', () => {
    const fifo = join(dir, 'fifo.csv');
    execFileSync('mkfifo', [fifo]);
    expect(refusal(() => writeNewFile(fifo, 'x', { dataDir: home, force: true })).reason).toBe('not-a-file');
  });

  it('refuses any path inside the data folder, however it is reached', () => {
    writeFileSync(join(home, 'reviews.jsonl'), '{"v":1}\n');
    symlinkSync(home, join(dir, 'alias'));
    for (const path of [join(home, 'reviews.jsonl'), join(home, 'new.csv'), join(home, 'exams', 'x.csv'), join(dir, 'alias', 'reviews.jsonl'), join(home, '..', 'home', 'x.csv')]) {
      const error = refusal(() => writeNewFile(path, 'x', { dataDir: home, force: true }));
      expect(error.reason).toBe('in-data-folder');
      expect(error.message).toContain("is inside the trainer's data folder");
    }
    expect(readFileSync(join(home, 'reviews.jsonl'), 'utf8')).toBe('{"v":1}\n');
  });

  it('writes inside the data folder only where the caller allows it (the bank folder for import)', () => {
    const banks = join(home, 'banks');
    writeNewFile(join(banks, 'mine.yaml'), 'title: x\n', { dataDir: home, allowedIn: banks });
    expect(readFileSync(join(banks, 'mine.yaml'), 'utf8')).toBe('title: x\n');
    expect(refusal(() => writeNewFile(join(home, 'reviews.yaml'), 'x', { dataDir: home, allowedIn: banks })).reason).toBe('in-data-folder');
  });
});
