import { typesNamed } from './api-type-names.js';
import type { Clause, Fact } from './fact-index.js';
import { normalize } from './text.js';
import type { ServiceId } from './types.js';

/*
 * The API types a clause of a statement speaks of: those it names, or, when it names none, those
 * the statement named last before it ("WebSocket APIs cost …; messages are metered in 32 KB
 * increments": the metering is WebSocket's). A statement that names no type speaks of them all.
 */
export function clauseTypes(fact: Fact, clause: Clause): ServiceId[] {
  for (let i = fact.clauses.indexOf(clause); i >= 0; i--) {
    const c = fact.clauses[i]!;
    const named = typesNamed(normalize(fact.statement.slice(c.start, c.end)));
    if (named.length) return named;
  }
  return [];
}

/** Whether a clause may speak of the types an option is about: it speaks of one of them, or of no type in particular. */
export function clauseAboutTypes(fact: Fact, clause: Clause, types: readonly ServiceId[]): boolean {
  const spoken = clauseTypes(fact, clause);
  return spoken.length === 0 || types.length === 0 || spoken.some((t) => types.includes(t));
}
