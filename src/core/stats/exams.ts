import type { ExamHistoryEntry } from '../exam/records.js';
import { PASS_SCALED } from '../exam/score.js';

export interface ExamTrend {
  passLine: number;
  /** Scored attempts (submitted or timed out), oldest first. */
  attempts: { endedAt: string; questions: number; scaled: number; percent: number; passed: boolean }[];
  abandoned: number;
  last: number | null;
  best: number | null;
}

export function examTrend(history: readonly ExamHistoryEntry[]): ExamTrend {
  const scored = history
    .filter((e) => e.reason !== 'abandoned' && e.scaled !== undefined)
    .sort((a, b) => Date.parse(a.endedAt) - Date.parse(b.endedAt))
    .map((e) => ({ endedAt: e.endedAt, questions: e.questions, scaled: e.scaled!, percent: e.percent ?? 0, passed: e.passed ?? e.scaled! >= PASS_SCALED }));
  return {
    passLine: PASS_SCALED,
    attempts: scored,
    abandoned: history.filter((e) => e.reason === 'abandoned').length,
    last: scored.at(-1)?.scaled ?? null,
    // Folded, not spread: a history of a few hundred thousand attempts overflowed the call stack.
    best: scored.length ? scored.reduce((best, a) => Math.max(best, a.scaled), 0) : null,
  };
}
