import { describe, expect, it } from 'vitest';
import { createExamSession, type SessionPorts } from '../../src/app/exam-session.js';
import { remainingAt, startExam } from '../../src/core/exam/reducer.js';
import type { ExamAction } from '../../src/core/exam/types.js';

const T0 = 1_000_000;
const items = [
  { qid: 'a', topic: 'auth' as const, order: [1, 0, 2, 3], pick: 1 },
  { qid: 'b', topic: 'auth' as const, order: [0, 1, 2, 3], pick: 1 },
];

/** A clock whose wall time can jump while its monotonic time (ms since the run started) moves on. */
interface TestClock {
  now: number;
  mono: number;
}

function ports(saved: ExamAction[] = [], clock: TestClock = { now: T0, mono: 0 }): SessionPorts & { left: number } {
  const p = { left: 0, save: (a: ExamAction) => void saved.push(a), time: () => ({ at: clock.now, mono: clock.mono }), onLeave: () => void p.left++ };
  return p;
}
const START = { at: T0, mono: 0 };
/** Moves both clocks on by `ms`, as time passing does. */
const pass = (clock: TestClock, ms: number) => {
  clock.now += ms;
  clock.mono += ms;
};

describe('the exam session', () => {
  it('saves each action before applying it; the screen view stays the same object across clock ticks', () => {
    const saved: ExamAction[] = [];
    const clock = { now: T0, mono: 0 };
    const session = createExamSession(startExam('x', items, 60_000, START), ports(saved, clock));
    let notified = 0;
    session.subscribe(() => notified++);
    const view = session.view();
    pass(clock, 1000);
    session.tick();
    pass(clock, 1000);
    session.tick();
    expect(session.view()).toBe(view);
    expect(session.state().remainingMs).toBe(58_000);
    expect(session.clockSeconds()).toBe(58);
    pass(clock, 500);
    session.press({ type: 'pick', option: 0 });
    expect(session.view()).not.toBe(view);
    expect(session.view().exam.answers[0]).toEqual([1]);
    expect(saved.map((a) => a.type)).toEqual(['tick', 'tick', 'toggle']);
    expect(notified).toBe(3);
  });

  it('saves nothing for keys that change only the room (moving the cursor, opening the grid)', () => {
    const saved: ExamAction[] = [];
    const session = createExamSession(startExam('x', items, 60_000, START), ports(saved));
    session.press({ type: 'down' });
    session.press({ type: 'review' });
    expect(session.view().room).toMatchObject({ mode: 'review', cursor: 1 });
    expect(saved).toEqual([]);
  });

  it('the tick that reaches zero changes the view: the screen sees the exam end', () => {
    const clock = { now: T0, mono: 0 };
    const session = createExamSession(startExam('x', items, 2000, START), ports([], clock));
    const view = session.view();
    pass(clock, 2000);
    session.tick();
    expect(session.view()).not.toBe(view);
    expect(session.view().exam.status).toBe('finished');
    expect(session.nextTickIn()).toBeUndefined();
  });

  it('keeps the answer and reports when it cannot be saved', () => {
    const session = createExamSession(startExam('x', items, 60_000, START), {
      ...ports(),
      save: () => {
        throw new Error('ENOSPC: no space left on device');
      },
    });
    session.press({ type: 'mark' });
    expect(session.view().exam.flagged[0]).toBe(true);
    expect(session.view().saveError).toContain('ENOSPC');
  });

  it('says when the learner confirms leaving', () => {
    const p = ports();
    const session = createExamSession(startExam('x', items, 60_000, START), p);
    session.press({ type: 'leave' });
    session.press({ type: 'yes' });
    expect(p.left).toBe(1);
  });

  it('counts the time since the last action for the live clock', () => {
    const state = startExam('x', items, 60_000, START);
    expect(remainingAt(state, { at: T0 + 1500, mono: 1500 })).toBe(58_500);
    expect(remainingAt(state, { at: T0 - 5, mono: 0 })).toBe(60_000);
  });

  it('takes the exam time from the monotonic clock: the system clock set back an hour and corrected, or pushed forward, changes nothing', () => {
    const saved: ExamAction[] = [];
    const clock = { now: T0, mono: 0 };
    const session = createExamSession(startExam('x', items, 14 * 60_000, START), ports(saved, clock));
    pass(clock, 1000);
    session.tick();
    clock.now -= 3_600_000; // set back an hour
    pass(clock, 1000);
    session.tick();
    clock.now += 3_600_000; // corrected
    pass(clock, 1000);
    session.tick();
    clock.now += 2 * 3_600_000; // a jump forward
    pass(clock, 1000);
    session.tick();
    expect(session.state()).toMatchObject({ status: 'running', remainingMs: 14 * 60_000 - 4000 });
    expect(session.nextTickIn()).toBe(1000);
    expect(saved.every((a) => typeof a.mono === 'number')).toBe(true);
  });
});
