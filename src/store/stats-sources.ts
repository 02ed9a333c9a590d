import type { Fact, Question } from '../core/bank/types.js';
import type { ReviewHistory } from '../core/srs/history.js';
import type { Scheduler } from '../core/srs/scheduler.js';
import type { StatsSources } from '../core/stats/report.js';
import { readExamHistory } from './exams.js';

/** What the stats are computed from: the loaded banks, the review history and the exam history. */
export function statsSources(input: { questions: readonly Question[]; facts: readonly Fact[]; scheduler: Scheduler; dataDir: string; reviewHistory: ReviewHistory }): StatsSources {
  return { questions: input.questions, facts: input.facts, scheduler: input.scheduler, reviewHistory: input.reviewHistory, history: readExamHistory(input.dataDir).values };
}
