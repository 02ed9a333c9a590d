import { statsReport, type StatsReport } from '../core/stats/report.js';
import type { AppServices } from './services.js';

/** The stats, read through the ports: the review history and the mock exams' history. */
export function readStats(services: Pick<AppServices, 'questions' | 'facts' | 'scheduler' | 'reviews' | 'exams'>, now: Date): StatsReport {
  const { questions, facts, scheduler, reviews, exams } = services;
  return statsReport({ questions, facts, scheduler, reviewHistory: reviews.history(now), history: exams.history() }, now);
}
