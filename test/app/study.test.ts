import { describe, expect, it } from 'vitest';
import { openStudyRun } from '../../src/app/study.js';
import { multi, single } from '../helpers/study-questions.js';
import { testServices } from '../helpers/ui.js';

const positionOf = (order: readonly number[], choice: number) => order.indexOf(choice);

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
    expect(run.get().counts).toEqual({ due: 0, newAvailable: 2 });
  });
});
