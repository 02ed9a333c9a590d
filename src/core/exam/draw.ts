import { atLevel } from '../bank/levels.js';
import type { Question } from '../bank/types.js';
import { TOPICS, type Topic } from '../topics.js';
import { requiredSelections } from '../study/answer.js';
import { shuffledOrder } from '../study/random.js';
import { examRandom, shuffled, type Random } from './random.js';
import type { ExamItem } from './types.js';

/**
 * AWS publishes no split between multiple choice and multiple response on CLF-C02; the draw
 * aims at about one question in five being multiple response, and takes what the pool has.
 */
export const MULTI_SHARE = 0.2;

export interface DrawOptions {
  count: number;
  seed: string;
  /** Question ids of recent exams, most recent first: questions in none of them are preferred. */
  recentExams?: readonly (readonly string[])[];
  multiShare?: number;
}

interface Candidate {
  question: Question;
  /** Higher is better: never seen in the recent exams, then seen longest ago. */
  freshness: number;
  key: number;
}

/**
 * Draws an exam: no question twice, spread evenly across topics, about MULTI_SHARE multiple
 * response, at exam level (foundational and exam; beyond-exam only when the pool is short),
 * fresh questions first, then in random order with each question's options shuffled.
 * Pure: the same pool, options and seed always give the same exam.
 */
export function drawExam(pool: readonly Question[], options: DrawOptions): ExamItem[] {
  const random = examRandom(options.seed);
  const candidates = rank(pool, options.recentExams ?? [], random);
  const count = Math.min(Math.max(0, Math.floor(options.count)), candidates.length);
  const multiTarget = Math.round(count * (options.multiShare ?? MULTI_SHARE));
  const examLevel = candidates.filter((c) => atLevel(c.question.difficulty, 'exam'));
  const beyond = candidates.filter((c) => !atLevel(c.question.difficulty, 'exam'));
  const topicOrder = shuffled(TOPICS, random);
  const chosen = select(examLevel, Math.min(count, examLevel.length), multiTarget, topicOrder);
  const multisTaken = chosen.filter((q) => q.type === 'multi').length;
  chosen.push(...select(beyond, count - chosen.length, Math.max(0, multiTarget - multisTaken), topicOrder));
  return shuffled(chosen, random).map((question) => toItem(question, random));
}

function toItem(question: Question, random: Random): ExamItem {
  return {
    qid: question.id,
    topic: question.topic,
    order: shuffledOrder(question.choices.length, random),
    pick: requiredSelections(question),
  };
}

/** Unique questions (first of each id) sorted best first, independent of the pool's order. */
function rank(pool: readonly Question[], recentExams: readonly (readonly string[])[], random: Random): Candidate[] {
  const lastSeen = new Map<string, number>();
  recentExams.forEach((ids, age) => ids.forEach((id) => (lastSeen.has(id) ? undefined : lastSeen.set(id, age))));
  const byId = new Map<string, Question>();
  for (const question of pool) if (!byId.has(question.id)) byId.set(question.id, question);
  const ids = [...byId.keys()].sort();
  return ids
    .map((id) => ({ question: byId.get(id)!, freshness: lastSeen.get(id) ?? recentExams.length, key: random() }))
    .sort((a, b) => b.freshness - a.freshness || a.key - b.key);
}

/** Picks `count` questions from best-first candidates: topics evenly, multiple response near its target. */
function select(candidates: readonly Candidate[], count: number, multiTarget: number, topicOrder: readonly Topic[]): Question[] {
  if (count <= 0) return [];
  const topics = topicOrder.filter((t) => candidates.some((c) => c.question.topic === t));
  const groups = topics.map((topic) => {
    const inTopic = candidates.filter((c) => c.question.topic === topic);
    return { multi: inTopic.filter((c) => c.question.type === 'multi'), single: inTopic.filter((c) => c.question.type === 'single') };
  });
  const quotas = spread(count, groups.map((g) => g.multi.length + g.single.length));
  // Multiple response where a topic has too few singles, then proportionally to each topic's share.
  const floor = groups.map((g, i) => Math.max(0, quotas[i]! - g.single.length));
  const caps = groups.map((g, i) => Math.min(g.multi.length, quotas[i]!));
  const extra = Math.max(0, multiTarget - floor.reduce((a, b) => a + b, 0));
  const multis = spread(extra, caps, quotas, floor);
  return groups.flatMap((g, i) => pickInTopic(g.multi, g.single, quotas[i]!, multis[i]!));
}

/** Fresher questions first; between equally fresh ones, multiple response until its target is met. */
function pickInTopic(multi: readonly Candidate[], single: readonly Candidate[], quota: number, multiTarget: number): Question[] {
  const out: Question[] = [];
  let m = 0;
  let s = 0;
  while (out.length < quota) {
    const nextMulti = multi[m];
    const nextSingle = single[s];
    const takeMulti =
      nextSingle === undefined || (nextMulti !== undefined && (nextMulti.freshness === nextSingle.freshness ? m < multiTarget : nextMulti.freshness > nextSingle.freshness));
    if (takeMulti) out.push(multi[m++]!.question);
    else out.push(single[s++]!.question);
  }
  return out;
}

/**
 * Adds `n` units to `start` one at a time, each to the part with the lowest filled share of its
 * weight that is still under its cap (ties: the earlier part). Stops when every part is full.
 */
export function spread(n: number, caps: readonly number[], weights: readonly number[] = caps.map(() => 1), start: readonly number[] = caps.map(() => 0)): number[] {
  const parts = [...start];
  for (let k = 0; k < n; k++) {
    let best = -1;
    let bestShare = Infinity;
    parts.forEach((part, i) => {
      const weight = weights[i] ?? 0;
      if (part >= (caps[i] ?? 0) || weight <= 0) return;
      const share = (part + 1) / weight;
      if (share < bestShare) {
        best = i;
        bestShare = share;
      }
    });
    if (best === -1) break;
    parts[best]!++;
  }
  return parts;
}
