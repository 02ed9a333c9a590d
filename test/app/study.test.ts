import { describe, expect, it } from 'vitest';
import { openStudyRun, type StudyRun } from '../../src/app/study.js';
import type { Difficulty } from '../../src/core/bank/types.js';
import type { ReviewRecord } from '../../src/core/progress/records.js';
import { at, multi, single } from '../helpers/study-questions.js';
import { testServices } from '../helpers/ui.js';

const positionOf = (order: readonly number[], choice: number) => order.indexOf(choice);

/** Answers the question on screen right and goes on: its id. */
function answerRight(run: StudyRun): string {
  const shown = run.get().session.current!;
  run.dispatch({ type: 'pick', index: positionOf(shown.order, 0) });
  run.dispatch({ type: 'submit' });
  run.dispatch({ type: 'continue' });
  return shown.qid;
}

/** A study answer given at `when`. */
const studied = (qid: string, when: Date, i: number): ReviewRecord => ({ v: 1, type: 'review', id: `s${i}`, qid, at: when.toISOString(), source: 'study', correct: true, rating: 3, chosen: [] });

describe('a study run', () => {
  it('saves an answer before showing it: the records are in the log when the explanation appears', () => {
    const { services, log } = testServices([single('q1'), single('q2')]);
    const run = openStudyRun(services, 'study');
    const shown = run.get().session.current!;
    run.dispatch({ type: 'pick', index: positionOf(shown.order, 0) });
    run.dispatch({ type: 'submit' });
    expect(run.get().session.phase).toBe('explanation');
    expect(log.records).toEqual([expect.objectContaining({ qid: shown.qid, correct: true, rating: 3 })]);
    run.dispatch({ type: 'rate', rating: 4 });
    expect(log.records.map((r) => r.type)).toEqual(['review', 'undo', 'review']);
    expect(run.leave()).toMatchObject({ answered: 1, correct: 1 });
    // Once left, a run takes no more answers.
    expect(run.leave()).toBeUndefined();
    run.dispatch({ type: 'continue' });
    expect(run.get().session.phase).toBe('explanation');
  });

  it('when the answer cannot be saved, nothing is applied and the view says why', () => {
    const { services, log } = testServices([single('q1')]);
    log.append = () => {
      throw new Error('the disk is full');
    };
    const run = openStudyRun(services, 'study');
    const before = run.get().session;
    run.dispatch({ type: 'pick', index: 0 });
    run.dispatch({ type: 'submit' });
    expect(run.get().session.phase).toBe('question');
    expect(run.get().session.answers).toEqual([]);
    expect(run.get().error).toBe('Could not save your answer: the disk is full');
    expect(before.current?.qid).toBe(run.get().session.current?.qid);
  });

  it('studies only the topics asked for, and shows the queue counts', () => {
    const { services } = testServices([single('a', 'auth'), single('b', 'caching'), multi('c', 'caching')]);
    const run = openStudyRun(services, 'study', { topics: ['caching'] });
    expect(run.get().session.config.questions.map((q) => q.id)).toEqual(['b', 'c']);
    expect(run.get().counts).toEqual({ new: 2, learning: 0, review: 0 });
  });

  it('introduces new questions from every topic in turn, not in bank order', () => {
    const bank = (['auth', 'caching', 'pricing'] as const).flatMap((topic) => [1, 2, 3].map((i) => single(`${topic}-${i}`, topic)));
    const { services } = testServices(bank);
    const run = openStudyRun(services, 'study');
    const first = [answerRight(run), answerRight(run), answerRight(run)];
    expect(new Set(first.map((id) => id.split('-')[0])).size).toBe(3);
  });

  it('--new N allows N more new questions after the day\'s limit is used up; --new 0 none', () => {
    const bank = [1, 2, 3, 4, 5, 6].map((i) => single(`q${i}`));
    const log = ['q1', 'q2'].map((qid, i) => studied(qid, at(i - 60), i));
    const { services } = testServices(bank, { log, settings: { newPerDay: 2 } });
    expect(openStudyRun(services, 'study').get().session.phase).toBe('done');
    const more = openStudyRun(services, 'study', { extraNew: 3 });
    expect(more.get().session.config.newLimit).toBe(3);
    expect([answerRight(more), answerRight(more), answerRight(more)]).toHaveLength(3);
    expect(more.get().session.phase).toBe('done');
    expect(openStudyRun(services, 'study', { extraNew: 0 }).get().session.phase).toBe('done');
  });

  it('a study day starts at 4 am: a run after midnight gets no second batch of new questions', () => {
    const bank = [1, 2, 3, 4, 5, 6].map((i) => single(`q${i}`));
    // Three new questions at 23:00, the day's limit; the same learner at 00:30, then at 04:30.
    const evening = new Date(2025, 2, 10, 23, 0);
    const log = ['q1', 'q2', 'q3'].map((qid, i) => studied(qid, new Date(evening.getTime() + i * 60_000), i));
    const runAt = (now: Date) => {
      const { services } = testServices(bank, { log, now, settings: { newPerDay: 3 } });
      return openStudyRun(services, 'study').get().session.config.newLimit;
    };
    expect(runAt(new Date(2025, 2, 11, 0, 30))).toBe(0);
    expect(runAt(new Date(2025, 2, 11, 4, 30))).toBe(3);
  });
});

describe('study levels', () => {
  const leveled = (id: string, difficulty: Difficulty) => ({ ...single(id), difficulty });
  const pool = [leveled('f', 'foundational'), leveled('e', 'exam'), leveled('b', 'beyond-exam')];
  const studied = (run: ReturnType<typeof openStudyRun>) => run.get().session.config.questions.map((q) => q.id);

  it('study draws foundational and exam questions by default, never beyond-exam ones', () => {
    const { services } = testServices(pool);
    expect(studied(openStudyRun(services, 'study'))).toEqual(['f', 'e']);
  });

  it('the level setting and --level (which wins) choose another level', () => {
    expect(studied(openStudyRun(testServices(pool, { settings: { level: 'all' } }).services, 'study'))).toEqual(['f', 'e', 'b']);
    expect(studied(openStudyRun(testServices(pool, { settings: { level: 'foundational' } }).services, 'study'))).toEqual(['f']);
    expect(studied(openStudyRun(testServices(pool, { settings: { level: 'foundational' } }).services, 'study', { level: 'all' }))).toEqual(['f', 'e', 'b']);
  });

  it('review goes through every missed question, whatever its level', () => {
    const wrong = (qid: string) => ({ v: 1 as const, type: 'review' as const, id: `r-${qid}`, qid, at: at(0, 9).toISOString(), source: 'study' as const, correct: false, rating: 1 as const, chosen: ['x'] });
    const { services } = testServices(pool, { log: [wrong('b'), wrong('e')] });
    const run = openStudyRun(services, 'review');
    expect([...run.get().session.queue].sort()).toEqual(['b', 'e']);
  });
});
