// Figure 4: what `clf-trainer study` and `clf-trainer stats` compute from the review history
// before they can show anything, timed from the files on disk (the banks already loaded).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Library } from '../../src/store/bank-files.js';
import { loadReviewHistory } from '../../src/store/history-snapshot.js';
import { statsReport } from '../../src/core/stats/report.js';
import { diskExamFolder, readExamHistory } from '../../src/store/exams.js';
import { openSession } from '../../src/core/study/open.js';
import { makeScheduler } from '../../src/core/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../src/core/srs/settings.js';

export interface ProgressTimes {
  /** Only reading the log file, for comparison. */
  readMs: number;
  /** Reading the history from disk (snapshot + what was appended since, or the whole log). */
  loadMs: number;
  /** The study queue: the session's first question and its counts. */
  queueMs: number;
  /** The whole stats report. */
  statsMs: number;
  rebuilt: boolean;
  reviews: number;
  first?: string;
}

export function progressFor(home: string, library: Library, now: Date): ProgressTimes {
  const settings = DEFAULT_SETTINGS;
  const scheduler = makeScheduler({ retention: settings.retention });
  let start = performance.now();
  readFileSync(join(home, 'reviews.jsonl'));
  const readMs = performance.now() - start;
  start = performance.now();
  const loaded = loadReviewHistory(home, { scheduler, now, dayStart: settings.dayStart });
  const loadMs = performance.now() - start;
  start = performance.now();
  const session = openSession({ mode: 'study', questions: library.questions, history: loaded.history, settings, scheduler, now, seed: 1 });
  const queueMs = performance.now() - start;
  start = performance.now();
  const history = readExamHistory(diskExamFolder(home)).values;
  const report = statsReport({ questions: library.questions, facts: library.facts, scheduler, dayStart: settings.dayStart, reviewHistory: loaded.history, history }, now);
  const statsMs = performance.now() - start;
  return { readMs, loadMs, queueMs, statsMs, rebuilt: loaded.rebuilt, reviews: report.totals.reviews, ...(session.current ? { first: session.current.qid } : {}) };
}
