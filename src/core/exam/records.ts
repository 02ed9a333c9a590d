import { DOMAIN_SECTIONS, type DomainSection } from '../exam-guide/sections.js';
import { isIsoTime } from '../progress/iso-time.js';
import type { ReviewRecord } from '../progress/records.js';
import { isTopic, type Topic } from '../topics.js';
import { answerStatus, usedMs } from './reducer.js';
import type { DomainScore, ExamResult } from './results.js';
import type { EndReason, ExamState } from './types.js';

/**
 * What an ended exam leaves behind: one review per question for the spaced-repetition schedule
 * and the missed list, and one line in the exam history.
 */

/**
 * Review records for a submitted or timed-out exam: right → Good (3), wrong or unanswered →
 * Again (1), as FSRS advises for auto-graded items. A question never shown is left out: it
 * was neither remembered nor forgotten. Ids are derived from the exam id and the question's
 * position, so writing them twice (a crash between two steps) can be detected.
 */
export function examReviews(result: ExamResult): ReviewRecord[] {
  const at = new Date(result.endedAt).toISOString();
  return result.questions.filter((r) => r.seen).map((r) => ({
    v: 1,
    type: 'review',
    id: examReviewId(result.id, r.index),
    qid: r.question.id,
    at,
    source: 'exam',
    correct: r.correct,
    rating: r.correct ? 3 : 1,
    chosen: r.chosen.map((i) => r.question.choices[i]?.text ?? ''),
    ms: Math.round(r.ms),
    exam: result.id,
  }));
}

export function examReviewId(examId: string, index: number): string {
  return `${examId}.${index + 1}`;
}

export interface ExamHistoryEntry {
  v: 1;
  id: string;
  /** ISO times. */
  startedAt: string;
  endedAt: string;
  reason: EndReason;
  questions: number;
  answered: number;
  durationMs: number;
  usedMs: number;
  /** Score fields are absent for an abandoned attempt (nothing was submitted). */
  correct?: number;
  percent?: number;
  scaled?: number;
  passed?: boolean;
  weakest?: Topic;
  topics?: { topic: Topic; correct: number; total: number }[];
  /** By exam domain (attempts from before domains were recorded have none). */
  domains?: DomainScore[];
  seed?: string;
  /** The questions drawn, so the next draws can prefer others. */
  qids: string[];
}

export function historyEntry(state: ExamState, result: ExamResult | undefined, seed?: string): ExamHistoryEntry {
  const answered = state.items.filter((_, i) => answerStatus(state, i) !== 'unanswered').length;
  const base: ExamHistoryEntry = {
    v: 1,
    id: state.id,
    startedAt: new Date(state.startedAt).toISOString(),
    endedAt: new Date(state.endedAt ?? state.lastAt).toISOString(),
    reason: state.endReason ?? 'abandoned',
    questions: state.items.length,
    answered,
    durationMs: state.durationMs,
    usedMs: usedMs(state),
    ...(seed ? { seed } : {}),
    qids: state.items.map((item) => item.qid),
  };
  if (!result || state.status === 'abandoned') return base;
  return {
    ...base,
    correct: result.correct,
    percent: result.percent,
    scaled: result.scaled,
    passed: result.passed,
    ...(result.weakest ? { weakest: result.weakest } : {}),
    topics: result.topics,
    domains: result.domains,
  };
}

const REASONS = new Set(['submitted', 'timeout', 'abandoned']);
const isCount = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isWhole = (v: unknown, max = Number.MAX_SAFE_INTEGER): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
const inRange = (v: unknown, min: number, max: number) => typeof v === 'number' && v >= min && v <= max;

/**
 * Validates one parsed history line; undefined when it is not an entry this version understands
 * or holds what no exam can produce (a score off the 100–1000 scale, more right answers than
 * questions, a question count that does not match the questions drawn).
 */
export function toHistoryEntry(value: unknown): ExamHistoryEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  const questions = Array.isArray(e.qids) ? e.qids.length : -1;
  const ok =
    e.v === 1 &&
    typeof e.id === 'string' &&
    isIsoTime(e.startedAt) &&
    isIsoTime(e.endedAt) &&
    REASONS.has(e.reason as string) &&
    questions > 0 &&
    e.questions === questions &&
    (e.qids as unknown[]).every((q) => typeof q === 'string') &&
    isWhole(e.answered, questions) &&
    isCount(e.durationMs) &&
    isCount(e.usedMs) &&
    (e.scaled === undefined || (Number.isInteger(e.scaled) && inRange(e.scaled, 100, 1000))) &&
    (e.correct === undefined || isWhole(e.correct, questions)) &&
    (e.percent === undefined || inRange(e.percent, 0, 100)) &&
    (e.passed === undefined || typeof e.passed === 'boolean') &&
    (e.seed === undefined || typeof e.seed === 'string') &&
    (e.weakest === undefined || (typeof e.weakest === 'string' && isTopic(e.weakest))) &&
    (e.topics === undefined || (Array.isArray(e.topics) && e.topics.every((t) => isTopicScore(t, questions)))) &&
    (e.domains === undefined || (Array.isArray(e.domains) && e.domains.every((d) => isDomainScore(d, questions))));
  return ok ? (e as unknown as ExamHistoryEntry) : undefined;
}

function isTopicScore(value: unknown, questions: number): boolean {
  const t = value as Record<string, unknown> | null;
  return typeof t === 'object' && t !== null && typeof t.topic === 'string' && isTopic(t.topic) && isWhole(t.total, questions) && isWhole(t.correct, t.total as number);
}

function isDomainScore(value: unknown, questions: number): boolean {
  const d = value as Record<string, unknown> | null;
  return typeof d === 'object' && d !== null && DOMAIN_SECTIONS.includes(d.domain as DomainSection) && isWhole(d.total, questions) && isWhole(d.correct, d.total as number);
}

/** Question ids of the most recent attempts, most recent first (for the draw's freshness). */
export function recentExamQids(history: readonly ExamHistoryEntry[], attempts = 3): string[][] {
  return [...history]
    .sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt))
    .slice(0, attempts)
    .map((e) => e.qids);
}
