import { describe, expect, it } from 'vitest';
import { enterRoom, gridItems, roomAction, roomStep, type RoomAction, type RoomState } from '../../src/app/exam-room.js';
import { examReducer, replay, shownSelection } from '../../src/core/exam/reducer.js';
import type { ExamItem, ExamState } from '../../src/core/exam/types.js';

const T0 = 1_000_000;
const items: ExamItem[] = [
  { qid: 'a', topic: 'auth', order: [0, 1, 2, 3], pick: 1 },
  { qid: 'b', topic: 'auth', order: [3, 2, 1, 0, 4], pick: 2 },
  { qid: 'c', topic: 'auth', order: [0, 1, 2, 3], pick: 1 },
];
const start = (): ExamState => replay([{ type: 'start', at: T0, id: 'x', items, durationMs: 60_000 }])!;

/** Runs room actions from the start of the exam, applying their exam commands as the session does. */
function run(...actions: RoomAction[]): { room: RoomState; exam: ExamState; left: boolean; commands: string[] } {
  let exam = start();
  let room = enterRoom(exam);
  let left = false;
  const commands: string[] = [];
  for (const action of actions) {
    const step = roomStep(room, action, exam);
    for (const command of step.commands) {
      commands.push(command.type);
      exam = examReducer(exam, { ...command, at: T0 })!;
    }
    room = step.room;
    left ||= step.leave === true;
  }
  return { room, exam, left, commands };
}

const grid = (type: 'gridUp' | 'gridDown' | 'gridLeft' | 'gridRight', perRow = 2) => ({ type, perRow }) as const;

