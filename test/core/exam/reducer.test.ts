import { describe, expect, it } from 'vitest';
import { answerStatus, examCounts, examReducer, remainingAt, remainingNow, replay, shownSelection, usedMs } from '../../../src/core/exam/reducer.js';
import { toExamAction } from '../../../src/core/exam/actions.js';
import { toggleChoice } from '../../../src/core/study/answer.js';
import type { ExamAction, ExamItem, ExamState } from '../../../src/core/exam/types.js';

const T0 = Date.parse('2026-11-25T10:00:00Z');
const items: ExamItem[] = [
  { qid: 'q1', topic: 'auth', order: [2, 0, 3, 1], pick: 1 },
  { qid: 'q2', topic: 'caching', order: [4, 3, 2, 1, 0], pick: 2 },
  { qid: 'q3', topic: 'pricing', order: [0, 1, 2, 3], pick: 1 },
];
const MINUTE = 60_000;

function run(...actions: ExamAction[]): ExamState {
  const state = replay([{ type: 'start', at: T0, id: 'x1', items, durationMs: MINUTE }, ...actions]);
  if (!state) throw new Error('no state');
  return state;
}

describe('exam reducer', () => {
  it('start: every question unanswered and unflagged, the full time left, on question 1', () => {
    const s = run();
    expect(s).toMatchObject({ id: 'x1', status: 'running', current: 0, remainingMs: MINUTE, startedAt: T0, lastAt: T0 });
    expect(s.answers).toEqual([[], [], []]);
    expect(s.flagged).toEqual([false, false, false]);
    expect(examCounts(s)).toEqual({ answered: 0, incomplete: 0, unanswered: 3, flagged: 0 });
  });

  it('answer: stores original choice indices for the shown options, replacing the earlier answer', () => {
    let s = run({ type: 'answer', at: T0 + 1000, options: [0] });
    expect(s.answers[0]).toEqual([2]); // shown A is original choice 2
    s = examReducer(s, { type: 'answer', at: T0 + 2000, options: [3] })!;
    expect(s.answers[0]).toEqual([1]);
    expect(shownSelection(s, 0)).toEqual([3]);
    expect(answerStatus(s, 0)).toBe('answered');
  });

  it('answer: refuses more options than the question asks for, and positions that do not exist', () => {
    const s = run({ type: 'answer', at: T0 + 1000, options: [0, 1] }, { type: 'answer', at: T0 + 1000, options: [9] });
    expect(s.answers[0]).toEqual([]);
  });

  it('toggle: selects on single response; adds and removes on multiple response up to the number asked', () => {
    let s = run({ type: 'toggle', at: T0, option: 1 });
    expect(s.answers[0]).toEqual([0]);
    s = examReducer(s, { type: 'goto', at: T0, index: 1 })!;
    s = examReducer(s, { type: 'toggle', at: T0, option: 0 })!;
    expect(answerStatus(s, 1)).toBe('incomplete');
    s = examReducer(s, { type: 'toggle', at: T0, option: 1 })!;
    expect(s.answers[1]).toEqual([3, 4]);
    expect(answerStatus(s, 1)).toBe('answered');
    expect(toggleChoice(shownSelection(s, 1), 2, 2)).toEqual({ refused: 'Choose TWO: unselect one of your 2 options first.' });
    const refused = examReducer(s, { type: 'toggle', at: T0, option: 2 })!;
    expect(refused.answers[1]).toEqual([3, 4]);
    s = examReducer(s, { type: 'toggle', at: T0, option: 0 })!;
    expect(s.answers[1]).toEqual([3]);
  });

  it('seen: only the questions that were on screen (the first, and each one moved to)', () => {
    expect(run().seen).toEqual([true, false, false]);
    const s = run({ type: 'goto', at: T0, index: 2 }, { type: 'goto', at: T0, index: 0 }, { type: 'goto', at: T0, index: 9 });
    expect(s.seen).toEqual([true, false, true]);
  });

  it('flag: marks and unmarks the question on screen', () => {
    const s = run({ type: 'flag', at: T0 }, { type: 'goto', at: T0, index: 2 }, { type: 'flag', at: T0 }, { type: 'flag', at: T0 }, { type: 'flag', at: T0 });
    expect(s.flagged).toEqual([true, false, true]);
    expect(examCounts(s).flagged).toBe(2);
  });

  it('goto: moves anywhere, ignores positions outside the exam', () => {
    const s = run({ type: 'goto', at: T0, index: 2 }, { type: 'goto', at: T0, index: 3 }, { type: 'goto', at: T0, index: -1 });
    expect(s.current).toBe(2);
  });

  it('tick: counts the elapsed time on the clock and on the question on screen', () => {
    const s = run({ type: 'tick', at: T0 + 1000 }, { type: 'tick', at: T0 + 2500 }, { type: 'goto', at: T0 + 4000, index: 1 }, { type: 'tick', at: T0 + 5000 });
    expect(s.remainingMs).toBe(MINUTE - 5000);
    expect(s.spentMs).toEqual([4000, 1000, 0]);
    expect(usedMs(s)).toBe(5000);
  });

  it('a clock that goes backwards costs no time', () => {
    const s = run({ type: 'tick', at: T0 + 5000 }, { type: 'tick', at: T0 + 1000 }, { type: 'tick', at: T0 + 2000 });
    expect(s.remainingMs).toBe(MINUTE - 6000);
  });

  it('submit: ends the exam; nothing changes it afterwards', () => {
    const s = run({ type: 'answer', at: T0 + 1000, options: [0] }, { type: 'submit', at: T0 + 3000 });
    expect(s).toMatchObject({ status: 'finished', endReason: 'submitted', endedAt: T0 + 3000, remainingMs: MINUTE - 3000 });
    const after = examReducer(s, { type: 'answer', at: T0 + 4000, options: [1] });
    expect(after).toBe(s);
    expect(examReducer(s, { type: 'tick', at: T0 + 9000 })).toBe(s);
  });

  it('tick past zero: times out at the exact moment the time ran out', () => {
    const s = run({ type: 'tick', at: T0 + 59_000 }, { type: 'tick', at: T0 + 61_500 });
    expect(s).toMatchObject({ status: 'finished', endReason: 'timeout', remainingMs: 0, endedAt: T0 + MINUTE });
    expect(s.spentMs[0]).toBe(MINUTE);
  });

  it('an answer that arrives after the time ran out is not taken', () => {
    const s = run({ type: 'answer', at: T0 + 70_000, options: [0] });
    expect(s.status).toBe('finished');
    expect(s.endReason).toBe('timeout');
    expect(s.answers[0]).toEqual([]);
  });

  it('timeout: ends the exam with no time left, charged to the question on screen', () => {
    const s = run({ type: 'tick', at: T0 + 59_400 }, { type: 'timeout', at: T0 + 59_700 });
    expect(s).toMatchObject({ status: 'finished', endReason: 'timeout', remainingMs: 0 });
    expect(s.spentMs[0]).toBe(MINUTE);
  });

  it('resume: the time the trainer was not running is not counted', () => {
    const s = run({ type: 'tick', at: T0 + 20_000 }, { type: 'resume', at: T0 + 3_600_000 }, { type: 'tick', at: T0 + 3_601_000 });
    expect(s.status).toBe('running');
    expect(s.remainingMs).toBe(MINUTE - 21_000);
  });

  it('abandon: ends the attempt as abandoned', () => {
    const s = run({ type: 'abandon', at: T0 + 1000 });
    expect(s).toMatchObject({ status: 'abandoned', endReason: 'abandoned', endedAt: T0 + 1000 });
  });

  it('actions before start do nothing', () => {
    expect(examReducer(null, { type: 'tick', at: T0 })).toBeNull();
  });
});

