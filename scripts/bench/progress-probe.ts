// Figure 4: what `clf-trainer study` and `clf-trainer stats` compute from the review history
// before they can show anything, timed from the files on disk.
import type { Library } from '../../src/store/bank-files.js';
import { readLog } from '../../src/store/review-log.js';
import { statsSources } from '../../src/store/stats-sources.js';
import { statsReport } from '../../src/core/stats/report.js';
import { openSession } from '../../src/core/study/open.js';
import { makeScheduler } from '../../src/core/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../src/core/srs/settings.js';

export function progressFor(home: string, library: Library, now: Date): { queueMs: number; statsMs: number; first?: string; reviews: number } {
  const settings = DEFAULT_SETTINGS;
  let start = performance.now();
  const session = openSession({ mode: 'study', questions: library.questions, log: readLog(home).records, settings, scheduler: makeScheduler({ retention: settings.retention }), now, seed: 1 });
  const queueMs = performance.now() - start;
  start = performance.now();
  const report = statsReport(statsSources({ questions: library.questions, facts: library.facts, settings, dataDir: home, log: readLog(home).records }), now);
  const statsMs = performance.now() - start;
  return { queueMs, statsMs, reviews: report.totals.reviews, ...(session.current ? { first: session.current.qid } : {}) };
}