describe('the exam room as a reducer', () => {
  it('starts on the question with nothing chosen; the cursor only highlights', () => {
    const { room, exam, commands } = run({ type: 'down' }, { type: 'down' }, { type: 'up' });
    expect(room).toEqual({ mode: 'question', cursor: 1, grid: 0 });
    expect(exam.answers[0]).toEqual([]);
    expect(commands).toEqual([]);
  });

  it('chooses with a letter or with space; enter with nothing chosen explains and records nothing', () => {
    const nothing = run({ type: 'enter' });
    expect(nothing.room.message).toMatch(/^Nothing chosen yet/);
    expect(nothing.commands).toEqual([]);
    expect(nothing.exam.current).toBe(0);
    const chosen = run({ type: 'down' }, { type: 'choose' }, { type: 'enter' });
    expect(chosen.exam.answers[0]).toEqual([1]);
    expect(chosen.exam.current).toBe(1);
    expect(run({ type: 'pick', option: 2 }).exam.answers[0]).toEqual([2]);
  });

  it('refuses a choice beyond "Choose TWO" with the same message as study', () => {
    const { room, exam } = run({ type: 'next' }, { type: 'pick', option: 0 }, { type: 'pick', option: 1 }, { type: 'pick', option: 2 });
    expect(shownSelection(exam, 1)).toEqual([0, 1]);
    expect(room.message).toBe('Choose TWO: unselect one of your 2 options first.');
  });

  it('moves between questions, and → on the last one opens the review grid', () => {
    expect(run({ type: 'next' }, { type: 'next' }).exam.current).toBe(2);
    expect(run({ type: 'next' }, { type: 'next' }, { type: 'next' }).room.mode).toBe('review');
    expect(run({ type: 'prev' }).commands).toEqual([]);
    expect(run({ type: 'next' }, { type: 'next' }).exam.seen).toEqual([true, true, true]);
  });

  it('the review grid moves inside the exam and goes to the chosen question', () => {
    expect(run({ type: 'review' }, grid('gridLeft'), grid('gridUp')).room.grid).toBe(0);
    expect(run({ type: 'review' }, grid('gridDown'), grid('gridDown')).room.grid).toBe(2);
    expect(run({ type: 'review' }, grid('gridRight'), grid('gridRight'), grid('gridRight')).room.grid).toBe(2);
    const went = run({ type: 'review' }, grid('gridDown'), { type: 'go' });
    expect(went.room.mode).toBe('question');
    expect(went.exam.current).toBe(2);
    expect(run({ type: 'review' }, { type: 'close' }).room.mode).toBe('question');
  });

  it('submits and leaves only after a yes', () => {
    expect(run({ type: 'submit' }, { type: 'no' }).room.mode).toBe('question');
    expect(run({ type: 'submit' }, { type: 'yes' }).exam.status).toBe('finished');
    expect(run({ type: 'leave' }, { type: 'no' }).left).toBe(false);
    expect(run({ type: 'leave' }, { type: 'yes' }).left).toBe(true);
    expect(run({ type: 'review' }, { type: 'submit' }, { type: 'yes' }).exam.endReason).toBe('submitted');
  });

  it('ignores actions that mean nothing in the view, and everything once the exam has ended', () => {
    expect(run({ type: 'yes' }).room).toEqual(enterRoom(start()));
    expect(run({ type: 'submit' }, { type: 'yes' }, { type: 'mark' }).exam.flagged).toEqual([false, false, false]);
  });

  it('reads a key action (with its value) as a room action', () => {
    expect(roomAction('pick', 3, 7)).toEqual({ type: 'pick', option: 3 });
    expect(roomAction('pick', undefined, 7)).toBeUndefined();
    expect(roomAction('gridDown', undefined, 7)).toEqual({ type: 'gridDown', perRow: 7 });
    expect(roomAction('mark', undefined, 7)).toEqual({ type: 'mark' });
    expect(roomAction('help', undefined, 7)).toBeUndefined();
  });

  it('filters the review grid: flagged, incomplete (nothing or too few chosen), unanswered; the highlight moves among what it shows', () => {
    const filter = (f: 'all' | 'flagged' | 'incomplete' | 'unanswered') => ({ type: 'filter', filter: f }) as const;
    // Q1 flagged and answered, Q2 one of two chosen, Q3 nothing.
    const base = [{ type: 'mark' }, { type: 'pick', option: 0 }, { type: 'next' }, { type: 'pick', option: 0 }, { type: 'review' }] as const;
    expect(run(...base, filter('flagged')).room).toMatchObject({ mode: 'review', filter: 'flagged', grid: 0 });
    const incomplete = run(...base, filter('incomplete'));
    expect(gridItems(incomplete.exam, 'incomplete')).toEqual([1, 2]);
    expect(gridItems(incomplete.exam, 'unanswered')).toEqual([2]);
    expect(incomplete.room.grid).toBe(1);
    expect(run(...base, filter('incomplete'), grid('gridRight', 8)).room.grid).toBe(2);
    expect(run(...base, filter('incomplete'), grid('gridRight', 8), grid('gridRight', 8)).room.grid).toBe(2);
    expect(run(...base, filter('incomplete'), filter('all')).room).not.toHaveProperty('filter');
  });

  it('enter on a filtered grid starts a pass: next and enter step through only those questions, then the grid again', () => {
    const filter = { type: 'filter', filter: 'flagged' } as const;
    // Flag Q1 and Q3, then review flagged.
    const flags = [{ type: 'mark' }, { type: 'next' }, { type: 'next' }, { type: 'mark' }, { type: 'review' }, filter, grid('gridLeft', 8), { type: 'go' }] as const;
    const first = run(...flags);
    expect(first.exam.current).toBe(0);
    expect(first.room.pass).toEqual({ filter: 'flagged', items: [0, 2] });
    const second = run(...flags, { type: 'next' });
    expect(second.exam.current).toBe(2);
    expect(run(...flags, { type: 'next' }, { type: 'prev' }).exam.current).toBe(0);
    const done = run(...flags, { type: 'next' }, { type: 'pick', option: 1 }, { type: 'enter' });
    expect(done.room).toMatchObject({ mode: 'review', filter: 'flagged', grid: 2 });
    expect(done.room.pass).toBeUndefined();
    // Unflagging a question during the pass does not drop it from the pass.
    expect(run(...flags, { type: 'mark' }, { type: 'next' }).exam.current).toBe(2);
  });
});

