import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { examReducer, replay } from '../../src/core/exam/reducer.js';
import type { ExamAction, ExamItem } from '../../src/core/exam/types.js';
import { makeScheduler } from '../../src/core/srs/scheduler.js';
import {
  abandonExam,
  appendExamAction,
  compactTicks,
  createExamJournal,
  diskExamFolder,
  journalPath,
  parseJournal,
  pendingExams,
  readExam,
  readExamHistory,
  recordExam,
  type ExamFolder,
  type ExamHeader,
} from '../../src/store/exams.js';
import { readLog } from '../../src/store/review-file.js';
import { reviewLogOnDisk, type ReviewLog } from '../../src/store/review-log.js';
import { byId, makeQuestion } from '../core/exam/fixtures.js';

const T0 = Date.parse('2026-11-25T10:00:00Z');
const questions = [makeQuestion({ id: 'q1', answer: [1] }), makeQuestion({ id: 'q2', topic: 'auth', answer: [0] }), makeQuestion({ id: 'q3', topic: 'pricing', type: 'multi', answer: [0, 2] })];
const items: ExamItem[] = questions.map((q) => ({ qid: q.id, topic: q.topic, order: q.choices.map((_, i) => i), pick: q.answer.length }));
const header = (id: string): ExamHeader => ({ v: 1, type: 'exam', id, createdAt: new Date(T0).toISOString(), seed: 's1', banks: ['/x/bank.yaml'] });

let home: string;
let folder: ExamFolder;
let reviews: ReviewLog;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-exams-'));
  folder = diskExamFolder(home);
  reviews = reviewLogOnDisk(home, makeScheduler({ retention: 0.9, fuzz: false }), 4);
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function begin(id = 'e1'): void {
  createExamJournal(folder, header(id), { type: 'start', at: T0, id, items, durationMs: 60_000 });
}

function play(id: string, ...actions: ExamAction[]): void {
  for (const action of actions) appendExamAction(folder, id, action);
}

