import { formatClock } from '../../core/exam/timing.js';
import type { ExamHistoryEntry } from '../../core/exam/records.js';
import { pendingExams, readExamHistory } from '../../store/exams.js';

/** Pure: beside "Mock exam" on the home screen: an exam to resume, or the last score. */
export function examMenuText(unfinishedRemainingMs: number | undefined, history: readonly ExamHistoryEntry[]): string | undefined {
  if (unfinishedRemainingMs !== undefined) return `unfinished exam: ${formatClock(unfinishedRemainingMs)} left`;
  const last = [...history].filter((e) => e.scaled !== undefined).sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt))[0];
  return last ? `last: ${last.scaled} (${last.passed ? 'pass' : 'fail'})` : undefined;
}

/** Reads what the menu line needs; nothing when the files cannot be read. */
export function examMenuDetail(dataDir: string): string | undefined {
  try {
    const history = readExamHistory(dataDir).values;
    return examMenuText(pendingExams(dataDir, history).unfinished[0]?.state.remainingMs, history);
  } catch {
    return undefined;
  }
}
