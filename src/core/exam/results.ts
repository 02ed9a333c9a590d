import type { Question } from '../bank/types.js';
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

export interface TopicScore {
  topic: Topic;
  correct: number;
  total: number;
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
    ...weakestOf(topics),
    slowest: [...results].filter((r) => r.ms > 0).sort((a, b) => b.ms - a.ms || a.index - b.index).slice(0, SLOWEST_SHOWN),
    questions: results,
  };
}

/** Per topic, in the chapter's order. */
export function topicScores(results: readonly Pick<QuestionResult, 'question' | 'correct'>[]): TopicScore[] {
  return TOPICS.flatMap((topic) => {
    const inTopic = results.filter((r) => r.question.topic === topic);
    return inTopic.length ? [{ topic, correct: inTopic.filter((r) => r.correct).length, total: inTopic.length }] : [];
  });
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
