import { statsReport, type StatsReport } from '../core/stats/report.js';
import type { AppServices } from './services.js';

/** The stats, read through the ports: the review history, the mock exams' history and the suspended questions. */
export function readStats(services: Pick<AppServices, 'questions' | 'facts' | 'scheduler' | 'reviews' | 'exams' | 'settings'> & { suspended: Pick<AppServices['suspended'], 'get'> }, now: Date): StatsReport {
  const { questions, facts, scheduler, reviews, exams, settings } = services;
  return statsReport({ questions, facts, scheduler, dayStart: settings.dayStart, reviewHistory: reviews.history(now), history: exams.history(), suspended: services.suspended.get() }, now);
}
