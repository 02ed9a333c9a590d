import type { ExamParams } from '../app/exam-flow.js';
import type { StudyParams } from '../app/study.js';
import type { SessionSummary } from '../core/study/summary.js';

/** Every screen the app can show, with what it is opened with. */
export type Route =
  | { id: 'home' }
  | { id: 'study'; params?: StudyParams }
  | { id: 'review' }
  | { id: 'exam'; params?: ExamParams }
  | { id: 'solver'; params?: { text?: string } }
  | { id: 'stats' }
  /** Setup screens: choose what to study, or the mock exam's size, time, topics and strictness. */
  | { id: 'study-setup' }
  | { id: 'exam-setup' }
  | { id: 'settings' }
  | { id: 'search'; params?: { query?: string } }
  /** Past mock exams; `open` (a number from `exam --history`, or an id) opens that attempt's results at once. */
  | { id: 'attempts'; params?: { open?: string } }
  | { id: 'summary'; params: { summary: SessionSummary } };

export type RouteId = Route['id'];

/** The route of one screen. */
export type RouteOf<Id extends RouteId> = Extract<Route, { id: Id }>;
