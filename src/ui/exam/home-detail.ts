import type { HomeNumbers } from '../../app/home.js';
import { formatClock } from '../../core/exam/timing.js';

/** Pure: beside "Mock exam" on the home screen: an exam to resume, or the last score. */
export function examMenuText({ unfinishedExamMs, lastExam }: Pick<HomeNumbers, 'unfinishedExamMs' | 'lastExam'>): string | undefined {
  if (unfinishedExamMs !== undefined) return `unfinished exam: ${formatClock(unfinishedExamMs)} left`;
  return lastExam ? `last: ${lastExam.scaled} (${lastExam.passed ? 'pass' : 'fail'})` : undefined;
}
