import type { Judgement } from './fact-check.js';

/*
 * The options of a question about statements, scored by the services they name, re-ranked by what
 * the facts say of each: one the facts bear out (as asked: true, or false when it asks which do not
 * hold) comes before one they do not speak of, and one they settle the other way is never chosen.
 * The service scores only order options the facts leave alike; a tie across the cut chooses none.
 */

interface Scored {
  letter: string;
  score: number;
}

/** 2 for an option the facts settle as asked, 1 for one they leave open, 0 for one they settle the other way. */
function standing(j: Judgement | undefined, wantsFalse: boolean): number {
  if (!j || j.truth === 'unknown') return 1;
  return (j.truth === 'false') === wantsFalse ? 2 : 0;
}

/** The letters to choose, or none when the facts and the scores together cannot tell the last chosen from the next. */
export function rankStatements(scored: readonly Scored[], judgements: ReadonlyMap<string, Judgement>, pick: number, wantsFalse: boolean, proposed: readonly string[]): string[] {
  // The options' own choice stands unless the facts refute one of it.
  if (proposed.length > 0 && proposed.every((l) => standing(judgements.get(l), wantsFalse) > 0)) return [...proposed];
  const ranked = scored
    .map((o) => ({ letter: o.letter, score: o.score, standing: standing(judgements.get(o.letter), wantsFalse) }))
    .filter((o) => o.standing > 0)
    .sort((a, b) => b.standing - a.standing || b.score - a.score);
  if (ranked.length < pick) return [];
  const chosen = ranked.slice(0, pick);
  const last = chosen.at(-1)!;
  const next = ranked[pick];
  if (next && next.standing === last.standing && next.score === last.score) return [];
  return chosen.map((o) => o.letter).sort();
}
