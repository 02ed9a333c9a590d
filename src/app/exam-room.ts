import { answerStatus, shownSelection } from '../core/exam/reducer.js';
import type { ExamState } from '../core/exam/types.js';
import { NOTHING_CHOSEN, toggleChoice } from '../core/study/answer.js';

/**
 * The exam room's own state machine, pure: which view is up (the question, the review grid, a
 * confirmation), the option cursor, the grid cursor and a message. A key becomes an action; the
 * step returns the room's next state and the exam actions to save and apply, in order.
 */

export type RoomMode = 'question' | 'review' | 'submit' | 'leave';

/**
 * What the review grid shows, as the test centre's review screen offers: every question, or only
 * the flagged ones, the incomplete ones (no complete answer yet: nothing chosen, or too few
 * options of a "Choose TWO"), or the unanswered ones (nothing chosen).
 */
export const GRID_FILTERS = ['all', 'flagged', 'incomplete', 'unanswered'] as const;
export type GridFilter = (typeof GRID_FILTERS)[number];

/** Going through the questions a filter showed, one after another (Review flagged, Review incomplete). */
export interface ReviewPass {
  filter: Exclude<GridFilter, 'all'>;
  /** The questions the filter showed when the pass began: answering one does not drop it. */
  items: number[];
}

export interface RoomState {
  mode: RoomMode;
  /** The highlighted option of the question on screen (display position). */
  cursor: number;
  /** The highlighted question of the review grid. */
  grid: number;
  /** The review grid's filter (absent: all questions). */
  filter?: Exclude<GridFilter, 'all'>;
  /** Set while going through a filter's questions: next and previous stay among them. */
  pass?: ReviewPass;
  /** Why a key did nothing ("Choose TWO: unselect one…"). */
  message?: string;
}

/** Pure: the questions (positions) the grid shows under a filter. */
export function gridItems(exam: ExamState, filter: GridFilter = 'all'): number[] {
  return exam.items.flatMap((_, i) => {
    const status = answerStatus(exam, i);
    const shown =
      filter === 'all' ||
      (filter === 'flagged' && exam.flagged[i] === true) ||
      (filter === 'incomplete' && status !== 'answered') ||
      (filter === 'unanswered' && status === 'unanswered');
    return shown ? [i] : [];
  });
}

/**
 * The question view: up down choose (space) enter mark prev next review submit leave, and pick;
 * the review grid: the grid moves, go, close, submit; the confirmations: yes, no.
 */
export type RoomAction =
  | { type: (typeof PLAIN)[number] }
  | { type: 'pick'; option: number }
  /** Review grid: show only some questions. */
  | { type: 'filter'; filter: GridFilter }
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
  if (name === 'filter') {
    const filter = value === undefined ? undefined : GRID_FILTERS[value];
    return filter ? { type: 'filter', filter } : undefined;
  }
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

/** The room's filter and pass, carried from view to view. */
function carried(room: RoomState): Pick<RoomState, 'filter' | 'pass'> {
  return { ...(room.filter ? { filter: room.filter } : {}), ...(room.pass ? { pass: room.pass } : {}) };
}

function goto(room: RoomState, exam: ExamState, index: number): RoomStep {
  if (index < 0 || index >= exam.items.length) return stay(room);
  return { room: { mode: 'question', cursor: startCursor(exam, index), grid: index, ...carried(room) }, commands: index === exam.current ? [] : [{ type: 'goto', index }] };
}

/** The next question: the next of the pass while one is under way (its end opens the grid again), else the next one. */
function forward(room: RoomState, exam: ExamState): RoomStep {
  if (room.pass) {
    const next = room.pass.items.find((i) => i > exam.current);
    return next === undefined ? openReview(room, exam) : goto(room, exam, next);
  }
  return exam.current === exam.items.length - 1 ? openReview(room, exam) : goto(room, exam, exam.current + 1);
}

function backward(room: RoomState, exam: ExamState): RoomStep {
  if (room.pass) {
    const previous = room.pass.items.filter((i) => i < exam.current).at(-1);
    return previous === undefined ? stay(room) : goto(room, exam, previous);
  }
  return goto(room, exam, exam.current - 1);
}

function choose(room: RoomState, exam: ExamState, option: number): RoomStep {
  const item = exam.items[exam.current]!;
  if (option < 0 || option >= item.order.length) return stay(room);
  const { message: _, ...plain } = room;
  const choice = toggleChoice(shownSelection(exam, exam.current), option, item.pick);
  if ('refused' in choice) return stay({ ...plain, cursor: option, message: choice.refused });
  return { room: { ...plain, cursor: option }, commands: [{ type: 'toggle', option }] };
}

/** The review grid, on the current question when the filter shows it, else on the first it shows. */
function openReview(room: RoomState, exam: ExamState): RoomStep {
  const shown = gridItems(exam, room.filter);
  const grid = shown.includes(exam.current) ? exam.current : (shown[0] ?? exam.current);
  return stay({ mode: 'review', cursor: room.cursor, grid, ...(room.filter ? { filter: room.filter } : {}) });
}

function filtered(room: RoomState, exam: ExamState, filter: GridFilter): RoomStep {
  const { filter: _, pass: __, ...rest } = room;
  const next: RoomState = { ...rest, ...(filter === 'all' ? {} : { filter }) };
  const shown = gridItems(exam, filter);
  return stay({ ...next, grid: shown.includes(room.grid) ? room.grid : (shown[0] ?? room.grid) });
}

/** Enter on the grid: to that question; under a filter, a pass through the questions it shows begins there. */
function go(room: RoomState, exam: ExamState): RoomStep {
  const shown = gridItems(exam, room.filter);
  if (!shown.includes(room.grid)) return stay(room);
  const { pass: _, ...rest } = room;
  return goto({ ...rest, mode: 'question', ...(room.filter ? { pass: { filter: room.filter, items: shown } } : {}) }, exam, room.grid);
}

/** Moves the grid's highlight among the questions it shows. */
function gridMove(grid: number, action: Extract<RoomAction, { perRow: number }>, shown: readonly number[]): number {
  const delta = { gridLeft: -1, gridRight: 1, gridUp: -action.perRow, gridDown: action.perRow }[action.type];
  const at = shown.indexOf(grid);
  const next = shown[at + delta];
  return at < 0 ? (shown[0] ?? grid) : next === undefined ? grid : next;
}

function question(room: RoomState, action: RoomAction, exam: ExamState): RoomStep {
  const options = exam.items[exam.current]!.order.length;
  const { message: _, ...plain } = room;
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
      return forward(room, exam);
    case 'mark':
      return { room: plain, commands: [{ type: 'flag' }] };
    case 'prev':
      return backward(room, exam);
    case 'next':
      return forward(room, exam);
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
      if (action.type === 'gridUp' || action.type === 'gridDown' || action.type === 'gridLeft' || action.type === 'gridRight') return stay({ ...room, grid: gridMove(room.grid, action, gridItems(exam, room.filter)) });
      if (action.type === 'filter') return filtered(room, exam, action.filter);
      if (action.type === 'go') return go(room, exam);
      if (action.type === 'submit') return stay({ ...room, mode: 'submit' });
      if (action.type === 'close') {
        const { pass: _, ...rest } = room;
        return stay({ ...rest, mode: 'question', grid: exam.current });
      }
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
