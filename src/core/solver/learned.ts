import { classify, NONE, unpack, type ModelView, type PackedModel } from './classifier.js';
import MODEL from './clause-model.json' with { type: 'json' };
import { clausesOf } from './clauses.js';
import { concept } from './concepts.js';
import type { AreaHit } from './scope.js';
import { quote } from './text.js';
import type { Clue } from './types.js';

/*
 * Clues from the trained clause model, for the clauses the written patterns say nothing about.
 * Only confident predictions count, and a clue of the rule never in a clause that rules something
 * out (the model does not read negation). The rule decides on them like any other clue; the trace marks them.
 */

let model: ModelView | undefined;
const loaded = () => (model ??= unpack(MODEL as PackedModel));

/** How sure the model must be of a clause's label: a clue of the rule decides, so it must be surer than a neighbour's need, which counts half. */
export const MIN_PROBABILITY = { clue: 0.97, area: 0.6 };

const NEGATION = /\b(?:no|not|never|without|nothing|none|nor|neither|avoid|cannot)\b|n't\b/i;
const AREA = /^area:(.+)$/;
/** A negation that spares work ("no servers to manage", "does not want to run or patch"): a neighbour's promise, still its need. */
const SPARES_WORK = /\b(?:no|not|never|without|nothing|none|nor|neither|avoid|cannot)\b(?:\s+\S+){0,5}?\s+(?:manag|run|patch|maintain|operat|provision|administ|worry|build|learn|configur|set(?:ting)? up|writ|host|scal|server|infrastructure|code|effort|overhead|polling)/i;
/** Clues that only name what the scenario uses: a clause holding one may still say what it needs. */
const NAMES_ONLY = new Set(['apigw-explicit', 'rest-named', 'single-function', 'multi-function', 'compute-fleet']);

export interface Learned {
  clues: Clue[];
  areas: AreaHit[];
}

export function learnedClues(text: string, known: readonly Clue[], knownAreas: readonly AreaHit[]): Learned {
  const clues: Clue[] = [];
  const areas: AreaHit[] = [];
  for (const clause of clausesOf(text)) {
    const inside = (start: number) => start >= clause.start && start < clause.end;
    if (known.some((c) => inside(c.start) && !concept(c.concept).context && !NAMES_ONLY.has(c.concept)) || knownAreas.some((h) => inside(h.start) && h.strength !== 'name')) continue;
    const words = quote(text, clause.start, clause.end);
    const prediction = classify(loaded(), clause.features);
    if (!prediction || prediction.label === NONE) continue;
    const area = AREA.exec(prediction.label);
    if (prediction.probability < (area ? MIN_PROBABILITY.area : MIN_PROBABILITY.clue)) continue;
    // A need of a neighbouring service is often put as what it spares ("no servers to manage"); a clue of the rule is not learned where something is ruled out.
    if (!area && NEGATION.test(words)) continue;
    // Any other negation says what the company lacks or does not need ("the data center has no private line"), not a need.
    if (area && NEGATION.test(words) && !SPARES_WORK.test(words)) continue;
    // What the written text rules out elsewhere is not brought back by a guess.
    if (!area && known.some((c) => c.negated && c.concept === prediction.label)) continue;
    if (area) areas.push({ area: area[1]!, strength: 'need', quote: words, start: clause.start, learned: true });
    else clues.push({ concept: prediction.label, label: concept(prediction.label).label, quote: words, negated: false, start: clause.start, end: clause.end, learned: true });
  }
  return { clues, areas };
}