describe('exam time', () => {
  const HOUR = 3_600_000;
  const DURATION = 14 * MINUTE;
  /** A run whose monotonic clock starts at `origin`; `wall` may jump while `mono` runs on. */
  const start = (mono = 1000): ExamAction => ({ type: 'start', at: T0, mono, id: 'x1', items, durationMs: DURATION });

  it('is measured on the monotonic clock: the wall clock set back an hour and then corrected neither ends nor extends the exam', () => {
    const s = replay([
      start(),
      { type: 'tick', at: T0 + 1000, mono: 2000 },
      { type: 'tick', at: T0 + 2000 - HOUR, mono: 3000 }, // clock set back
      { type: 'tick', at: T0 + 3000 - HOUR, mono: 4000 },
      { type: 'tick', at: T0 + 4000, mono: 5000 }, // corrected
      { type: 'answer', at: T0 + 5000, mono: 6000, options: [0] },
    ])!;
    expect(s).toMatchObject({ status: 'running', remainingMs: DURATION - 5000 });
    expect(s.answers[0]).toEqual([2]);
  });

  it('a forward jump (a laptop waking up, an NTP step) does not end the exam either', () => {
    const s = replay([start(), { type: 'tick', at: T0 + 2 * HOUR, mono: 2000 }, { type: 'submit', at: T0 + 2 * HOUR + 1000, mono: 3000 }])!;
    expect(s).toMatchObject({ status: 'finished', endReason: 'submitted', remainingMs: DURATION - 2000 });
    expect(s.spentMs[0]).toBe(2000);
  });

  it('ends at 0:00 of monotonic time, whatever the wall clock says', () => {
    const s = replay([start(0), { type: 'tick', at: T0 - HOUR, mono: DURATION - 1 }, { type: 'tick', at: T0 - HOUR + 2, mono: DURATION + 1 }])!;
    expect(s).toMatchObject({ status: 'finished', endReason: 'timeout', remainingMs: 0 });
  });

  it('is never dated as ending before it started', () => {
    const s = replay([start(), { type: 'tick', at: T0 + 60_000, mono: 61_000 }, { type: 'submit', at: T0 - HOUR, mono: 62_000 }])!;
    expect(s.endedAt).toBe(T0 + 61_000);
    expect(s.endedAt!).toBeGreaterThanOrEqual(s.startedAt);
  });

  it('across a restart, the new run has its own monotonic clock from resume on; the time away is not counted', () => {
    const first = [start(50_000), { type: 'tick', at: T0 + 10_000, mono: 60_000 } as const];
    // The second run's monotonic clock starts near 0, and its wall clock is an hour later.
    const second: ExamAction[] = [{ type: 'resume', at: T0 + HOUR, mono: 300 }, { type: 'tick', at: T0 + HOUR + 5_000, mono: 5_300 }];
    const s = replay([...first, ...second])!;
    expect(s).toMatchObject({ status: 'running', remainingMs: DURATION - 15_000, lastMono: 5_300 });
  });

  it('an exam saved without monotonic readings is still measured by the wall clock', () => {
    const s = replay([{ type: 'start', at: T0, id: 'x1', items, durationMs: DURATION }, { type: 'tick', at: T0 + 7_000 }])!;
    expect(s.remainingMs).toBe(DURATION - 7_000);
    expect(remainingAt(s, { at: T0 + 9_000 })).toBe(DURATION - 9_000);
  });

  it('shows the time left between actions from the same readings', () => {
    const s = replay([start(1000), { type: 'tick', at: T0 + 1000, mono: 2000 }])!;
    expect(remainingAt(s, { at: T0 - HOUR, mono: 3500 })).toBe(DURATION - 2500);
    expect(remainingAt(s, { at: T0 + HOUR, mono: 2000 })).toBe(DURATION - 1000);
  });
});

