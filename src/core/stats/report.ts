import type { Fact, Question } from '../bank/types.js';
import type { ExamHistoryEntry } from '../exam/records.js';
import { historyCards, type ReviewHistory } from '../srs/history.js';
import type { Card, Scheduler } from '../srs/scheduler.js';
import { activityFromDays, type Activity } from './activity.js';
import { examTrend, type ExamTrend } from './exams.js';
import { forecast, type ForecastDay } from './forecast.js';
import { leechesFrom, type Leech } from './leeches.js';
import { readiness, type Readiness } from './readiness.js';
import { retentionOf, type Retention } from './retention.js';
import { domainStats, topicStats, type DomainStats, type TopicStats } from './topics.js';

export interface StatsSources {
  questions: readonly Question[];
  facts: readonly Fact[];
  /** The review log folded with the study scheduler (see ReviewHistory). */
  reviewHistory: ReviewHistory;
  history: readonly ExamHistoryEntry[];
  /** The run's scheduler: the one study uses, so due dates and recall match what study shows. */
  scheduler: Scheduler;
  /** The hour study days start: the forecast and the calendar count study days. */
  dayStart: number;
  /** Ids of the questions the learner suspended. */
  suspended?: Iterable<string>;
}

/** A suspended question, as the stats list it. */
export interface SuspendedQuestion {
  id: string;
  topic: string;
  stem: string;
}

/** Everything the stats screen shows; `clf-trainer stats --json` prints this very object. */
export interface StatsReport {
  generatedAt: string;
  /** `futureReviews`: answers dated after now (a clock that was ahead), counted as given now. */
  totals: { questions: number; seen: number; reviews: number; dueToday: number; futureReviews: number };
  readiness: Readiness;
  topics: TopicStats[];
  /** The same by exam domain, like the sections of the real score report. */
  domains: DomainStats[];
  forecast: ForecastDay[];
  activity: Activity;
  retention: Retention;
  exams: ExamTrend;
  leeches: Leech[];
  /** Questions out of study, review and exams until unsuspended (search is:suspended finds them). */
  suspended: SuspendedQuestion[];
}

/** From the review history (one fold of the log, which also collects true retention); pure, `now` injected. */
export function statsReport({ questions, facts, reviewHistory: reviews, history, scheduler: runScheduler, dayStart, suspended = [] }: StatsSources, now: Date): StatsReport {
  const scheduler = recallOnce(runScheduler, now);
  const cards = historyCards(reviews);
  const topics = topicStats(questions, cards, scheduler, now);
  const days = forecast(questions, cards, now, dayStart);
  const misses = new Map([...reviews.questions].flatMap(([id, q]) => (q.lastMissedAt ? [[id, { count: q.misses, last: q.lastMissedAt }] as const] : [])));
  return {
    generatedAt: now.toISOString(),
    totals: {
      questions: questions.length,
      seen: topics.reduce((n, t) => n + t.seen, 0),
      reviews: reviews.reviews,
      dueToday: days[0]?.due ?? 0,
      futureReviews: reviews.future,
    },
    readiness: readiness({ questions, cards, scheduler, now, reviews: reviews.reviews, activeDays: reviews.days.size }),
    topics,
    domains: domainStats(questions, cards, scheduler, now),
    forecast: days,
    activity: activityFromDays(reviews.days, now, dayStart),
    retention: retentionOf(reviews.learned, now),
    exams: examTrend(history),
    leeches: leechesFrom(questions, misses, facts),
    suspended: suspendedList(questions, new Set(suspended)),
  };
}

/** The suspended questions that are loaded, in bank order. */
function suspendedList(questions: readonly Question[], ids: ReadonlySet<string>): SuspendedQuestion[] {
  return ids.size ? questions.filter((q) => ids.has(q.id)).map((q) => ({ id: q.id, topic: q.topic, stem: q.stem })) : [];
}

/** The scheduler, computing each card's recall at `now` once (topics and readiness both ask for it). */
function recallOnce(scheduler: Scheduler, now: Date): Scheduler {
  const known = new Map<Card, number>();
  return {
    ...scheduler,
    retrievability: (card, at) => {
      if (at.getTime() !== now.getTime()) return scheduler.retrievability(card, at);
      let recall = known.get(card);
      if (recall === undefined) known.set(card, (recall = scheduler.retrievability(card, at)));
      return recall;
    },
  };
}
