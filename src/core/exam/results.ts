import type { Question } from '../bank/types.js';
import { scopeOf, type Scope } from '../exam-guide/scope.js';
import { DOMAIN_SECTIONS, sectionOf, type DomainSection } from '../exam-guide/sections.js';
import { groupInOrder } from '../group.js';
import { TOPICS, type Topic } from '../topics.js';
import { answerStatus, usedMs } from './reducer.js';
import { isCorrect } from '../study/answer.js';
import { estimatedScaledScore, passes } from './score.js';
import type { AnswerStatus, EndReason, ExamState } from './types.js';

export interface QuestionResult {
  /** Position in the exam (0-based). */
  index: number;
  question: Question;
  /** Chosen options as original choice indices. */
  chosen: number[];
  /** Options in the order they were shown (original choice indices). */
  order: number[];
  correct: boolean;
  status: AnswerStatus;
  /** On screen at some point: a question never shown was not answered, only left. */
  seen: boolean;
  flagged: boolean;
  ms: number;
}

export interface Tally {
  correct: number;
  total: number;
}

export interface TopicScore extends Tally {
  topic: Topic;
}

/** One section of the score report: an exam domain, or the questions not mapped to one. */
export interface DomainScore extends Tally {
  domain: DomainSection;
}

export interface ExamResult {
  id: string;
  total: number;
  correct: number;
  /** Correct answers as a share (0–1). */
  fraction: number;
  /** Rounded percent, for display. */
  percent: number;
  /** Estimated scaled score (see score.ts for the mapping). */
  scaled: number;
  /** What the score covers: the API Gateway part of CLF-C02, not the whole exam. */
  scope: Scope;
  passed: boolean;
  endReason: EndReason;
  startedAt: number;
  endedAt: number;
  durationMs: number;
  usedMs: number;
  averageMs: number;
  unanswered: number;
  flagged: number;
  topics: TopicScore[];
  /** By exam domain, in the exam guide's order (questions without a domain last, as not mapped). */
  domains: DomainScore[];
  weakest?: Topic;
  /** Up to SLOWEST_SHOWN questions that took longest, slowest first. */
  slowest: QuestionResult[];
  questions: QuestionResult[];
}

export const SLOWEST_SHOWN = 3;

/** Scores an ended exam. Questions missing from `questions` cannot occur for a drawn exam; they count as wrong. */
export function examResult(state: ExamState, questions: ReadonlyMap<string, Question>): ExamResult {
  const results: QuestionResult[] = state.items.flatMap((item, index) => {
    const question = questions.get(item.qid);
    if (!question) return [];
    const chosen = state.answers[index] ?? [];
    return [
      {
        index,
        question,
        chosen,
        order: item.order,
        // All-or-nothing, as on the real exam; an unanswered question is wrong.
        correct: isCorrect(question, chosen),
        status: answerStatus(state, index),
        seen: state.seen[index] === true,
        flagged: state.flagged[index] === true,
        ms: state.spentMs[index] ?? 0,
      },
    ];
  });
  const total = state.items.length;
  const correct = results.filter((r) => r.correct).length;
  const fraction = total === 0 ? 0 : correct / total;
  const scaled = estimatedScaledScore(fraction);
  const used = usedMs(state);
  const topics = topicScores(results);
  return {
    id: state.id,
    total,
    correct,
    fraction,
    percent: Math.round(fraction * 100),
    scaled,
    scope: scopeOf(results.map((r) => r.question)),
    passed: passes(scaled),
    endReason: state.endReason ?? 'submitted',
    startedAt: state.startedAt,
    endedAt: state.endedAt ?? state.lastAt,
    durationMs: state.durationMs,
    usedMs: used,
    averageMs: total === 0 ? 0 : used / total,
    unanswered: results.filter((r) => r.status !== 'answered').length,
    flagged: results.filter((r) => r.flagged).length,
    topics,
    domains: domainScores(results),
    ...weakestOf(topics),
    slowest: [...results].filter((r) => r.ms > 0).sort((a, b) => b.ms - a.ms || a.index - b.index).slice(0, SLOWEST_SHOWN),
    questions: results,
  };
}

type Scored = Pick<QuestionResult, 'question' | 'correct'>;

function tally(results: readonly Scored[]): Tally {
  return { correct: results.filter((r) => r.correct).length, total: results.length };
}

/** Per topic, in the chapter's order. */
export function topicScores(results: readonly Scored[]): TopicScore[] {
  return groupInOrder(results, TOPICS, (r) => r.question.topic).map(({ key, items }) => ({ topic: key, ...tally(items) }));
}

/** Per exam domain, like the sections of the real score report; questions without a domain count as not mapped. */
export function domainScores(results: readonly Scored[]): DomainScore[] {
  return groupInOrder(results, DOMAIN_SECTIONS, (r) => sectionOf(r.question)).map(({ key, items }) => ({ domain: key, ...tally(items) }));
}

/**
 * The topic with the lowest share correct (ties: the one with more questions, then chapter
 * order); none when the exam had a single topic or every topic scored the same.
 */
function weakestOf(topics: readonly TopicScore[]): { weakest?: Topic } {
  if (topics.length < 2) return {};
  const shares = topics.map((t) => t.correct / t.total);
  if (Math.min(...shares) === Math.max(...shares)) return {};
  let weakest: TopicScore | undefined;
  for (const t of topics) {
    if (!weakest) weakest = t;
    else {
      const diff = t.correct / t.total - weakest.correct / weakest.total;
      if (diff < 0 || (diff === 0 && t.total > weakest.total)) weakest = t;
    }
  }
  return weakest ? { weakest: weakest.topic } : {};
}

export const RESULT_FILTERS = ['all', 'incorrect', 'flagged', 'unanswered'] as const;
export type ResultFilter = (typeof RESULT_FILTERS)[number];

/** "Unanswered" includes a multiple-response question with too few options chosen: it scores as wrong. */
export function filterResults(results: readonly QuestionResult[], filter: ResultFilter): QuestionResult[] {
  switch (filter) {
    case 'all':
      return [...results];
    case 'incorrect':
      return results.filter((r) => !r.correct);
    case 'flagged':
      return results.filter((r) => r.flagged);
    case 'unanswered':
      return results.filter((r) => r.status !== 'answered');
  }
}
