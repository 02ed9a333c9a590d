import type { ComponentType } from 'react';
import type { HomeNumbers } from '../../app/home.js';
import { countsText } from '../../core/srs/overview.js';
import { examMenuText } from '../exam/home-detail.js';
import type { Route, RouteId, RouteOf } from '../routes.js';

/** The screens loaded on demand (home is always loaded). */
export type ScreenId = Exclude<RouteId, 'home'>;

/** A screen receives the route that opened it. */
export type ScreenComponent<Id extends ScreenId> = ComponentType<{ route: RouteOf<Id> }>;

/** A screen's code, loaded once, when first asked for. */
export interface ScreenEntry<Id extends ScreenId> {
  load(): Promise<ScreenComponent<Id>>;
  /** The component once loaded. */
  loaded(): ScreenComponent<Id> | undefined;
}

function lazy<Id extends ScreenId>(importer: () => Promise<ScreenComponent<Id>>): ScreenEntry<Id> {
  let component: ScreenComponent<Id> | undefined;
  let loading: Promise<ScreenComponent<Id>> | undefined;
  return {
    load: () => (loading ??= importer().then((c) => (component = c))),
    loaded: () => component,
  };
}

/** Every screen but home, loaded when first opened. */
export const SCREENS: { [Id in ScreenId]: ScreenEntry<Id> } = {
  study: lazy(() => import('./Study.js').then((m) => m.StudyScreen)),
  exam: lazy(() => import('./Exam.js').then((m) => m.ExamScreen)),
  review: lazy(() => import('./Review.js').then((m) => m.ReviewScreen)),
  solver: lazy(() => import('./Solver.js').then((m) => m.SolverScreen)),
  stats: lazy(() => import('./Stats.js').then((m) => m.StatsScreen)),
  summary: lazy(() => import('./Summary.js').then((m) => m.SummaryScreen)),
  attempts: lazy(() => import('./PastExams.js').then((m) => m.PastExamsScreen)),
  search: lazy(() => import('./Search.js').then((m) => m.SearchScreen)),
  'study-setup': lazy(() => import('./StudySetup.js').then((m) => m.StudySetupScreen)),
  'exam-setup': lazy(() => import('./ExamSetup.js').then((m) => m.ExamSetupScreen)),
  settings: lazy(() => import('./Settings.js').then((m) => m.SettingsScreen)),
};

/** An entry of the home menu: the screen it opens, its label, and the numbers beside it. */
export interface MenuEntry {
  route: Route;
  label: string;
  /** The key that opens it from the home screen. */
  shortcut: string;
  detail?: (numbers: HomeNumbers) => string | undefined;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The home menu, in order (Quit follows). A screen joins it by adding its line here. */
export const MENU: readonly MenuEntry[] = [
  { route: { id: 'study' }, label: 'Study', shortcut: 's', detail: (n) => countsText(n.counts) },
  { route: { id: 'study-setup' }, label: 'Custom study', shortcut: 'c', detail: () => 'topics · level · new questions' },
  { route: { id: 'exam' }, label: 'Mock exam', shortcut: 'e', detail: examMenuText },
  { route: { id: 'exam-setup' }, label: 'Custom exam', shortcut: 'x', detail: () => 'size · time · topics · strict' },
  { route: { id: 'attempts' }, label: 'Past exams', shortcut: 'p', detail: (n) => (n.attempts ? plural(n.attempts, 'attempt') : undefined) },
  { route: { id: 'review' }, label: 'Review missed', shortcut: 'r', detail: (n) => plural(n.missed, 'question') },
  { route: { id: 'solver' }, label: 'Which service?', shortcut: 'w' },
  { route: { id: 'search' }, label: 'Search', shortcut: '/', detail: (n) => (n.suspended ? `${n.suspended} suspended` : undefined) },
  { route: { id: 'stats' }, label: 'Stats', shortcut: 't' },
  { route: { id: 'settings' }, label: 'Settings', shortcut: 'o', detail: () => 'new per day · retention · level · day start · colours' },
];
