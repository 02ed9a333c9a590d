import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readLog } from '../../src/store/review-file.js';
import { writeManyQuestions } from '../helpers/many-questions.js';
import { canMount, smallDisk, type SmallDisk } from '../helpers/mounts.js';
import { Terminal } from './terminal.js';

/**
 * The data folder cannot take progress: read-only, missing and uncreatable, or on a full disk.
 * The disk cases use a real tmpfs (root and `mount` needed, otherwise skipped; the same
 * protections are tested with injected failures in test/store/files.test.ts).
 */
const mounting = canMount();
const root = process.getuid?.() === 0;

let bank: string;
let scratch: string;
let disk: SmallDisk | undefined;
let term: Terminal | undefined;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'clf-e2e-datadir-'));
  bank = join(scratch, 'many.yaml');
  writeManyQuestions(bank, 20);
});
afterEach(() => {
  term?.kill();
  term = undefined;
  disk?.unmount();
  disk = undefined;
});

// Wide, so the whole message fits on the footer line.
const study = (home: string) => new Terminal(['study', '--bank', bank, '--topic', 'general'], { cols: 220, env: { CLF_TRAINER_HOME: home } });

async function refused(home: string, reason: RegExp): Promise<string> {
  term = study(home);
  expect(await term.exit()).toBe(1);
  const output = term.output();
  expect(output).toMatch(reason);
  expect(output).not.toContain('Fixture question'); // refused before any screen
  expect(term.rawOutput()).not.toContain('\u001b[?1049h');
  return output;
}

describe('a data folder that cannot take progress', () => {
  it.skipIf(!mounting)('on a full disk: a clear message, exit 1, nothing written', async () => {
    disk = smallDisk(64);
    disk.fill();
    await refused(disk.dir, /clf-trainer: cannot save progress in .*: the disk is full\. Free some space and try again\./);
    expect(readdirSync(disk.dir)).toEqual(['filler']);
  });

  it.skipIf(!mounting)('read-only: a clear message, exit 1, nothing written', async () => {
    disk = smallDisk(64);
    writeFileSync(join(disk.dir, 'reviews.jsonl'), '');
    disk.remountReadOnly();
    await refused(disk.dir, /clf-trainer: cannot save progress in .*: it is on a read-only file system\./);
    expect(readdirSync(disk.dir)).toEqual(['reviews.jsonl']);
  });

  it.skipIf(root)('not writable by the user: a clear message, exit 1', async () => {
    const home = join(scratch, 'locked');
    rmSync(home, { recursive: true, force: true });
    mkdirSync(home, { mode: 0o500 });
    chmodSync(home, 0o500);
    await refused(home, /cannot save progress in .*locked: permission denied/);
  });

  it('missing and impossible to create: a clear message, exit 1', async () => {
    writeFileSync(join(scratch, 'a-file'), 'not a folder');
    await refused(join(scratch, 'a-file', 'clf-trainer'), /clf-trainer: cannot create the folder .*a-file\/clf-trainer: a part of the path is a file, not a folder\./);
    expect(readFileSync(join(scratch, 'a-file'), 'utf8')).toBe('not a folder');
  });

  it('missing but possible to create (a first start): created readable by the user only', async () => {
    const home = join(scratch, 'first', 'start');
    term = study(home);
    await term.waitFor('Fixture question');
    expect(statSync(home).mode & 0o777).toBe(0o700);
    term.press('q');
    expect(await term.exit()).toBe(0);
  });

  it.skipIf(!mounting)('the disk fills up mid-session: the answer is refused with the reason, nothing half-written, saved once there is room', async () => {
    disk = smallDisk(128);
    term = study(disk.dir);
    await term.waitFor('Fixture question');
    const filler = disk.fill();
    term.press('a', 'enter');
    await term.waitFor(/Could not save your answer: .*disk is\s+full/);
    expect(existsSync(join(disk.dir, 'reviews.jsonl')) ? readFileSync(join(disk.dir, 'reviews.jsonl'), 'utf8') : '').toBe('');
    rmSync(filler);
    term.press('enter');
    await term.waitFor(/✓ Correct|✗ Wrong/);
    term.press('q');
    await term.waitFor('Session summary');
    term.press('q');
    expect(await term.exit()).toBe(0);
    const log = readLog(disk.dir);
    expect(log.records).toHaveLength(1);
    expect(log.damaged).toEqual([]);
  });
});
