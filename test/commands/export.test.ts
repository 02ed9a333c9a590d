import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../src/core/progress/records.js';
import { appendRecords } from '../../src/store/review-file.js';
import { BIN, ROOT } from '../e2e/terminal.js';
import { runCli } from '../helpers/run-cli.js';

let home: string;
const BANK = 'test/fixtures/valid-bank.yaml';
const review = (id: string, qid: string, correct: boolean, at: string, chosen: string[] = []): ReviewRecord => ({ v: 1, type: 'review', id, qid, at, source: 'study', correct, rating: correct ? 3 : 1, chosen });

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-export-'));
});

describe('clf-trainer export', () => {
  it('exports only the questions whose latest answer was wrong, with --missed', async () => {
    appendRecords(home, [
      review('a', 'fixture-001', false, '2026-11-20T10:00:00Z', ['HTTP API']),
      review('b', 'fixture-002', false, '2026-11-20T10:01:00Z'),
      review('c', 'fixture-002', true, '2026-11-21T10:00:00Z'),
    ]);
    const result = await runCli(['export', '--missed', '--bank', BANK], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('id,topic,type,stem,choices,answer,explanation,facts,source,last_wrong_answer,missed_at');
    expect(result.stdout).toContain('fixture-001,api-types,single,');
    expect(result.stdout).toContain('B. HTTP API,2026-11-20T10:00:00Z');
    expect(result.stdout).not.toContain('fixture-002');
    expect(result.stderr).toBe('exported 1 missed question (CSV)\n');
  });

  it('writes every loaded question as Anki notes to a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'clf-export-out-')), 'all.txt');
    const result = await runCli(['export', '--all', '--format', 'anki', '--out', out, '--bank', BANK], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(result.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('#separator:tab\n#html:true\n')).toBe(true);
    const notes = text.split('\n').filter((l) => l && !l.startsWith('#'));
    const count = Number(/exported (\d+) questions/.exec(result.stdout)![1]);
    expect(notes).toHaveLength(count);
    expect(notes.some((n) => n.startsWith('Which API Gateway API type keeps a persistent two-way connection open?'))).toBe(true);
  });

  it('needs exactly one of --missed and --all', async () => {
    expect((await runCli(['export'], { env: { CLF_TRAINER_HOME: home } })).code).toBe(2);
    expect((await runCli(['export', '--missed', '--all'], { env: { CLF_TRAINER_HOME: home } })).code).toBe(2);
  });

  it('never overwrites the review log (or anything in the data folder), whatever --force says', async () => {
    appendRecords(home, [review('a', 'fixture-001', false, '2026-11-20T10:00:00Z', ['HTTP API'])]);
    const log = readFileSync(join(home, 'reviews.jsonl'), 'utf8');
    for (const extra of [[], ['--force']]) {
      const result = await runCli(['export', '--all', '--out', join(home, 'reviews.jsonl'), ...extra, '--bank', BANK], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/reviews\.jsonl is inside the trainer's data folder .*: choose a path outside it/);
    }
    expect(readFileSync(join(home, 'reviews.jsonl'), 'utf8')).toBe(log);
  });

  it('refuses an existing file unless --force, and never writes through a symbolic link', async () => {
    const out = mkdtempSync(join(tmpdir(), 'clf-export-out-'));
    writeFileSync(join(out, 'imp.txt'), 'important');
    symlinkSync(join(out, 'imp.txt'), join(out, 'link.csv'));
    const linked = await runCli(['export', '--all', '--out', join(out, 'link.csv'), '--force', '--bank', BANK], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(linked.code).toBe(1);
    expect(linked.stderr).toContain('link.csv is a symbolic link: it is not followed');
    expect(readFileSync(join(out, 'imp.txt'), 'utf8')).toBe('important');

    const existing = await runCli(['export', '--all', '--out', join(out, 'imp.txt'), '--bank', BANK], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(existing.code).toBe(1);
    expect(existing.stderr).toContain('imp.txt already exists and was not overwritten: choose another path, or add --force to replace it');
    expect(readFileSync(join(out, 'imp.txt'), 'utf8')).toBe('important');
    const forced = await runCli(['export', '--all', '--out', join(out, 'imp.txt'), '--force', '--bank', BANK], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, 'imp.txt'), 'utf8')).toMatch(/^id,topic,type,stem/);
  });

  it('refuses a FIFO as --out at once instead of waiting for a reader (real process)', () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'clf-export-out-')), 'fifo.csv');
    spawnSync('mkfifo', [fifo]);
    for (const extra of [[], ['--force']]) {
      const run = spawnSync(process.execPath, [BIN, 'export', '--all', '--out', fifo, ...extra], { encoding: 'utf8', env: { ...process.env, CLF_TRAINER_HOME: home }, timeout: 15_000 });
      expect(run.signal, 'export waited on the FIFO').toBeNull();
      expect(run.status).toBe(1);
    }
  });

  it('prints the answers of a hand-edited log as text on standard output', async () => {
    appendRecords(home, [review('a', 'fixture-001', false, '2026-11-20T10:00:00Z', ['\u001b]0;PWNED-CHOSEN\u0007\u001b[2J', 'HTTP API'])]);
    const result = await runCli(['export', '--missed', '--bank', BANK], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(result.stdout).toContain('B. HTTP API');
    expect(result.stdout).not.toMatch(/\u001b|\u0007/);
  });
});
