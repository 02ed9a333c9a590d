import type { ComponentType } from 'react';
import type { AppServices } from '../context.js';
import { examMenuDetail } from '../exam/home-detail.js';

/** What a menu entry may show beside its label, computed when the home screen opens. */
export interface HomeData {
  services: AppServices;
  now: Date;
  /** Questions due now, new questions available today, questions missed. */
  due: number;
  newAvailable: number;
  missed: number;
}

/** Screens receive the params given to nav.push / the command that opened them. */
export type ScreenComponent = ComponentType<{ params: unknown }>;

export interface ScreenEntry {
  id: string;
  /** Label in the home menu; screens without one are reached only from other screens. */
  menu?: string;
  /** Text beside the label, e.g. "3 due · 20 new". */
  detail?: (data: HomeData) => string | undefined;
  /** Loads the screen when it is first opened. */
  load: () => Promise<ScreenComponent>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Every screen, in home-menu order. A screen joins the app (and the menu, when it has a label)
 * by adding its line here once its file exists.
 */
export const SCREENS: readonly ScreenEntry[] = [
  { id: 'study', menu: 'Study', detail: (d) => `${d.due} due now · ${d.newAvailable} new`, load: () => import('./Study.js').then((m) => m.StudyScreen as ScreenComponent) },
  { id: 'exam', menu: 'Mock exam', detail: (d) => examMenuDetail(d.services.dataDir), load: () => import('./Exam.js').then((m) => m.ExamScreen as ScreenComponent) },
  { id: 'review', menu: 'Review missed', detail: (d) => plural(d.missed, 'question'), load: () => import('./Review.js').then((m) => m.ReviewScreen as ScreenComponent) },
  { id: 'solver', menu: 'Which service?', load: () => import('./Solver.js').then((m) => m.SolverScreen as ScreenComponent) },
  { id: 'stats', menu: 'Stats', load: () => import('./Stats.js').then((m) => m.StatsScreen as ScreenComponent) },
  { id: 'summary', load: () => import('./Summary.js').then((m) => m.SummaryScreen as ScreenComponent) },
];

export function findScreen(id: string): ScreenEntry | undefined {
  return SCREENS.find((s) => s.id === id);
}
