import { TOPIC_LABELS } from '../topics.js';
import type { ExamHistoryEntry } from './records.js';

/** "2026-11-25 10:02" in the machine's local time. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function resultWord(entry: ExamHistoryEntry): string {
  if (entry.reason === 'abandoned') return 'abandoned';
  return `${entry.passed ? 'pass' : 'fail'}${entry.reason === 'timeout' ? ' (time)' : ''}`;
}

/** Past attempts, most recent first: attempt 1 is the latest (the numbers `exam --history` shows and `exam --open N` takes). */
export function attemptsByRecency(entries: readonly ExamHistoryEntry[]): ExamHistoryEntry[] {
  return [...entries].sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt));
}

/** The history as a table, most recent first: number, date, size, score, estimate, pass/fail, weakest topic. */
export function formatHistory(entries: readonly ExamHistoryEntry[], date: (iso: string) => string = localDateTime): string {
  if (entries.length === 0) return "No mock exams yet: run 'clf-trainer exam' (or 'clf-trainer exam --quick' for 20 questions).\n";
  const rows = attemptsByRecency(entries)
    .map((e, i) => [
      String(i + 1),
      date(e.startedAt),
      String(e.questions),
      e.percent === undefined ? '–' : `${e.percent}%`,
      e.scaled === undefined ? '–' : String(e.scaled),
      resultWord(e),
      e.weakest ? TOPIC_LABELS[e.weakest] : '–',
    ]);
  const head = ['#', 'date', 'questions', 'score', 'est. scaled', 'result', 'weakest topic'];
  // Folded, not spread: a history of a few hundred thousand attempts overflowed the call stack.
  const widths = head.map((h, i) => rows.reduce((width, r) => Math.max(width, r[i]!.length), h.length));
  const right = new Set([0, 2, 3, 4]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const passed = entries.filter((e) => e.passed).length;
  const scored = entries.filter((e) => e.scaled !== undefined).length;
  return `${[line(head), ...rows.map(line)].join('\n')}\n\n${entries.length} attempt${entries.length === 1 ? '' : 's'}, ${passed} of ${scored} scored passed (700 needed; scaled scores are estimates).\nOpen one with its answers and explanations: clf-trainer exam --open N (N from the first column).\n`;
}
