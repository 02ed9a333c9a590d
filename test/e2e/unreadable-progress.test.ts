import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { otherUser } from '../helpers/other-user.js';

/**
 * Progress files the user cannot read (a permission changed by hand, a folder of another
 * user): every command says which file and why in one line, exit 1, never "unexpected error".
 */

const user = otherUser();
const skip = 'skip' in user ? user.skip : undefined;

let home: string;
let out: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-e2e-unreadable-'));
  out = mkdtempSync(join(tmpdir(), 'clf-e2e-unreadable-out-'));
  chmodSync(out, 0o777);
  mkdirSync(join(home, 'exams'));
  mkdirSync(join(home, 'banks'));
  writeFileSync(join(home, 'reviews.jsonl'), `${JSON.stringify({ v: 1, type: 'review', id: 'r1', qid: 'caching-001', at: '2026-11-20T10:00:00Z', source: 'study', correct: false, rating: 1, chosen: [] })}\n`);
  writeFileSync(join(home, 'exams', 'history.jsonl'), '');
  writeFileSync(join(home, 'settings.json'), '{"newPerDay": 7}');
  writeFileSync(join(home, 'banks', 'cust.yaml'), 'title: Mine\n');
});
afterEach(() => {
  for (const dir of [home, out]) rmSync(dir, { recursive: true, force: true });
});

/** Gives the whole data folder to the other user, then changes the permissions of one path. */
function lockOut(path: string, mode: number) {
  if ('skip' in user) return;
  const give = (p: string) => {
    user.give(p);
    if (statSync(p).isDirectory()) for (const name of readdirSync(p)) give(join(p, name));
  };
  give(home);
  chmodSync(path, mode);
}

function run(args: string[]) {
  if ('skip' in user) throw new Error(user.skip);
  return user.run(args, { env: { CLF_TRAINER_HOME: home } });
}

function expectOneLine(result: { status: number | null; stderr: string }, message: RegExp) {
  expect(result.stderr).not.toContain('unexpected error');
  expect(result.stderr.trim()).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.status).toBe(1);
}

describe.skipIf(skip)('unreadable progress files', () => {
  it('the exam history: stats and exam --history say so in one line', () => {
    lockOut(join(home, 'exams', 'history.jsonl'), 0o000);
    for (const args of [['stats', '--json'], ['exam', '--history']]) expectOneLine(run(args), /^clf-trainer: cannot read your exam history in .*history\.jsonl: permission denied$/);
  });

  it('the exams folder: stats says so in one line', () => {
    lockOut(join(home, 'exams'), 0o000);
    expectOneLine(run(['stats', '--json']), /^clf-trainer: cannot read your exam history in .*history\.jsonl: permission denied$/);
  });

  it.each([
    ['a bank', ['banks', 'cust.yaml'], /^clf-trainer: cannot back up banks\/cust\.yaml: permission denied; nothing was written$/],
    ['the settings', ['settings.json'], /^clf-trainer: cannot back up settings\.json: permission denied; nothing was written$/],
    ['the exam history', ['exams', 'history.jsonl'], /^clf-trainer: cannot back up exams\/history\.jsonl: permission denied; nothing was written$/],
  ])('backup refuses when %s cannot be read, in one line, and writes nothing', (_what, path, message) => {
    lockOut(join(home, ...path), 0o000);
    expectOneLine(run(['backup', join(out, 'b.json')]), message);
    expect(readdirSync(out)).toEqual([]);
  });

  it('backup of a data folder that cannot be listed says so in one line', () => {
    lockOut(home, 0o300);
    expectOneLine(run(['backup', join(out, 'b.json')]), /^clf-trainer: cannot list .*: permission denied$/);
  });
});

describe.skipIf(!skip)('unreadable progress files (skipped)', () => {
  it(`cannot run here: ${skip}`, () => undefined);
});