describe('exam store', () => {
  it('saves every action as it happens and rebuilds the exam from the journal, readable by the user only', () => {
    begin();
    play('e1', { type: 'answer', at: T0 + 1000, options: [1] }, { type: 'flag', at: T0 + 2000 }, { type: 'goto', at: T0 + 2000, index: 2 }, { type: 'tick', at: T0 + 5000 });
    const saved = readExam(folder, 'e1')!;
    expect(saved.header.seed).toBe('s1');
    expect(saved.state).toMatchObject({ status: 'running', current: 2, remainingMs: 55_000 });
    expect(saved.state.answers[0]).toEqual([1]);
    expect(saved.state.flagged).toEqual([true, false, false]);
    expect(statSync(journalPath(home, 'e1')).mode & 0o777).toBe(0o600);
  });

  it('a torn last line (killed mid-write) and a damaged line are skipped, the rest survives', () => {
    begin();
    play('e1', { type: 'answer', at: T0 + 1000, options: [1] });
    appendFileSync(journalPath(home, 'e1'), 'garbage\n{"type":"flag","at":');
    const saved = readExam(folder, 'e1')!;
    expect(saved.state.answers[0]).toEqual([1]);
    expect(saved.state.flagged[0]).toBe(false);
    expect(saved.damaged).toBe(1);
    // The next write starts on a line of its own.
    play('e1', { type: 'flag', at: T0 + 3000 });
    expect(readExam(folder, 'e1')!.state.flagged[0]).toBe(true);
  });

  it('finds the unfinished exam after a crash', () => {
    begin('e1');
    begin('e2');
    play('e2', { type: 'tick', at: T0 + 9000 });
    const pending = pendingExams(folder);
    expect(pending.unfinished.map((s) => s.state.id)).toEqual(['e2', 'e1']);
    expect(pending.unrecorded).toEqual([]);
  });

  it('a journal without a readable header is reported, not used and not deleted', () => {
    begin('e1');
    writeFileSync(journalPath(home, 'bad'), 'not json\n');
    const pending = pendingExams(folder);
    expect(pending.unreadable).toEqual([journalPath(home, 'bad')]);
    expect(readFileSync(journalPath(home, 'bad'), 'utf8')).toBe('not json\n');
  });

  it('records a submitted exam: reviews into the log, a history line, then it is no longer pending', () => {
    begin();
    play('e1', { type: 'answer', at: T0 + 1000, options: [1] }, { type: 'goto', at: T0 + 1500, index: 1 }, { type: 'goto', at: T0 + 1500, index: 2 }, { type: 'submit', at: T0 + 2000 });
    const result = recordExam(folder, reviews, readExam(folder, 'e1')!, byId(questions))!;
    expect(result.correct).toBe(1);
    const written = readLog(home).records;
    expect(written).toHaveLength(3);
    expect(written.every((r) => r.type === 'review' && r.source === 'exam' && r.exam === 'e1')).toBe(true);
    const history = readExamHistory(folder).values;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ id: 'e1', reason: 'submitted', correct: 1, questions: 3 });
    expect(statSync(join(home, 'exams', 'history.jsonl')).mode & 0o777).toBe(0o600);
    expect(pendingExams(folder)).toEqual({ unfinished: [], unrecorded: [], unreadable: [] });
  });

  it('completes an exam whose recording was interrupted, without counting anything twice', () => {
    begin();
    play('e1', { type: 'answer', at: T0 + 1000, options: [1] }, { type: 'goto', at: T0 + 1500, index: 1 }, { type: 'goto', at: T0 + 1500, index: 2 }, { type: 'timeout', at: T0 + 60_000 });
    // Simulate a crash after the reviews were written but before the journal mark and history line.
    const saved = readExam(folder, 'e1')!;
    recordExam(folder, reviews, saved, byId(questions));
    writeFileSync(join(home, 'exams', 'history.jsonl'), '');
    writeFileSync(journalPath(home, 'e1'), readFileSync(journalPath(home, 'e1'), 'utf8').replace(/.*"recorded".*\n/, ''));
    const pending = pendingExams(folder);
    expect(pending.unrecorded.map((s) => s.state.id)).toEqual(['e1']);
    recordExam(folder, reviews, pending.unrecorded[0]!, byId(questions), true);
    expect(readLog(home).records).toHaveLength(3);
    expect(readExamHistory(folder).values.map((e) => [e.id, e.reason])).toEqual([['e1', 'timeout']]);
  });

  it('questions never shown go neither into the review log nor count as answered; shown and unanswered ones are Again', () => {
    begin();
    play('e1', { type: 'answer', at: T0 + 1000, options: [1] }, { type: 'goto', at: T0 + 1500, index: 2 }, { type: 'submit', at: T0 + 2000 });
    const result = recordExam(folder, reviews, readExam(folder, 'e1')!, byId(questions))!;
    expect(result.total).toBe(3);
    expect(result.correct).toBe(1);
    const records = readLog(home).records;
    expect(records.map((r) => r.type === 'review' && [r.qid, r.rating])).toEqual([
      ['q1', 3],
      ['q3', 1],
    ]);
  });

  it('abandoning keeps the attempt in the history as abandoned, feeds no reviews, and charges no downtime', () => {
    begin();
    play('e1', { type: 'answer', at: T0 + 1000, options: [1] }, { type: 'tick', at: T0 + 10_000 });
    const abandoned = abandonExam(folder, reviews, readExam(folder, 'e1')!, T0 + 86_400_000, byId(questions));
    expect(abandoned.state).toMatchObject({ status: 'abandoned', remainingMs: 50_000 });
    expect(readLog(home).records).toEqual([]);
    expect(readExamHistory(folder).values[0]).toMatchObject({ id: 'e1', reason: 'abandoned', answered: 1, usedMs: 10_000 });
    expect(readExam(folder, 'e1')!.state.status).toBe('abandoned');
    expect(pendingExams(folder).unfinished).toEqual([]);
  });

  it('compacting the clock ticks of an ended exam keeps the same state', () => {
    begin();
    const actions: ExamAction[] = [];
    for (let s = 1; s <= 20; s++) actions.push({ type: 'tick', at: T0 + s * 1000 });
    actions.push({ type: 'answer', at: T0 + 20_500, options: [1] }, { type: 'goto', at: T0 + 21_000, index: 1 });
    for (let s = 22; s <= 30; s++) actions.push({ type: 'tick', at: T0 + s * 1000 });
    actions.push({ type: 'resume', at: T0 + 500_000 });
    for (let s = 501; s <= 560; s++) actions.push({ type: 'tick', at: T0 + s * 1000 }); // times out at 561 - (30-?)
    play('e1', ...actions);
    const before = readExam(folder, 'e1')!.state;
    const text = readFileSync(journalPath(home, 'e1'), 'utf8');
    const compact = compactTicks(text);
    expect(compact.split('\n').length).toBeLessThan(12);
    expect(parseJournal(compact)!.state).toEqual(before);
    expect(before.status).toBe('finished');
    // and the reducer agrees with a replay of the same actions
    const direct = replay([{ type: 'start', at: T0, id: 'e1', items, durationMs: 60_000 }, ...actions]);
    expect(direct).toEqual(before);
    expect(examReducer(direct, { type: 'tick', at: T0 + 999_999 })).toBe(direct);
  });
});
