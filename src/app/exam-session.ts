import { examReducer, remainingAt } from '../core/exam/reducer.js';
import { clockSeconds, msUntilNextSecond } from '../core/exam/timing.js';
import type { ActionTime, ExamAction, ExamState } from '../core/exam/types.js';
import { enterRoom, roomStep, type RoomAction, type RoomState } from './exam-room.js';

/** What the exam room draws: the exam and the room's own state. The same object across clock ticks. */
export interface RoomView {
  exam: ExamState;
  room: RoomState;
  /** Set when an action could not be saved (a full or read-only disk): the screen says so. */
  saveError?: string;
}

/**
 * An exam in progress, kept outside React so the clock can tick without redrawing the screen:
 * the screen subscribes to `view()`, which changes on every key and action but not on a clock
 * tick; the clock subscribes to the seconds shown. Every exam action is saved before it is
 * applied (save, then apply).
 */
export interface ExamSession {
  /** The exam as it is now, clock included. */
  state(): ExamState;
  view(): RoomView;
  subscribe(listener: () => void): () => void;
  /** A key of the exam room. */
  press(action: RoomAction): void;
  /** Counts the time since the last action; the tick that reaches 0:00 ends the exam. */
  tick(): void;
  /** Continues an exam saved by an earlier run: the time the trainer was not running is not counted. */
  resume(time: ActionTime): void;
  /** Milliseconds until the clock's display next changes; undefined once the exam has ended. */
  nextTickIn(): number | undefined;
  /** The seconds the clock shows. */
  clockSeconds(): number;
}

export interface SessionPorts {
  /** Saves an action (the exam journal); throws when it cannot. */
  save(action: ExamAction): void;
  /** The time now: the wall clock that dates an action, and the monotonic clock that measures the exam. */
  time(): ActionTime;
  /** The learner confirmed leaving mid-exam. */
  onLeave(state: ExamState): void;
}

export function createExamSession(initial: ExamState, ports: SessionPorts): ExamSession {
  let state = initial;
  let view: RoomView = { exam: initial, room: enterRoom(initial) };
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  /** Saves, then applies; a save that fails keeps the answer on screen and says so. */
  const apply = (action: ExamAction): boolean => {
    const next = examReducer(state, action);
    if (!next || next === state) return false;
    let saveError = view.saveError;
    try {
      ports.save(action);
    } catch (e) {
      saveError = e instanceof Error ? e.message : String(e);
    }
    const structural = action.type !== 'tick' || next.status !== state.status || saveError !== view.saveError;
    state = next;
    if (structural) view = { ...view, exam: next, ...(saveError ? { saveError } : {}) };
    return true;
  };

  return {
    state: () => state,
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    press(action) {
      const step = roomStep(view.room, action, state);
      const time = ports.time();
      for (const command of step.commands) apply({ ...command, ...time });
      // Leaving: the time up to now is the exam's; from here the clock stops until it is resumed.
      if (step.leave) apply({ type: 'tick', ...time });
      if (step.room !== view.room) view = { ...view, room: step.room };
      notify();
      if (step.leave) ports.onLeave(state);
    },
    tick() {
      if (state.status !== 'running') return;
      if (apply({ type: 'tick', ...ports.time() })) notify();
    },
    resume(time) {
      if (apply({ type: 'resume', ...time })) notify();
    },
    nextTickIn: () => (state.status === 'running' ? Math.max(1, msUntilNextSecond(remainingAt(state, ports.time()))) : undefined),
    clockSeconds: () => clockSeconds(state.remainingMs),
  };
}
