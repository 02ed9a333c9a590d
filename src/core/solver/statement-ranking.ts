import type { Judgement } from './fact-check.js';

/*
 * The options of a question about statements, scored by the services they name, re-ranked by what
 * the facts say of each: one the facts bear out (as asked: true, or false when it asks which do not
 * hold) comes before one they leave open, and one they settle the other way is never chosen. Among
 * the options left open, the one whose closest verified clause says more of it comes first (last
 * when the question asks which statement does not hold: a false statement is seldom close to a
 * fact), and the service scores order the rest.
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

/** How close an option left open is to the fact that would bear it out, turned round when the question asks for what does not hold. */
function closeness(j: Judgement | undefined, wantsFalse: boolean): number {
  if (!j || j.truth !== 'unknown') return 0;
  return wantsFalse ? -j.strength : j.strength;
}

/** An option with where the facts put it: its standing and, when they leave it open, how close it comes to a verified clause. */
export interface FactRanked extends Scored {
  standing: number;
  close: number;
}

/** Each option with its standing and closeness, as the question asks: true, or false when it asks which do not hold. */
export const withFacts = <T extends Scored>(scored: readonly T[], judgements: ReadonlyMap<string, Judgement>, wantsFalse: boolean): (T & FactRanked)[] =>
  scored.map((o) => ({ ...o, standing: standing(judgements.get(o.letter), wantsFalse), close: closeness(judgements.get(o.letter), wantsFalse) }));

export interface StatementRanking {
  choices: string[];
  /** Whether the facts changed the choice of the service scores. */
  changed: boolean;
  /** Whether a chosen option is one the facts leave open. */
  unsettled: boolean;
}

/** The letters to choose, or none when the facts and the scores together cannot tell the last chosen from the next. */
export function rankStatements(scored: readonly Scored[], judgements: ReadonlyMap<string, Judgement>, pick: number, wantsFalse: boolean, proposed: readonly string[]): StatementRanking {
  const kept = { choices: [...proposed], changed: false, unsettled: false };
  const ranked = withFacts(scored, judgements, wantsFalse);
  // The facts settle none of the options: the services they name decide.
  if (ranked.every((o) => o.standing === 1)) return kept;
  // The options' own choice stands unless the facts refute one of it.
  // (Nor when it leaves open one of its own while the facts bear out one it left out.)
  const standingOf = (l: string) => ranked.find((o) => o.letter === l)!.standing;
  const outranked = proposed.some((l) => standingOf(l) === 1) && ranked.some((o) => o.standing === 2 && !proposed.includes(o.letter));
  if (proposed.length > 0 && proposed.every((l) => standingOf(l) > 0) && !outranked) return kept;
  const open = ranked.filter((o) => o.standing > 0).sort((a, b) => b.standing - a.standing || b.close - a.close || b.score - a.score);
  const none = { choices: [], changed: proposed.length > 0, unsettled: false };
  if (open.length < pick) return none;
  const chosen = open.slice(0, pick);
  const last = chosen.at(-1)!;
  const next = open[pick];
  if (next && next.standing === last.standing && next.close === last.close && next.score === last.score) return none;
  const choices = chosen.map((o) => o.letter).sort();
  return { choices, changed: choices.join() !== proposed.join(), unsettled: chosen.some((o) => o.standing === 1) };
}
