import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../src/core/progress/records.js';
import { BIN, ROOT, Terminal } from './terminal.js';

/**
 * Progress files damaged by a crash, a full disk or a hand edit: the trainer still starts,
 * says what it found, never deletes the damaged file, and uses everything that can be read.
 */

const STUDY = ['study', '--bank', 'test/fixtures/study/general.yaml', '--topic', 'general'];
const DAY = 86_400_000;

let home: string;
let term: Terminal | undefined;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-e2e-corrupt-'));
});
afterEach(() => {
  term?.kill();
  term = undefined;
  rmSync(home, { recursive: true, force: true });
});

const review = (id: string, qid: string, daysAgo: number, correct: boolean): ReviewRecord => ({ v: 1, type: 'review', id, qid, at: new Date(Date.now() - daysAgo * DAY).toISOString(), source: 'study', correct, rating: correct ? 3 : 1, chosen: [] });
const line = (r: unknown) => `${JSON.stringify(r)}\n`;
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, CLF_TRAINER_HOME: home }, encoding: 'utf8' });

describe('damaged progress files', () => {
  it('the trainer starts, says what it found, keeps the damaged files and uses every readable review', async () => {
    const log =
      line(review('r1', 'study-fixture-001', 3, true)) +
      '{"v":1,"type":"review","id":"cut-by-a-crash","qid":"stu\n' +
      line(review('r2', 'study-fixture-002', 2, false)) +
      line({ ...review('r3', 'study-fixture-001', 2, true), rating: 9 }) +
      '\u0000\u0000\u0000\u0000binary junk\n' +
      line(review('r4', 'study-fixture-001', 1, false)) +
      '{"v":1,"type":"review","id":"half-writ';
    writeFileSync(join(home, 'reviews.jsonl'), log);
    writeFileSync(join(home, 'settings.json'), '{ "newPerDay": 12, oops');
    mkdirSync(join(home, 'cache', 'banks'), { recursive: true });
    writeFileSync(join(home, 'cache', 'history.json'), 'not a snapshot');
    mkdirSync(join(home, 'exams'));
    writeFileSync(join(home, 'exams', 'history.jsonl'), 'garbage\n');

    // Readable reviews are used: both fixture questions were last answered wrong.
    const list = cli('review', '--list', '--json', '--bank', 'test/fixtures/study/general.yaml');
    expect(list.status, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as { missed: { id: string }[] }).missed.map((m) => m.id).sort()).toEqual(['study-fixture-001', 'study-fixture-002']);
    expect(list.stderr).toContain('reviews.jsonl: lines 2, 4, 5 are damaged and skipped; they are kept in the file, every other review is used');
    expect(list.stderr).toContain('reviews.jsonl: the last line was cut short by an interrupted write and is ignored');

    term = new Terminal(STUDY, { env: { CLF_TRAINER_HOME: home } });
    await term.waitFor(/Which colour is the fixture sky\?|Which animal says moo in the fixture\?/);
    term.press('a', 'enter');
    await term.waitFor(/✓ Correct|✗ Wrong/);
    term.press('q');
    await term.waitFor('Session summary');
    term.press('q');
    expect(await term.exit()).toBe(0);
    const said = term.output();
    expect(said).toContain('reviews.jsonl: lines 2, 4, 5 are damaged and skipped');
    expect(said).toMatch(/settings\.json is damaged; using the default settings \(a copy is kept at .*settings\.json\.damaged\)/);

    // Nothing was deleted: the damaged lines are still there, the new answer came after them.
    const after = readFileSync(join(home, 'reviews.jsonl'), 'utf8');
    expect(after.startsWith(log)).toBe(true);
    expect(after.slice(log.length).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as ReviewRecord).type)).toEqual(['review']);
    expect(readFileSync(join(home, 'settings.json.damaged'), 'utf8')).toBe('{ "newPerDay": 12, oops');
    expect(readFileSync(join(home, 'exams', 'history.jsonl'), 'utf8')).toBe('garbage\n');
    // And every command still reads the whole state.
    const stats = cli('stats', '--json', '--bank', 'test/fixtures/study/general.yaml');
    expect(stats.status, stats.stderr).toBe(0);
    expect((JSON.parse(stats.stdout) as { totals: { reviews: number } }).totals.reviews).toBe(4);
    // The damaged history snapshot was only a cache: written again from the log (now whole lines).
    expect(readFileSync(join(home, 'cache', 'history.json'), 'utf8')).not.toBe('not a snapshot');
  });

  it('a progress log that is not a file at all is reported in one line (exit 1), not a crash', () => {
    mkdirSync(join(home, 'reviews.jsonl'));
    const run = cli('stats', '--json');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^clf-trainer: cannot read your progress in .*reviews\.jsonl: it is a folder, not a file$/);
    expect(existsSync(join(home, 'reviews.jsonl'))).toBe(true);
  });

  it('an exam history that is not a file ends the exam and stats screens with one line naming it (exit 1), not an unexpected error', async () => {
    mkdirSync(join(home, 'exams'));
    spawnSync('mkfifo', [join(home, 'exams', 'history.jsonl')]);
    for (const command of ['exam', 'stats']) {
      term = new Terminal([command], { env: { CLF_TRAINER_HOME: home } });
      expect(await term.exit()).toBe(1);
      const output = term.output();
      expect(output).toMatch(/clf-trainer: cannot read your exam history in \S*history\.jsonl: it is a named pipe \(FIFO\), not a regular file/);
      expect(output).not.toContain('unexpected error');
    }
  });

  it('a review dated before 1970 is a damaged line, on the first start and on every start after it', () => {
    writeFileSync(join(home, 'reviews.jsonl'), line({ ...review('old', 'caching-001', 0, false), at: '1969-12-31T23:59:59Z' }) + line(review('r1', 'caching-002', 1, false)));
    for (const run of [1, 2, 3]) {
      const stats = cli('stats', '--json');
      expect(stats.status, `start ${run}: ${stats.stderr}`).toBe(0);
      expect((JSON.parse(stats.stdout) as { totals: { reviews: number } }).totals.reviews).toBe(1);
      expect(stats.stderr).toContain('reviews.jsonl: line 1 is damaged and skipped');
    }
  });

  it('a line of hundreds of megabytes is one damaged line: every command still reads the rest', () => {
    const path = join(home, 'reviews.jsonl');
    writeFileSync(path, line(review('r1', 'caching-001', 2, false)));
    // A sparse file: half a gigabyte of zero bytes on one line, taking no disk space.
    const fd = openSync(path, 'r+');
    const huge = 540 * 1024 * 1024;
    ftruncateSync(fd, fstatSync(fd).size + huge);
    closeSync(fd);
    appendFileSync(path, `\n${line(review('r2', 'caching-002', 1, false))}`);
    const stats = cli('stats', '--json');
    expect(stats.status, stats.stderr).toBe(0);
    expect((JSON.parse(stats.stdout) as { totals: { reviews: number } }).totals.reviews).toBe(2);
    expect(stats.stderr).toContain('reviews.jsonl: line 2 is damaged and skipped');
    const list = cli('review', '--list', '--json');
    expect(list.status, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as { count: number }).count).toBe(2);
    const backup = cli('backup', join(home, '..', `${home.split('/').pop()}-backup.json`));
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stderr).toContain('note: reviews.jsonl: 1 damaged line left out');
    expect(backup.stdout).toContain('✓ backed up 2 reviews');
    rmSync(join(home, '..', `${home.split('/').pop()}-backup.json`), { force: true });
  }, 120_000);

  it('a damaged parsed-bank cache entry with the right outer shape is parsed again, never used', () => {
    mkdirSync(join(home, 'banks'));
    writeFileSync(join(home, 'banks', 'cust.yaml'), readFileSync(join(ROOT, 'test/fixtures/valid-bank.yaml')));
    expect(cli('banks').status).toBe(0);
    const dir = join(home, 'cache', 'banks');
    const entry = readdirSync(dir).map((name) => join(dir, name)).find((path) => readFileSync(path, 'utf8').includes('fixture-001'))!;
    const good = readFileSync(entry, 'utf8');
    const [json, ...texts] = good.split('\n');
    const damaged = JSON.parse(json!);
    damaged.questions[0].facts = 'oops';
    // A field of a question, then its compressed text (one character of a block changed).
    const block = texts[0]!;
    const flipped = `${block.slice(0, 10)}${block[10] === 'A' ? 'B' : 'A'}${block.slice(11)}`;
    for (const bad of [[JSON.stringify(damaged), ...texts].join('\n'), [json, flipped, ...texts.slice(1)].join('\n')]) {
      writeFileSync(entry, bad);
      const run = cli('export', '--all');
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('fixture-001,api-types,single,');
      expect(readFileSync(entry, 'utf8')).toBe(good);
    }
  });
});
