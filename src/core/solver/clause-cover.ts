import { sharedWeight, type FactIndex } from './fact-index.js';

/*
 * How much of what an option says one clause bears out: the option's words the clause says too,
 * with the words of the question's own subject ("Which statements about usage plans …") and the
 * words that only carry the sentence ("can include", "is associated with"), which add nothing a
 * clause would have to say.
 */

/** Stems that carry a sentence rather than say what it is about. */
const CARRYING = new Set(['associ', 'includ', 'check', 'written', 'follow', 'set', 'leav', 'mean', 'given', 'make', 'made']);

/** The share of the option's words, by rarity, the clause bears out. */
export function borneShare(index: FactIndex, own: ReadonlySet<string>, clause: ReadonlySet<string>, subject: ReadonlySet<string>): number {
  const whole = sharedWeight(index, own, own);
  if (whole === 0) return 0;
  const borne = new Set([...own].filter((stem) => clause.has(stem) || subject.has(stem) || CARRYING.has(stem)));
  return sharedWeight(index, own, borne) / whole;
}
