import type { Fact, Question } from '../bank/types.js';
import type { ReviewRecord } from '../progress/records.js';

export const LEECH_MISSES = 4;

export interface Leech {
  id: string;
  topic: string;
  stem: string;
  misses: number;
  lastMissed: string;
  /** The facts the question tests, to read up on. */
  facts: { id: string; statement: string | null }[];
}

/** Questions answered wrong LEECH_MISSES times or more (any mode), most missed first. */
export function leeches(questions: readonly Question[], reviews: readonly ReviewRecord[], facts: readonly Fact[], min = LEECH_MISSES): Leech[] {
  const misses = new Map<string, { count: number; last: string }>();
  for (const review of reviews) {
    if (review.correct) continue;
    const entry = misses.get(review.qid) ?? { count: 0, last: review.at };
    entry.count++;
    if (Date.parse(review.at) >= Date.parse(entry.last)) entry.last = review.at;
    misses.set(review.qid, entry);
  }
  return leechesFrom(questions, misses, facts, min);
}

/** The same from wrong answers already counted per question (with the time of the latest). */
export function leechesFrom(questions: readonly Question[], misses: ReadonlyMap<string, { count: number; last: string }>, facts: readonly Fact[], min = LEECH_MISSES): Leech[] {
  const statements = new Map(facts.map((f) => [f.id, f.statement]));
  return questions
    .flatMap((q) => {
      const m = misses.get(q.id);
      if (!m || m.count < min) return [];
      return [{ id: q.id, topic: q.topic, stem: q.stem, misses: m.count, lastMissed: m.last, facts: q.facts.map((id) => ({ id, statement: statements.get(id) ?? null })) }];
    })
    .sort((a, b) => b.misses - a.misses || a.id.localeCompare(b.id));
}
