import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatHistory } from '../../src/core/exam/history.js';
import type { ExamHistoryEntry } from '../../src/core/exam/records.js';
import { appendJsonLines } from '../../src/store/jsonl.js';
import { runCli } from '../helpers/run-cli.js';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-exam-cmd-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const entry = (over: Partial<ExamHistoryEntry>): ExamHistoryEntry => withQids({
  v: 1,
  id: 'e1',
  startedAt: '2026-11-20T09:00:00.000Z',
  endedAt: '2026-11-20T10:20:00.000Z',
  reason: 'submitted',
  questions: 65,
  answered: 64,
  durationMs: 5_400_000,
  usedMs: 4_800_000,
  correct: 51,
  percent: 78,
  scaled: 794,
  passed: true,
  weakest: 'caching',
  topics: [{ topic: 'caching', correct: 3, total: 6 }],
  qids: [],
  ...over,
});

/** One question id per question, as every exam records them. */
const withQids = (e: ExamHistoryEntry): ExamHistoryEntry => (e.qids.length ? e : { ...e, qids: Array.from({ length: e.questions }, (_, i) => `q${i}`) });

function writeHistory(entries: ExamHistoryEntry[]) {
  appendJsonLines(join(home, 'exams', 'history.jsonl'), entries);
}

describe('clf-trainer exam --history', () => {
  it('lists past attempts, most recent first and numbered: date, size, score, estimate, pass/fail, weakest topic', async () => {
    writeHistory([
      entry({}),
      entry({ id: 'e2', startedAt: '2026-11-22T09:00:00.000Z', endedAt: '2026-11-22T09:10:00.000Z', reason: 'abandoned', questions: 20, answered: 4, correct: undefined, percent: undefined, scaled: undefined, passed: undefined, weakest: undefined, topics: undefined }),
      entry({ id: 'e3', startedAt: '2026-11-23T09:00:00.000Z', endedAt: '2026-11-23T09:28:00.000Z', reason: 'timeout', questions: 20, answered: 20, correct: 10, percent: 50, scaled: 529, passed: false, weakest: 'auth' }),
    ]);
    const r = await runCli(['exam', '--history'], { env: { CLF_TRAINER_HOME: home } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^#\s+date\s+questions\s+score\s+est\. scaled\s+result\s+weakest topic$/);
    expect(lines[1]).toMatch(/^1\s.*20\s+50%\s+529\s+fail \(time\)\s+Authentication and authorization/);
    expect(lines[2]).toMatch(/20\s+–\s+–\s+abandoned\s+–/);
    expect(lines[3]).toMatch(/^3\s.*65\s+78%\s+794\s+pass\s+Caching/);
    expect(r.stdout).toContain('3 attempts, 1 of 2 scored passed');
    expect(r.stdout).toContain('clf-trainer exam --open N');
  });

  it('--open names what cannot be opened: an attempt that does not exist, or one abandoned', async () => {
    writeHistory([entry({}), entry({ id: 'e2', startedAt: '2026-11-30T09:00:00.000Z', endedAt: '2026-11-30T09:10:00.000Z', reason: 'abandoned', correct: undefined, percent: undefined, scaled: undefined, passed: undefined, weakest: undefined, topics: undefined })]);
    const missing = await runCli(['exam', '--open', '7'], { env: { CLF_TRAINER_HOME: home } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("there is no attempt 7: 'clf-trainer exam --history' lists them");
    const abandoned = await runCli(['exam', '--open', '1'], { env: { CLF_TRAINER_HOME: home } });
    expect(abandoned.code).toBe(1);
    expect(abandoned.stderr).toContain('attempt 1 was abandoned');
    const noTerminal = await runCli(['exam', '--open', '2'], { env: { CLF_TRAINER_HOME: home } });
    expect(noTerminal.code).toBe(2);
  });

  it('--json prints every attempt for scripts, without a terminal', async () => {
    writeHistory([entry({})]);
    const r = await runCli(['exam', '--history', '--json'], { env: { CLF_TRAINER_HOME: home } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ attempts: [entry({})] });
  });

  it('with no attempts says how to start one', async () => {
    const r = await runCli(['exam', '--history'], { env: { CLF_TRAINER_HOME: home } });
    expect(r.stdout).toContain("No mock exams yet: run 'clf-trainer exam'");
    expect(JSON.parse((await runCli(['exam', '--history', '--json'], { env: { CLF_TRAINER_HOME: home } })).stdout)).toEqual({ attempts: [] });
  });

  it('skips a damaged line and says so', async () => {
    writeHistory([entry({})]);
    appendJsonLines(join(home, 'exams', 'history.jsonl'), [{ nonsense: true }]);
    const r = await runCli(['exam', '--history'], { env: { CLF_TRAINER_HOME: home } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('skipped 1 damaged line');
    expect(r.stdout).toContain('1 attempt,');
  });

  it('lists and counts a history of 200,000 attempts (a restored backup may hold one) instead of failing', async () => {
    const line = `${JSON.stringify(entry({ questions: 3, answered: 3, correct: 2, percent: 67, scaled: 720, topics: [{ topic: 'caching', correct: 2, total: 3 }] }))}\n`;
    mkdirSync(join(home, 'exams'));
    writeFileSync(join(home, 'exams', 'history.jsonl'), line.repeat(200_000));
    const list = await runCli(['exam', '--history'], { env: { CLF_TRAINER_HOME: home } });
    expect(list).toMatchObject({ code: 0, stderr: '' });
    expect(list.stdout).toMatch(/\n200000 attempts, 200000 of 200000 scored passed/);
    const stats = await runCli(['stats', '--json'], { env: { CLF_TRAINER_HOME: home } });
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ exams: { best: 720 } });
  }, 120_000);
});

describe('clf-trainer exam (usage)', () => {
  it.each([
    [['exam', '--json'], '--json goes with --history'],
    [['exam', '--quick', '--questions', '10'], 'either --quick or --questions'],
    [['exam', '--history', '--seed', '4'], 'does not take --seed'],
    [['exam', '--history', '--bank', 'missing.yaml'], 'does not take --bank'],
    [['exam', '--topic', 'nope'], 'unknown topic "nope"'],
    [['exam', '--questions', '0'], 'whole number'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await runCli(argv, { env: { CLF_TRAINER_HOME: home }, tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('without a terminal prints one line saying what to run instead (exit 2)', async () => {
    const r = await runCli(['exam'], { env: { CLF_TRAINER_HOME: home } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(["clf-trainer: clf-trainer exam needs an interactive terminal; use 'clf-trainer exam --history --json' in scripts"]);
  });
});

describe('formatHistory', () => {
  it('uses the given date format', () => {
    expect(formatHistory([entry({})], () => 'DAY')).toContain('DAY ');
  });
});
