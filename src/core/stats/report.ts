import type { Fact, Question } from '../bank/types.js';
import type { ExamHistoryEntry } from '../exam/records.js';
import { effectiveReviews, type LogRecord } from '../progress/records.js';
import { foldCards } from '../srs/cards.js';
import { makeScheduler } from '../srs/scheduler.js';
import type { Settings } from '../srs/settings.js';
import { activity, type Activity } from './activity.js';
import { examTrend, type ExamTrend } from './exams.js';
import { forecast, type ForecastDay } from './forecast.js';
import { leeches, type Leech } from './leeches.js';
import { readiness, type Readiness } from './readiness.js';
import { retentionCounter, type Retention } from './retention.js';
import { topicStats, type TopicStats } from './topics.js';

export interface StatsSources {
  questions: readonly Question[];
  facts: readonly Fact[];
  log: readonly LogRecord[];
  history: readonly ExamHistoryEntry[];
  settings: Settings;
}

/** Everything the stats screen shows; `clf-trainer stats --json` prints this very object. */
export interface StatsReport {
  generatedAt: string;
  totals: { questions: number; seen: number; reviews: number; dueToday: number };
  readiness: Readiness;
  topics: TopicStats[];
  forecast: ForecastDay[];
  activity: Activity;
  retention: Retention;
  exams: ExamTrend;
  leeches: Leech[];
}

/** One pass over the history (the card fold also counts true retention); pure, `now` injected. */
export function statsReport({ questions, facts, log, history, settings }: StatsSources, now: Date): StatsReport {
  const reviews = effectiveReviews(log).filter((r) => Date.parse(r.at) <= now.getTime());
  // The study screens' scheduler, so due dates and recall match what study shows.
  const scheduler = makeScheduler({ retention: settings.retention });
  const retention = retentionCounter(now);
  const cards = foldCards(reviews, scheduler, retention.observe);
  const topics = topicStats(questions, cards, scheduler, now);
  const days = forecast(questions, cards, now);
  const activeDays = new Set(reviews.map((r) => new Date(r.at).toDateString())).size;
  return {
    generatedAt: now.toISOString(),
    totals: {
      questions: questions.length,
      seen: topics.reduce((n, t) => n + t.seen, 0),
      reviews: reviews.length,
      dueToday: days[0]?.due ?? 0,
    },
    readiness: readiness({ questions, cards, scheduler, now, reviews: reviews.length, activeDays }),
    topics,
    forecast: days,
    activity: activity(reviews, now),
    retention: retention.result(),
    exams: examTrend(history),
    leeches: leeches(questions, reviews, facts),
  };
}
