import { shownSelection } from '../core/exam/reducer.js';
import type { ExamState } from '../core/exam/types.js';
import { NOTHING_CHOSEN, toggleChoice } from '../core/study/answer.js';

/**
 * The exam room's own state machine, pure: which view is up (the question, the review grid, a
 * confirmation), the option cursor, the grid cursor and a message. A key becomes an action; the
 * step returns the room's next state and the exam actions to save and apply, in order.
 */

export type RoomMode = 'question' | 'review' | 'submit' | 'leave';

export interface RoomState {
  mode: RoomMode;
  /** The highlighted option of the question on screen (display position). */
  cursor: number;
  /** The highlighted question of the review grid. */
  grid: number;
  /** Why a key did nothing ("Choose TWO: unselect one…"). */
  message?: string;
}

/**
 * The question view: up down choose (space) enter mark prev next review submit leave, and pick;
 * the review grid: the grid moves, go, close, submit; the confirmations: yes, no.
 */
export type RoomAction =
  | { type: (typeof PLAIN)[number] }
  | { type: 'pick'; option: number }
  /** Review grid: move the highlight; `perRow` is how many questions a row of the grid shows. */
  | { type: (typeof GRID)[number]; perRow: number };

const PLAIN = ['up', 'down', 'choose', 'enter', 'mark', 'prev', 'next', 'review', 'submit', 'leave', 'go', 'close', 'yes', 'no'] as const;
const GRID = ['gridUp', 'gridDown', 'gridLeft', 'gridRight'] as const;
const oneOf = <T extends string>(names: readonly T[], name: string): name is T => (names as readonly string[]).includes(name);

/**
 * A key's action name (and the number its binding carries) as a room action; `perRow` is how many
 * questions a row of the review grid shows at the screen's width.
 */
export function roomAction(name: string, value: number | undefined, perRow: number): RoomAction | undefined {
  if (name === 'pick') return value === undefined ? undefined : { type: 'pick', option: value };
  if (oneOf(GRID, name)) return { type: name, perRow };
  if (oneOf(PLAIN, name)) return { type: name };
  return undefined;
}

/** What the exam itself must do for a step (`at` is added when it is applied). */
export type ExamCommand = { type: 'toggle'; option: number } | { type: 'flag' } | { type: 'goto'; index: number } | { type: 'submit' };

export interface RoomStep {
  room: RoomState;
  commands: ExamCommand[];
  /** The learner confirmed leaving: the exam stays saved. */
  leave?: true;
}

/** Where the option cursor starts on a question: its first chosen option, or A. */
function startCursor(exam: ExamState, index: number): number {
  return shownSelection(exam, index)[0] ?? 0;
}

/** The room as the exam (re)opens: on the current question. */
export function enterRoom(exam: ExamState): RoomState {
  return { mode: 'question', cursor: startCursor(exam, exam.current), grid: exam.current };
}

const stay = (room: RoomState): RoomStep => ({ room, commands: [] });

function goto(room: RoomState, exam: ExamState, index: number): RoomStep {
  if (index < 0 || index >= exam.items.length) return stay(room);
  return { room: { mode: 'question', cursor: startCursor(exam, index), grid: index }, commands: index === exam.current ? [] : [{ type: 'goto', index }] };
}

function choose(room: RoomState, exam: ExamState, option: number): RoomStep {
  const item = exam.items[exam.current]!;
  if (option < 0 || option >= item.order.length) return stay(room);
  const { message: _, ...plain } = room;
  const choice = toggleChoice(shownSelection(exam, exam.current), option, item.pick);
  if ('refused' in choice) return stay({ ...plain, cursor: option, message: choice.refused });
  return { room: { ...plain, cursor: option }, commands: [{ type: 'toggle', option }] };
}

const openReview = (room: RoomState, exam: ExamState): RoomStep => stay({ mode: 'review', cursor: room.cursor, grid: exam.current });

function gridMove(grid: number, action: Extract<RoomAction, { perRow: number }>, total: number): number {
  const delta = { gridLeft: -1, gridRight: 1, gridUp: -action.perRow, gridDown: action.perRow }[action.type];
  const next = grid + delta;
  return next < 0 || next >= total ? grid : next;
}

function question(room: RoomState, action: RoomAction, exam: ExamState): RoomStep {
  const options = exam.items[exam.current]!.order.length;
  const { message: _, ...plain } = room;
  const last = exam.current === exam.items.length - 1;
  switch (action.type) {
    case 'up':
      return stay({ ...plain, cursor: Math.max(0, room.cursor - 1) });
    case 'down':
      return stay({ ...plain, cursor: Math.min(options - 1, room.cursor + 1) });
    case 'pick':
      return choose(room, exam, action.option);
    case 'choose':
      return choose(room, exam, room.cursor);
    case 'enter':
      // Enter never chooses: with an answer it moves on, without one it says how to choose.
      if (shownSelection(exam, exam.current).length === 0) return stay({ ...plain, message: NOTHING_CHOSEN });
      return last ? openReview(room, exam) : goto(room, exam, exam.current + 1);
    case 'mark':
      return { room: plain, commands: [{ type: 'flag' }] };
    case 'prev':
      return goto(room, exam, exam.current - 1);
    case 'next':
      return last ? openReview(room, exam) : goto(room, exam, exam.current + 1);
    case 'review':
      return openReview(room, exam);
    case 'submit':
      return stay({ ...plain, mode: 'submit' });
    case 'leave':
      return stay({ ...plain, mode: 'leave' });
    default:
      return stay(room);
  }
}

/** One key of the exam room, as an action: pure. Actions that mean nothing in the current view change nothing. */
export function roomStep(room: RoomState, action: RoomAction, exam: ExamState): RoomStep {
  if (exam.status !== 'running') return stay(room);
  switch (room.mode) {
    case 'question':
      return question(room, action, exam);
    case 'review':
      if (action.type === 'gridUp' || action.type === 'gridDown' || action.type === 'gridLeft' || action.type === 'gridRight') return stay({ ...room, grid: gridMove(room.grid, action, exam.items.length) });
      if (action.type === 'go') return goto({ ...room, mode: 'question' }, exam, room.grid);
      if (action.type === 'submit') return stay({ ...room, mode: 'submit' });
      if (action.type === 'close') return stay({ ...room, mode: 'question' });
      return stay(room);
    case 'submit':
      if (action.type === 'yes') return { room, commands: [{ type: 'submit' }] };
      if (action.type === 'no') return stay({ ...room, mode: 'question' });
      return stay(room);
    case 'leave':
      if (action.type === 'yes') return { room, commands: [], leave: true };
      if (action.type === 'no') return stay({ ...room, mode: 'question' });
      return stay(room);
  }
}