describe('a strict exam', () => {
  const strictItems = [{ qid: 'a', topic: 'auth' as const, order: [0, 1, 2, 3], pick: 1 }];
  const T = 5_000_000;

  it('charges the time away on resume, where an exam that is not strict does not', () => {
    const begin = { type: 'start', at: T, id: 's', items: strictItems, durationMs: 60_000 } as const;
    expect(replay([{ ...begin, strict: true }, { type: 'tick', at: T + 10_000 }, { type: 'resume', at: T + 30_000 }])!.remainingMs).toBe(30_000);
    expect(replay([begin, { type: 'tick', at: T + 10_000 }, { type: 'resume', at: T + 30_000 }])!.remainingMs).toBe(50_000);
  });

  it('charges the time away by the wall clock (the only one that runs between two runs), then runs on the new run\'s monotonic clock', () => {
    const s = replay([
      { type: 'start', at: T, mono: 1000, id: 's', items: strictItems, durationMs: 60_000, strict: true },
      { type: 'tick', at: T + 10_000, mono: 11_000 },
      { type: 'resume', at: T + 30_000, mono: 50 },
      { type: 'tick', at: T + 35_000, mono: 5_050 },
    ])!;
    expect(s).toMatchObject({ status: 'running', remainingMs: 25_000, lastMono: 5_050 });
  });

  it('times out on resume when the time ran out while away, dated when it ran out', () => {
    const ended = replay([{ type: 'start', at: T, id: 's', items: strictItems, durationMs: 60_000, strict: true }, { type: 'resume', at: T + 600_000 }])!;
    expect(ended).toMatchObject({ status: 'finished', endReason: 'timeout', remainingMs: 0, endedAt: T + 60_000 });
  });

  it('tells the time left now of an exam left running', () => {
    const state = replay([{ type: 'start', at: T, id: 's', items: strictItems, durationMs: 60_000, strict: true }])!;
    expect(remainingNow(state, T + 45_000)).toBe(15_000);
    expect(remainingNow(state, T + 90_000)).toBe(0);
    expect(remainingNow({ ...state, strict: undefined } as never, T + 45_000)).toBe(60_000);
  });

  it('is read back from the journal as strict', () => {
    expect(toExamAction({ type: 'start', at: T, id: 's', items: strictItems, durationMs: 60_000, strict: true })).toMatchObject({ strict: true });
    expect(toExamAction({ type: 'start', at: T, id: 's', items: strictItems, durationMs: 60_000, strict: 'yes' })).not.toHaveProperty('strict');
  });
});
