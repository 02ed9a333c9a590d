import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogRecord, ReviewRecord } from '../../src/core/progress/records.js';
import { historyOf, type ReviewHistory } from '../../src/core/srs/history.js';
import { makeScheduler } from '../../src/core/srs/scheduler.js';
import { checksum } from '../../src/store/checksum.js';
import { StorageError } from '../../src/store/errors.js';
import { loadReviewHistory, SNAPSHOT_EVERY, SNAPSHOT_FILE } from '../../src/store/history-snapshot.js';
import { REVIEW_LOG } from '../../src/store/review-file.js';
import { randomLog } from '../helpers/random-log.js';

const scheduler = makeScheduler({ retention: 0.9 });
const NOW = new Date(2025, 2, 20, 18, 0);
const ID = 'test-history';
const ZONE = 'test-zone';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clf-history-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lines = (records: readonly LogRecord[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');
const logPath = () => join(dir, REVIEW_LOG);
const snapshotPath = () => join(dir, 'cache', SNAPSHOT_FILE);
const DAY_START = 4;
const load = (now = NOW, id = ID) => loadReviewHistory(dir, { scheduler, now, dayStart: DAY_START }, { id, zone: ZONE });
/** The log up to now, without answers dated later (a snapshot is only written when there are none). */
const pastLog = (seed: number, count = 300) => randomLog(seed, { count }).filter((r) => Date.parse(r.at) <= NOW.getTime());
const expected = (records: readonly LogRecord[], now = NOW): ReviewHistory => historyOf(records, { scheduler, now, dayStart: DAY_START });
const review = (id: string, qid: string, minutesAgo: number, correct = true): ReviewRecord => ({ v: 1, type: 'review', id, qid, at: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(), source: 'study', correct, rating: correct ? 3 : 1, chosen: [] });

describe('the review history snapshot', () => {
  it('is written on the first load and used on the next, with the same history (readable by the user only)', () => {
    const log = pastLog(1);
    writeFileSync(logPath(), lines(log));
    const first = load();
    expect(first.rebuilt).toBe(true);
    expect(first.history).toEqual(expected(log));
    expect(statSync(snapshotPath()).mode & 0o777).toBe(0o600);
    const second = load();
    expect(second.rebuilt).toBe(false);
    expect(second.history).toEqual(expected(log));
  });

  it('folds only what was appended since, and is renewed once enough was appended', () => {
    const log = pastLog(2);
    writeFileSync(logPath(), lines(log));
    load();
    const added = [review('a1', 'q1', 30), review('a2', 'new-question', 20, false), { v: 1 as const, type: 'undo' as const, id: 'a3', at: NOW.toISOString(), ref: 'a1' }];
    appendFileSync(logPath(), lines(added));
    const next = load();
    expect(next.rebuilt).toBe(false);
    expect(next.history).toEqual(expected([...log, ...added]));
    const before = readFileSync(snapshotPath(), 'utf8');
    const many = Array.from({ length: SNAPSHOT_EVERY }, (_, i) => review(`m${i}`, `q${i % 5}`, 10 - i / SNAPSHOT_EVERY));
    appendFileSync(logPath(), lines(many));
    expect(load().history).toEqual(expected([...log, ...added, ...many]));
    expect(readFileSync(snapshotPath(), 'utf8')).not.toBe(before);
    expect(load().rebuilt).toBe(false);
  });

  it.each([
    ['the log is replaced by another of the same size (a restore)', (text: string) => text.replace(/"rating":3/, '"rating":4').replace(/"correct":true,"rating":3/, '"correct":true,"rating":3')],
    ['a line in the middle is edited in place', (text: string) => text.replace(/"correct":true,"rating":3/, '"correct":true,"rating":4')],
    ['the log is cut short and written again', (text: string) => text.slice(0, text.length / 2).replace(/[^\n]*$/, '')],
  ])('is not trusted when %s: the whole log is folded again', (_, change) => {
    const log = pastLog(3);
    writeFileSync(logPath(), lines(log));
    load();
    const changed = change(readFileSync(logPath(), 'utf8'));
    rmSync(logPath());
    writeFileSync(logPath(), changed);
    const records = changed.split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogRecord);
    const after = load();
    expect(after.rebuilt).toBe(true);
    expect(after.history).toEqual(expected(records));
  });

  it.each([
    ['garbage', () => 'not a snapshot'],
    ['cut short', (text: string) => text.slice(0, text.length - 10)],
    ['a changed number', (text: string) => text.replace(/"reviews":(\d+)/, (_m, n) => `"reviews":${Number(n) + 1}`)],
    ['empty', () => ''],
  ])('when damaged (%s), is ignored, folded again and rewritten', (_, damage) => {
    const log = pastLog(4);
    writeFileSync(logPath(), lines(log));
    load();
    const good = readFileSync(snapshotPath(), 'utf8');
    writeFileSync(snapshotPath(), damage(good));
    const after = load();
    expect(after.rebuilt).toBe(true);
    expect(after.history).toEqual(expected(log));
    expect(load().rebuilt).toBe(false);
  });

  it('keeps its numbers as doubles after its JSON, and is not used when they are cut short or hold a number that cannot be (the log is folded again)', () => {
    const log = pastLog(5);
    writeFileSync(logPath(), lines(log));
    load();
    const file = readFileSync(snapshotPath());
    const body = file.subarray(file.indexOf(0x0a) + 1);
    const json = body.subarray(0, body.indexOf(0x0a) + 1);
    const numbers = body.subarray(json.length);
    const { questions, learned } = JSON.parse(json.toString('utf8')) as { questions: { ids: string[] }; learned: number };
    expect(numbers.length).toBe((questions.ids.length * (10 + 4) + learned) * 8);
    const infinite = Buffer.from(numbers);
    infinite.writeDoubleLE(Infinity, 8);
    for (const damaged of [numbers.subarray(0, numbers.length - 8), infinite]) {
      const changed = Buffer.concat([json, damaged]);
      writeFileSync(snapshotPath(), Buffer.concat([Buffer.from(`${checksum([changed])}\n`), changed]));
      const again = load();
      expect(again.rebuilt).toBe(true);
      expect(again.history).toEqual(expected(log));
    }
  });

  it('makes the answers to learned questions from the snapshot only when they are read', () => {
    const log = pastLog(6);
    writeFileSync(logPath(), lines(log));
    load();
    const { history } = load();
    expect(Object.getOwnPropertyDescriptor(history, 'learned')?.get).toBeTypeOf('function');
    expect(history.learned).toEqual(expected(log).learned);
    expect(history.learned).toBe(history.learned);
  });

  it('is only used by the build and scheduler that wrote it', () => {
    writeFileSync(logPath(), lines(pastLog(5)));
    load();
    expect(load(NOW, 'another-build').rebuilt).toBe(true);
    expect(loadReviewHistory(dir, { scheduler: makeScheduler({ retention: 0.85 }), now: NOW, dayStart: DAY_START }, { id: ID, zone: ZONE }).rebuilt).toBe(true);
    expect(loadReviewHistory(dir, { scheduler, now: NOW, dayStart: DAY_START }, { id: ID, zone: 'another-zone' }).rebuilt).toBe(true);
    expect(loadReviewHistory(dir, { scheduler, now: NOW, dayStart: 0 }, { id: ID, zone: ZONE }).rebuilt).toBe(true);
  });

  it('is rebuilt when an answer it holds is undone by another trainer afterwards', () => {
    const log = pastLog(6);
    writeFileSync(logPath(), lines(log));
    load();
    const undone = log.filter((r) => r.type === 'review').at(-1)!;
    const undo: LogRecord = { v: 1, type: 'undo', id: 'late-undo', at: NOW.toISOString(), ref: undone.id };
    appendFileSync(logPath(), lines([undo]));
    const after = load();
    expect(after.rebuilt).toBe(true);
    expect(after.history).toEqual(expected([...log, undo]));
  });

  it('says which lines are damaged (numbered in the whole file, also after the snapshot) and keeps them', () => {
    const log = pastLog(7, 40);
    const text = `${lines(log.slice(0, 10))}{"v":1,"type":"rev\n${lines(log.slice(10, 20))}`;
    writeFileSync(logPath(), text);
    expect(load().notices).toEqual(['reviews.jsonl: line 11 is damaged and skipped; it is kept in the file, every other review is used']);
    appendFileSync(logPath(), `not json at all\n${lines(log.slice(20))}{"v":1,"type":"review","id":"torn`);
    const after = load();
    expect(after.history).toEqual(expected(log));
    expect(after.notices).toEqual([
      'reviews.jsonl: lines 11, 22 are damaged and skipped; they are kept in the file, every other review is used',
      'reviews.jsonl: the last line was cut short by an interrupted write and is ignored',
    ]);
    expect(readFileSync(logPath(), 'utf8')).toContain('not json at all');
  });

  it('counts a whole last line without its newline (an editor dropped it), and covers only whole lines', () => {
    const log = pastLog(8, 30);
    writeFileSync(logPath(), lines(log).trimEnd());
    expect(load().history).toEqual(expected(log));
    expect(existsSync(snapshotPath())).toBe(false);
    appendFileSync(logPath(), '\n');
    expect(load().history).toEqual(expected(log));
    expect(load().rebuilt).toBe(false);
  });

  it('folds answers dated after now (a clock ahead) as given now, and keeps no snapshot of them until that time has passed', () => {
    const log = [...pastLog(9, 50), review('ahead', 'q1', -60)];
    writeFileSync(logPath(), lines(log));
    const first = load();
    expect(first.history).toEqual(expected(log));
    expect(first.history.future).toBe(1);
    expect(existsSync(snapshotPath())).toBe(false);
    expect(load().rebuilt).toBe(true);
    const later = new Date(NOW.getTime() + 2 * 3_600_000);
    expect(load(later)).toMatchObject({ rebuilt: true, history: { ...expected(log, later), future: 0 } });
    expect(load(later)).toMatchObject({ rebuilt: false, history: expected(log, later) });
  });

  it('extends a snapshot with answers dated after now without storing them', () => {
    const log = pastLog(12, 50);
    writeFileSync(logPath(), lines(log));
    load();
    const written = readFileSync(snapshotPath());
    const ahead = Array.from({ length: SNAPSHOT_EVERY }, (_, i) => review(`ahead${i}`, `q${i % 12}`, -60 - i));
    appendFileSync(logPath(), lines(ahead));
    expect(load()).toMatchObject({ rebuilt: false, history: { ...expected([...log, ...ahead]), future: SNAPSHOT_EVERY } });
    expect(readFileSync(snapshotPath())).toEqual(written);
  });

  it('says clearly when the log cannot be read', () => {
    mkdirSync(logPath());
    expect(() => load()).toThrow(StorageError);
    expect(() => load()).toThrow(/cannot read your progress in .*reviews\.jsonl: it is a folder, not a file/);
  });

  it('is not used when running from source without a build id', () => {
    writeFileSync(logPath(), lines(pastLog(10, 30)));
    expect(loadReviewHistory(dir, { scheduler, now: NOW, dayStart: DAY_START }, { zone: ZONE }).rebuilt).toBe(true);
    expect(existsSync(snapshotPath())).toBe(false);
  });
});
