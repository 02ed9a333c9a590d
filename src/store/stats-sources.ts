import type { Fact, Question } from '../core/bank/types.js';
import type { ReviewHistory } from '../core/srs/history.js';
import type { Settings } from '../core/srs/settings.js';
import type { StatsSources } from '../core/stats/report.js';
import { readExamHistory } from './exams.js';

/** What the stats are computed from: the loaded banks, the review history and the exam history. */
export function statsSources(input: { questions: readonly Question[]; facts: readonly Fact[]; settings: Settings; dataDir: string; reviewHistory: ReviewHistory }): StatsSources {
  return { questions: input.questions, facts: input.facts, settings: input.settings, reviewHistory: input.reviewHistory, history: readExamHistory(input.dataDir).values };
}
