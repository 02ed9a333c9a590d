import { statsReport, type StatsReport } from '../core/stats/report.js';
import type { AppServices } from './services.js';

/** The stats, read through the ports: the review history and the mock exams' history. */
export function readStats(services: Pick<AppServices, 'questions' | 'facts' | 'scheduler' | 'reviews' | 'exams' | 'settings'>, now: Date): StatsReport {
  const { questions, facts, scheduler, reviews, exams, settings } = services;
  return statsReport({ questions, facts, scheduler, dayStart: settings.dayStart, reviewHistory: reviews.history(now), history: exams.history() }, now);
}
