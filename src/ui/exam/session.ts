import { useEffect, useSyncExternalStore } from 'react';
import { examReducer } from '../../core/exam/reducer.js';
import { clockSeconds, msUntilNextSecond } from '../../core/exam/timing.js';
import type { ExamAction, ExamState } from '../../core/exam/types.js';

/**
 * An exam in progress, kept outside React so the clock can tick without redrawing the screen:
 * the screen subscribes to `view()`, which changes on every action except a clock tick; the
 * clock subscribes to the seconds shown. Every action is saved (`persist`) before it is applied.
 */
export interface ExamSession {
  state(): ExamState;
  /** The state as the screen draws it: the same object across clock ticks. */
  view(): ExamState;
  dispatch(action: ExamAction): void;
  subscribe(listener: () => void): () => void;
  /** Set when an action could not be saved (a full or read-only disk): the screen says so. */
  saveError(): string | undefined;
}

export function createExamSession(initial: ExamState, persist: (action: ExamAction) => void): ExamSession {
  let state = initial;
  let view = initial;
  let error: string | undefined;
  const listeners = new Set<() => void>();
  return {
    state: () => state,
    view: () => view,
    saveError: () => error,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(action) {
      const next = examReducer(state, action);
      if (!next || next === state) return;
      try {
        persist(action);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        view = next;
      }
      const structural = action.type !== 'tick' || next.status !== state.status;
      state = next;
      if (structural) view = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

/** The exam as the screen draws it (not redrawn by clock ticks). */
export function useExamView(session: ExamSession): ExamState {
  return useSyncExternalStore(session.subscribe, session.view);
}

/** The seconds shown on the clock: a component using it redraws once a second. */
export function useClockSeconds(session: ExamSession): number {
  return useSyncExternalStore(session.subscribe, () => clockSeconds(session.state().remainingMs));
}

/** Time left now, counting the time since the last action. */
export function liveRemaining(state: ExamState, now: number): number {
  return state.remainingMs - Math.max(0, now - state.lastAt);
}

/**
 * Ticks the clock each time the shown second changes, while the exam runs. The tick that
 * reaches 0:00 ends the exam (the reducer times it out).
 */
export function useExamClock(session: ExamSession, now: () => number): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const schedule = () => {
      const state = session.state();
      if (!live || state.status !== 'running') return;
      const delay = Math.max(1, msUntilNextSecond(liveRemaining(state, now())));
      timer = setTimeout(() => {
        session.dispatch({ type: 'tick', at: now() });
        schedule();
      }, delay);
    };
    schedule();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [session, now]);
}
