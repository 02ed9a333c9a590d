import { createContext, useContext } from 'react';
import type { Fact, Question } from '../core/bank/types.js';
import type { LogRecord } from '../core/progress/records.js';
import type { ReviewHistory } from '../core/srs/history.js';
import type { Scheduler } from '../core/srs/scheduler.js';
import type { Settings } from '../core/srs/settings.js';

/** The review log as the screens see it: read everything, append and flush. */
export interface ProgressLog {
  read(): LogRecord[];
  /** Appends and flushes to disk before returning: call it before showing the next screen. */
  append(records: readonly LogRecord[]): void;
  /**
   * The log folded for this scheduler: what study, review, home and stats start from. Fast
   * however long the log is (a snapshot plus what was appended since).
   */
  history(scheduler: Scheduler, now: Date): ReviewHistory;
}

/** Everything screens need from the outside world, injected so tests can fake it. */
export interface AppServices {
  now: () => Date;
  random: () => number;
  questions: readonly Question[];
  facts: readonly Fact[];
  settings: Settings;
  log: ProgressLog;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** False under NO_COLOR: components still draw ✓/✗ and words, only without colour. */
  color: boolean;
}

export const ServicesContext = createContext<AppServices | undefined>(undefined);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <App>');
  return services;
}

export interface Route {
  id: string;
  params?: unknown;
}

export interface Nav {
  /** Opens a screen; back() returns to the current one. */
  push(id: string, params?: unknown): void;
  /** Swaps the current screen for another (back() skips it). */
  replace(id: string, params?: unknown): void;
  /** Back to the previous screen; leaves the program when there is none. */
  back(): void;
  /** Leaves the program with this exit code. */
  exit(code?: number): void;
  /** A short text printed in the normal terminal after the program leaves its screen. */
  farewell(text: string | undefined): void;
  /** True when back() returns to a screen (false: it quits). */
  canGoBack: boolean;
}

export const NavContext = createContext<Nav | undefined>(undefined);

export function useNav(): Nav {
  const nav = useContext(NavContext);
  if (!nav) throw new Error('useNav outside <App>');
  return nav;
}

/** Whether the `?` overlay is open: while it is, screens ignore keys. */
export interface HelpState {
  open: boolean;
  setOpen(open: boolean): void;
}

export const HelpContext = createContext<HelpState>({ open: false, setOpen: () => undefined });

/** Ink's keypress callback shape. */
export type KeyHandler = (input: string, key: import('ink').Key) => void;

/**
 * One input listener for the whole app, which screens subscribe to while rendering their first
 * frame: a key typed the moment a screen appears reaches it, instead of falling into the gap
 * before a per-screen useInput effect would subscribe.
 */
export interface KeyBus {
  subscribe(handler: KeyHandler): () => void;
}

export const KeyBusContext = createContext<KeyBus | undefined>(undefined);
