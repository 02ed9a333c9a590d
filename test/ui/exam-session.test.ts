import { describe, expect, it } from 'vitest';
import { startExam } from '../../src/core/exam/reducer.js';
import type { ExamAction } from '../../src/core/exam/types.js';
import { createExamSession, liveRemaining } from '../../src/ui/exam/session.js';

const T0 = 1_000_000;
const items = [
  { qid: 'a', topic: 'auth' as const, order: [1, 0, 2, 3], pick: 1 },
  { qid: 'b', topic: 'auth' as const, order: [0, 1, 2, 3], pick: 1 },
];

describe('exam session', () => {
  it('saves each action before applying it; the screen view stays the same object across clock ticks', () => {
    const saved: ExamAction[] = [];
    const session = createExamSession(startExam('x', items, 60_000, T0), (a) => saved.push(a));
    let notified = 0;
    session.subscribe(() => notified++);
    const view = session.view();
    session.dispatch({ type: 'tick', at: T0 + 1000 });
    session.dispatch({ type: 'tick', at: T0 + 2000 });
    expect(session.view()).toBe(view);
    expect(session.state().remainingMs).toBe(58_000);
    session.dispatch({ type: 'toggle', at: T0 + 2500, option: 0 });
    expect(session.view()).not.toBe(view);
    expect(session.view().answers[0]).toEqual([1]);
    expect(saved.map((a) => a.type)).toEqual(['tick', 'tick', 'toggle']);
    expect(notified).toBe(3);
  });

  it('does not save or notify actions that change nothing', () => {
    const saved: ExamAction[] = [];
    const session = createExamSession(startExam('x', items, 60_000, T0), (a) => saved.push(a));
    session.dispatch({ type: 'goto', at: T0, index: 0 });
    session.dispatch({ type: 'goto', at: T0, index: 9 });
    expect(saved).toEqual([]);
  });

  it('the tick that reaches zero changes the view: the screen sees the exam end', () => {
    const session = createExamSession(startExam('x', items, 2000, T0), () => undefined);
    const view = session.view();
    session.dispatch({ type: 'tick', at: T0 + 2000 });
    expect(session.view()).not.toBe(view);
    expect(session.view().status).toBe('finished');
  });

  it('keeps the answer and reports when it cannot be saved', () => {
    const session = createExamSession(startExam('x', items, 60_000, T0), () => {
      throw new Error('ENOSPC: no space left on device');
    });
    session.dispatch({ type: 'flag', at: T0 });
    expect(session.view().flagged[0]).toBe(true);
    expect(session.saveError()).toContain('ENOSPC');
  });

  it('counts the time since the last action for the live clock', () => {
    const state = startExam('x', items, 60_000, T0);
    expect(liveRemaining(state, T0 + 1500)).toBe(58_500);
    expect(liveRemaining(state, T0 - 5)).toBe(60_000);
  });
});
