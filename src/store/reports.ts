import { join } from 'node:path';
import { appendJsonLines, readJsonLinesFile, type JsonLines } from './jsonl.js';

/** Questions the learner reported as wrong or unclear, with their comment: one line each, only ever added. */
export const REPORTS_FILE = 'reports.jsonl';

export interface QuestionReport {
  v: 1;
  /** ISO time. */
  at: string;
  qid: string;
  /** The bank file the question came from. */
  bank: string;
  comment: string;
}

const toReport = (value: unknown): QuestionReport | undefined => {
  const r = value as Record<string, unknown> | null;
  return typeof r === 'object' && r !== null && r.v === 1 && typeof r.at === 'string' && typeof r.qid === 'string' && typeof r.bank === 'string' && typeof r.comment === 'string'
    ? (r as unknown as QuestionReport)
    : undefined;
};

export function reportsPath(dir: string): string {
  return join(dir, REPORTS_FILE);
}

/** Adds a report (flushed before returning). */
export function addReport(dir: string, report: QuestionReport): void {
  appendJsonLines(reportsPath(dir), [report]);
}

/** The reports, read like every progress file (a missing file has none; a FIFO or a huge line never blocks). */
export function readReports(dir: string): JsonLines<QuestionReport> {
  const { values, damaged, truncatedTail } = readJsonLinesFile(reportsPath(dir), toReport);
  return { values, damaged: damaged.map((d) => d.line), truncatedTail };
}
