import * as fs from 'node:fs';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveProgressAside, type MoveFs } from '../../src/store/backup.js';
import { StorageError } from '../../src/store/errors.js';

let scratch: string;
let home: string;
let aside: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'clf-aside-'));
  home = join(scratch, 'home');
  aside = join(home, 'backups', 'before-restore');
  mkdirSync(join(home, 'banks'), { recursive: true });
  writeFileSync(join(home, 'reviews.jsonl'), '{"damaged": \n');
  writeFileSync(join(home, 'banks', 'mine.yaml'), 'title: Mine\nquestions: []\n');
  writeFileSync(join(scratch, 'elsewhere.yaml'), 'title: Elsewhere\nquestions: []\n');
  symlinkSync(join(scratch, 'elsewhere.yaml'), join(home, 'banks', 'linked.yaml'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const errno = (code: string) => Object.assign(new Error(code), { code });
/** node:fs where no rename crosses a file system: as when the bank folder is a link to another disk. */
const acrossDisks: MoveFs = {
  ...fs,
  renameSync: () => {
    throw errno('EXDEV');
  },
};

describe('moving progress aside before a restore', () => {
  it('copies across file systems byte for byte, a link as the link, and removes the originals', () => {
    expect(moveProgressAside(home, aside, acrossDisks)).toEqual(['banks/linked.yaml', 'banks/mine.yaml', 'reviews.jsonl']);
    expect(readFileSync(join(aside, 'reviews.jsonl'), 'utf8')).toBe('{"damaged": \n');
    expect(readFileSync(join(aside, 'banks', 'mine.yaml'), 'utf8')).toBe('title: Mine\nquestions: []\n');
    expect(lstatSync(join(aside, 'banks', 'linked.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(aside, 'banks', 'linked.yaml'))).toBe(join(scratch, 'elsewhere.yaml'));
    expect(readFileSync(join(scratch, 'elsewhere.yaml'), 'utf8')).toBe('title: Elsewhere\nquestions: []\n');
    for (const path of ['reviews.jsonl', 'banks/mine.yaml', 'banks/linked.yaml']) expect(existsSync(join(home, path))).toBe(false);
  });

  it('puts back what it moved when a move fails, and says so in one line', () => {
    // The third file cannot be copied: the first two go back where they were.
    let copies = 0;
    const failing: MoveFs = {
      ...acrossDisks,
      copyFileSync: (from, to, mode) => {
        if (++copies === 2) throw errno('ENOSPC');
        fs.copyFileSync(from, to, mode);
      },
    };
    let failure: unknown;
    try {
      moveProgressAside(home, aside, failing);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).message).toBe(`cannot keep reviews.jsonl aside in ${aside} before restoring: the disk is full; nothing was changed`);
    expect(readFileSync(join(home, 'reviews.jsonl'), 'utf8')).toBe('{"damaged": \n');
    expect(readFileSync(join(home, 'banks', 'mine.yaml'), 'utf8')).toBe('title: Mine\nquestions: []\n');
    expect(readlinkSync(join(home, 'banks', 'linked.yaml'))).toBe(join(scratch, 'elsewhere.yaml'));
  });
});
