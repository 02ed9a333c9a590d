import { toggleChoice } from '../study/answer.js';
import type { ActionTime, AnswerStatus, EndReason, ExamAction, ExamItem, ExamState } from './types.js';

/**
 * The exam as a pure reducer. Every action first charges the time elapsed since the previous
 * one to the question on screen and to the clock; when the clock reaches zero the exam ends
 * (timeout) and the action that arrived too late is ignored. Ended exams never change.
 */
export function examReducer(state: ExamState | null, action: ExamAction): ExamState | null {
  if (action.type === 'start') return startExam(action.id, action.items, action.durationMs, action, action.strict === true);
  if (!state || state.status !== 'running') return state;
  if (action.type === 'resume') {
    // A strict exam's clock ran on while the learner was away: the time away, which only the wall
    // clock can measure across two runs, is charged (and may end it). A new run's monotonic clock starts here.
    const away = state.strict ? advance(state, { at: action.at }) : state;
    return away.status === 'running' ? { ...withoutMono(away), lastAt: action.at, ...monoOf(action) } : away;
  }
  const timed = advance(state, action);
  if (timed.status !== 'running') return timed;
  switch (action.type) {
    case 'tick':
      return timed;
    case 'answer':
      return setSelection(timed, selectionOf(timed.items[timed.current]!, action.options));
    case 'toggle':
      return setSelection(timed, toggled(timed, action.option));
    case 'flag': {
      const flagged = [...timed.flagged];
      flagged[timed.current] = !flagged[timed.current];
      return { ...timed, flagged };
    }
    case 'goto':
      return Number.isInteger(action.index) && action.index >= 0 && action.index < timed.items.length && action.index !== timed.current
        ? { ...timed, current: action.index, seen: timed.seen.map((seen, i) => seen || i === action.index) }
        : timed;
    case 'submit':
      return end(timed, 'submitted', action.at);
    case 'timeout': {
      // The clock may fire a moment early: the rest of the time still belongs to this question.
      const spentMs = [...timed.spentMs];
      spentMs[timed.current] = (spentMs[timed.current] ?? 0) + timed.remainingMs;
      return end({ ...timed, spentMs, remainingMs: 0 }, 'timeout', action.at);
    }
    case 'abandon':
      return { ...end(timed, 'abandoned', action.at), status: 'abandoned' };
  }
}

export function startExam(id: string, items: ExamItem[], durationMs: number, time: ActionTime, strict = false): ExamState {
  return {
    ...(strict ? { strict: true as const } : {}),
    id,
    items,
    answers: items.map(() => []),
    flagged: items.map(() => false),
    seen: items.map((_, i) => i === 0),
    spentMs: items.map(() => 0),
    current: 0,
    durationMs,
    remainingMs: durationMs,
    startedAt: time.at,
    lastAt: time.at,
    ...monoOf(time),
    status: 'running',
  };
}

const monoOf = (time: ActionTime): { lastMono?: number } => (time.mono === undefined ? {} : { lastMono: time.mono });

function withoutMono(state: ExamState): ExamState {
  const { lastMono: _, ...rest } = state;
  return rest;
}

/**
 * Exam time since the last action: on the monotonic clock when both readings come from the
 * same run (a new run starts with `resume`), else on the wall clock (exams saved before
 * monotonic readings were kept); never negative.
 */
function elapsedSince(state: ExamState, time: ActionTime): number {
  if (state.lastMono !== undefined && time.mono !== undefined) return Math.max(0, time.mono - state.lastMono);
  return Math.max(0, time.at - state.lastAt);
}

/** Time left at `time`, counting the time since the last action (the clock between actions). */
export function remainingAt(state: ExamState, time: ActionTime): number {
  return state.status === 'running' ? Math.max(0, state.remainingMs - elapsedSince(state, time)) : state.remainingMs;
}

/** Replays actions from nothing: how a saved exam is rebuilt after a restart. */
export function replay(actions: Iterable<ExamAction>): ExamState | null {
  let state: ExamState | null = null;
  for (const action of actions) state = examReducer(state, action);
  return state;
}

function advance(state: ExamState, time: ActionTime): ExamState {
  const elapsed = elapsedSince(state, time);
  const moved = { ...withoutMono(state), lastAt: time.at, ...monoOf(time) };
  if (elapsed === 0) return time.at === state.lastAt && time.mono === state.lastMono ? state : moved;
  const used = Math.min(elapsed, state.remainingMs);
  const spentMs = [...state.spentMs];
  spentMs[state.current] = (spentMs[state.current] ?? 0) + used;
  const remainingMs = state.remainingMs - used;
  if (remainingMs > 0) return { ...moved, spentMs, remainingMs };
  const ranOut = state.lastAt + used;
  return end({ ...moved, spentMs, remainingMs: 0, lastAt: ranOut }, 'timeout', ranOut);
}

/** Ends the exam. Its end is dated no earlier than its start plus the time it used, whatever the wall clock said. */
function end(state: ExamState, reason: EndReason, at: number): ExamState {
  return { ...state, status: 'finished', endReason: reason, endedAt: Math.max(at, state.startedAt + usedMs(state)) };
}

function setSelection(state: ExamState, selection: number[] | undefined): ExamState {
  if (!selection) return state;
  const answers = [...state.answers];
  answers[state.current] = selection;
  return { ...state, answers };
}

/** Original choice indices for shown positions; undefined when the selection is not allowed. */
function selectionOf(item: ExamItem, options: readonly number[]): number[] | undefined {
  const unique = [...new Set(options)];
  if (unique.length > item.pick || unique.some((o) => !Number.isInteger(o) || o < 0 || o >= item.order.length)) return undefined;
  return unique.map((o) => item.order[o]!).sort((a, b) => a - b);
}

function toggled(state: ExamState, option: number): number[] | undefined {
  const item = state.items[state.current]!;
  const choice = toggleChoice(shownSelection(state, state.current), option, item.pick);
  return 'refused' in choice ? undefined : selectionOf(item, choice.selected);
}

/** The current selection of question `index` as shown positions (A = 0), ascending. */
export function shownSelection(state: ExamState, index: number): number[] {
  const item = state.items[index];
  if (!item) return [];
  const chosen = new Set(state.answers[index]);
  return item.order.flatMap((original, position) => (chosen.has(original) ? [position] : []));
}

export function answerStatus(state: ExamState, index: number): AnswerStatus {
  const chosen = state.answers[index]?.length ?? 0;
  if (chosen === 0) return 'unanswered';
  return chosen >= (state.items[index]?.pick ?? 1) ? 'answered' : 'incomplete';
}

export interface ExamCounts {
  answered: number;
  incomplete: number;
  unanswered: number;
  flagged: number;
}

export function examCounts(state: ExamState): ExamCounts {
  const counts: ExamCounts = { answered: 0, incomplete: 0, unanswered: 0, flagged: 0 };
  state.items.forEach((_, i) => {
    counts[answerStatus(state, i)]++;
    if (state.flagged[i]) counts.flagged++;
  });
  return counts;
}

/** The time left at `now` (epoch ms) of an exam left running: a strict exam's clock kept going since its last action. */
export function remainingNow(state: ExamState, now: number): number {
  // Only the wall clock runs between two runs of the trainer.
  return state.strict ? remainingAt(state, { at: now }) : state.remainingMs;
}

export function usedMs(state: ExamState): number {
  return state.durationMs - state.remainingMs;
}
