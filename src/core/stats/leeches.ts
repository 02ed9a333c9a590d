import type { Fact, Question } from '../bank/types.js';

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

/** Questions answered wrong LEECH_MISSES times or more (any mode), most missed first, from wrong answers counted per question (with the time of the latest). */
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
