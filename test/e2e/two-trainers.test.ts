import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLog } from '../../src/store/review-file.js';
import { writeManyQuestions } from '../helpers/many-questions.js';
import { BIN, ROOT, Terminal } from './terminal.js';

let home: string;
let bank: string;
const terms: Terminal[] = [];
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-e2e-two-'));
  bank = join(home, '..', `${home.split('/').pop()}-many.yaml`);
  writeManyQuestions(bank, 60);
});
afterEach(() => {
  for (const t of terms.splice(0)) t.kill();
  rmSync(home, { recursive: true, force: true });
  rmSync(bank, { force: true });
});

const env = () => ({ CLF_TRAINER_HOME: home });
const open = () => {
  const term = new Terminal(['study', '--bank', bank, '--topic', 'general', '--new', '100'], { env: env() });
  terms.push(term);
  return term;
};
const ANSWERED = /✓ Correct|✗ Wrong/;

/** Runs a command to completion without a terminal. */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env() } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('two trainers on the same data folder', () => {
  it('answering in turns in two terminals: every review of both is kept, nothing is corrupted', async () => {
    const a = open();
    const b = open();
    await a.waitFor('Fixture question');
    await b.waitFor('Fixture question');
    const rounds = 12;
    for (let i = 0; i < rounds; i++) {
      for (const term of [a, b]) {
        term.press('a', 'enter'); // choose option A, submit
        await term.waitFor(ANSWERED);
        term.press('enter'); // next question
        await term.waitFor('Fixture question');
      }
    }
    for (const term of [a, b]) {
      term.press('q');
      await term.waitFor('Session summary');
      term.press('q');
    }
    expect(await a.exit()).toBe(0);
    expect(await b.exit()).toBe(0);

    const log = readLog(home);
    expect(log.damaged).toEqual([]);
    expect(log.truncatedTail).toBe(false);
    expect(log.records).toHaveLength(2 * rounds);
    expect(new Set(log.records.map((r) => r.id)).size).toBe(2 * rounds);
    // Every line is a whole record: the two writers never interleaved inside a line.
    const lines = readFileSync(join(home, 'reviews.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(2 * rounds);
    // And a third trainer sees all of them.
    const stats = spawnSync(process.execPath, [BIN, 'stats', '--json', '--bank', bank], { cwd: ROOT, env: { ...process.env, ...env() }, encoding: 'utf8' });
    expect(stats.status).toBe(0);
    expect(JSON.parse(stats.stdout).totals.reviews).toBe(2 * rounds);
  }, 300_000);

  it('an unfinished mock exam opens in one trainer only; the other says which; a lock left by a killed trainer is taken over', async () => {
    const exam = () => {
      const term = new Terminal(['exam', '--bank', bank, '--topic', 'general', '--questions', '3'], { env: env() });
      terms.push(term);
      return term;
    };
    const first = exam();
    await first.waitFor('Press enter to start');
    first.press('enter');
    await first.waitFor('Time left');
    first.signal('SIGKILL'); // the exam stays unfinished, its lock behind
    expect(await first.exit()).toBe(128 + 9);

    const a = exam();
    await a.waitFor('You have an unfinished mock exam');
    a.press('r'); // resumes: the dead trainer's lock is taken over
    await a.waitFor('Time left');

    const b = exam();
    const screen = await b.waitFor(/You have an unfinished mock exam[\s\S]*It is open in another clf-trainer \(process \d+/);
    expect(screen).not.toContain('r / enter');
    // The footer offers only what works here: neither resume nor abandon.
    expect(screen).not.toMatch(/r resume|x abandon/);
    b.press('r');
    b.press('q');
    expect(await b.exit()).toBe(0);
    expect(b.output()).not.toContain('Time left');

    a.press('ctrlC');
    expect(await a.exit()).toBe(130);
    // Once the first one is closed, the exam can be resumed again.
    const c = exam();
    await c.waitFor('resume it, with its answers and flags');
    c.press('q');
    expect(await c.exit()).toBe(0);
  }, 120_000);

  it('changing two settings at the same moment keeps both changes, and the file is never half-written', async () => {
    for (let round = 0; round < 8; round++) {
      const perDay = 10 + round;
      const retention = (0.8 + round / 100).toFixed(2);
      const results = await Promise.all([cli('config', 'new-per-day', String(perDay)), cli('config', 'retention', retention)]);
      for (const r of results) expect(r.code, r.stderr).toBe(0);
      const settings = JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'));
      expect(settings).toMatchObject({ newPerDay: perDay, retention: Number(retention) });
    }
    // No temporary or lock file is left behind.
    expect(readdirSync(home).filter((name) => name.startsWith('.') || name.endsWith('.lock') || name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('a restore while a mock exam is open in another trainer is refused; the answers given after it are kept', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'clf-e2e-empty-'));
    const backup = join(empty, '..', `${empty.split('/').pop()}.json`);
    expect(spawnSync(process.execPath, [BIN, 'backup', backup], { cwd: ROOT, env: { ...process.env, CLF_TRAINER_HOME: empty }, encoding: 'utf8' }).status).toBe(0);
    const term = new Terminal(['exam', '--bank', bank, '--topic', 'general', '--questions', '5'], { env: env() });
    terms.push(term);
    await term.waitFor('Press enter to start');
    term.press('enter');
    await term.waitFor('Question 1 of 5');
    term.press('a', 'right');
    await term.waitFor('Question 2 of 5');

    const restore = await cli('restore', '--force', backup);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/^clf-trainer: another clf-trainer \(process \d+, since \d\d:\d\d\) is open on this progress: close it first/);
    term.press('a', 'right');
    await term.waitFor('Question 3 of 5');
    term.signal('SIGKILL');
    await term.exit();
    // The exam is still there, with both answers, and resumes.
    const journal = readdirSync(join(home, 'exams')).find((name) => name.endsWith('.jsonl'))!;
    const lines = readFileSync(join(home, 'exams', journal), 'utf8').split('\n');
    expect(lines[0]).toMatch(/^\{"v":1,"type":"exam"/);
    expect(lines.filter((line) => line.includes('"type":"answer"') || line.includes('"type":"toggle"')).length).toBeGreaterThanOrEqual(2);
    const again = new Terminal(['exam', '--bank', bank, '--topic', 'general'], { env: env() });
    terms.push(again);
    await again.waitFor('You have an unfinished mock exam');
    again.press('q');
    expect(await again.exit()).toBe(0);
    // With no trainer open (the killed one's lock is stale), the restore goes ahead.
    expect((await cli('restore', '--force', backup)).code).toBe(0);
    rmSync(empty, { recursive: true, force: true });
    rmSync(backup, { force: true });
  }, 120_000);
});
