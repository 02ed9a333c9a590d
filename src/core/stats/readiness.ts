import { questionsAtLevel } from '../bank/levels.js';
import type { Question } from '../bank/types.js';
import { spread } from '../exam/draw.js';
import { EXAM_QUESTIONS } from '../exam/format.js';
import { scopeOf, type Scope } from '../exam-guide/scope.js';
import { estimatedScaledScore, PASS_SCALED } from '../exam/score.js';
import type { Card, Scheduler } from '../srs/scheduler.js';
import { groupByTopic } from '../topics.js';

export type Confidence = 'none' | 'low' | 'moderate' | 'good';

export interface Readiness {
  /** Estimated scaled score (100–1000); null with no history at all. */
  scaled: number | null;
  /** Expected share of a mock exam answered right, in percent. */
  percent: number | null;
  passLine: number;
  /** What the estimate covers: the API Gateway part of CLF-C02, not the whole exam (plus any questions of your own banks). */
  scope: Scope;
  confidence: Confidence;
  /** Share of the exam's questions (weighted like the draw) answered at least once, in percent. */
  coveragePercent: number;
  reviews: number;
  activeDays: number;
  /** How the number is computed, in one line. */
  method: string;
  /** How far to trust it, in one line. */
  note: string;
}

export const READINESS_METHOD =
  'Each topic weighted by its share of a 65-question mock draw; per question, FSRS recall probability now (unseen or forgotten: a guess among the options); 70% correct ≈ 700.';

/** Chance of getting a question right by guessing: 1 of n options, or 1 of the possible sets. */
export function guessChance(q: Question): number {
  const n = q.optionCount ?? q.choices.length;
  const k = Math.max(1, q.answer.length);
  let sets = 1;
  for (let i = 0; i < k; i++) sets = (sets * (n - i)) / (i + 1);
  return 1 / Math.max(1, Math.round(sets));
}

export interface ReadinessInput {
  questions: readonly Question[];
  cards: ReadonlyMap<string, Card>;
  scheduler: Scheduler;
  now: Date;
  reviews: number;
  activeDays: number;
}

/**
 * An estimated exam score now: for each question the chance of answering it right (recall, or
 * a guess when not recalled), averaged per topic, weighted as a mock exam draws topics, and
 * mapped to the scaled score the mock exam uses. Its confidence comes from how much history
 * stands behind it.
 */
export function readiness({ questions, cards, scheduler, now, reviews, activeDays }: ReadinessInput): Readiness {
  const examLevel = questionsAtLevel(questions, 'exam');
  const pool = examLevel.length ? examLevel : questions;
  const groups = groupByTopic(pool).map((g) => g.items);
  const count = Math.min(EXAM_QUESTIONS, pool.length);
  const quotas = spread(count, groups.map((g) => g.length));
  let expected = 0;
  let coverage = 0;
  groups.forEach((group, i) => {
    const weight = count ? quotas[i]! / count : 0;
    let p = 0;
    let seen = 0;
    for (const q of group) {
      const card = cards.get(q.id);
      const recall = card ? scheduler.retrievability(card, now) : 0;
      if (card) seen++;
      p += recall + (1 - recall) * guessChance(q);
    }
    expected += weight * (p / group.length);
    coverage += weight * (seen / group.length);
  });
  const coveragePercent = Math.round(coverage * 100);
  const result = (scaled: number | null, percent: number | null, confidence: Confidence, note: string): Readiness => ({
    scaled,
    percent,
    passLine: PASS_SCALED,
    scope: scopeOf(pool),
    confidence,
    coveragePercent,
    reviews,
    activeDays,
    method: READINESS_METHOD,
    note,
  });
  if (reviews === 0 || pool.length === 0) return result(null, null, 'none', 'No answers yet: study a few sessions or take a mock exam, and an estimate appears here.');
  const confidence: Confidence = coverage < 0.5 || reviews < 100 || activeDays < 7 ? 'low' : coverage < 0.9 || activeDays < 14 ? 'moderate' : 'good';
  const basis = `${reviews} review${reviews === 1 ? '' : 's'} over ${activeDays} day${activeDays === 1 ? '' : 's'}, ${coveragePercent}% of the exam's questions seen`;
  const note =
    confidence === 'low'
      ? `Rough: only ${basis}; unseen questions count as guesses, so the estimate rises as you cover more.`
      : confidence === 'moderate'
        ? `Fair: ${basis}. A mock exam ('clf-trainer exam') checks it.`
        : `Solid: ${basis}.`;
  return result(estimatedScaledScore(expected), Math.round(expected * 100), confidence, note);
}
