import { describe, expect, it } from 'vitest';
import { readHome } from '../../src/app/home.js';
import type { ExamHistoryEntry } from '../../src/core/exam/records.js';
import { at, single } from '../helpers/study-questions.js';
import { testServices } from '../helpers/ui.js';

const entry = (endedAt: string, scaled: number | undefined, passed = false): ExamHistoryEntry => ({
  v: 1,
  id: endedAt,
  startedAt: endedAt,
  endedAt,
  reason: scaled === undefined ? 'abandoned' : 'submitted',
  questions: 65,
  answered: 0,
  durationMs: 1,
  usedMs: 1,
  qids: Array.from({ length: 65 }, (_, i) => `q${i}`),
  ...(scaled === undefined ? {} : { scaled, passed }),
});

describe('the home screen', () => {
  it('reads its numbers through the ports: what study would do, missed and the last scored exam', () => {
    const wrong = { v: 1 as const, type: 'review' as const, id: 'r1', qid: 'a', at: at(0, 9).toISOString(), source: 'study' as const, correct: false, rating: 1 as const, chosen: ['x'] };
    const { services, folder } = testServices([single('a'), single('b')], { log: [wrong] });
    const history = [entry('2026-01-02T00:00:00Z', 712, true), entry('2026-01-01T00:00:00Z', 600, false), entry('2026-01-03T00:00:00Z', undefined)];
    folder.files.set('history.jsonl', history.map((e) => `${JSON.stringify(e)}\n`).join(''));
    expect(readHome(services)).toEqual({
      counts: { new: 1, learning: 1, review: 0 },
      opens: { kind: 'question' },
      missed: 1,
      unseen: 1,
      now: services.clock.wall(),
      lastExam: { scaled: 712, passed: true },
      attempts: 3,
    });
  });

  it('counts due and new questions at the study level, and missed ones at every level, as study and review will serve them', () => {
    const wrong = (qid: string) => ({ v: 1 as const, type: 'review' as const, id: `r-${qid}`, qid, at: at(0, 9).toISOString(), source: 'study' as const, correct: false, rating: 1 as const, chosen: ['x'] });
    const beyond = (id: string) => ({ ...single(id), difficulty: 'beyond-exam' as const });
    const questions = [single('a'), single('b'), beyond('c'), beyond('d')];
    expect(readHome(testServices(questions, { log: [wrong('a'), wrong('c')] }).services)).toMatchObject({ counts: { new: 1, learning: 1, review: 0 }, unseen: 1, missed: 2 });
    expect(readHome(testServices(questions, { log: [wrong('a'), wrong('c')], settings: { level: 'all' } }).services)).toMatchObject({ counts: { new: 2, learning: 2, review: 0 }, unseen: 2, missed: 2 });
  });

});
