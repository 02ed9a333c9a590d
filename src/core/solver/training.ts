import { NONE, train, type ClauseModel, type LabelledClause } from './classifier.js';
import { clausesOf, featuresOf } from './clauses.js';
import { findClues } from './clues.js';
import { concept } from './concepts.js';
import { WRITTEN_AS } from './phrases.js';
import { findAreas } from './scope.js';
import { normalize } from './text.js';

/*
 * The clause model's labelled examples, put together at build time from three sources:
 * - the phrases written for each clue concept (phrases.ts);
 * - clauses labelled by hand (a list of `{text, label}`, label a concept id or `area:<id>`);
 * - every clause of a corpus of scenarios and questions, labelled by the written patterns: a
 *   clause with clues teaches their concepts, in all its words; a clause with none teaches
 *   "nothing to see here" (so the model does not call every clause a clue).
 */

export interface HandLabelled {
  text: string;
  label: string;
}

/** Concepts worth learning: those that say what is needed, not what the scenario is about. */
const learnable = (id: string) => !concept(id).context;

/** A clause written for a label teaches more than one a pattern labelled. */
const HAND_WEIGHT = 3;

/** How much a clause the patterns found nothing in counts as an example of "nothing here". */
const UNLABELLED_WEIGHT = 0.25;

export const areaLabel = (id: string) => `area:${id}`;

/** Labels a corpus text clause by clause with the written patterns. */
export function labelByPatterns(text: string): LabelledClause[] {
  const norm = normalize(text);
  const clues = findClues(text).filter((c) => !c.negated && learnable(c.concept));
  const areas = findAreas(text).filter((h) => h.strength !== 'name');
  const out: LabelledClause[] = [];
  for (const clause of clausesOf(text)) {
    const inside = (start: number) => start >= clause.start && start < clause.end;
    const labels = new Set([...clues.filter((c) => inside(c.start)).map((c) => c.concept), ...areas.filter((h) => inside(h.start)).map((h) => areaLabel(h.area))]);
    // A clause that rules something out teaches neither that thing nor "nothing".
    const negated = findClues(norm.slice(clause.start, clause.end)).some((c) => c.negated);
    if (labels.size === 0 && negated) continue;
    // A clause the patterns find nothing in may still say something they miss: as "nothing here" it teaches little.
    if (labels.size === 0) out.push({ features: clause.features, label: NONE, weight: UNLABELLED_WEIGHT });
    for (const label of labels) out.push({ features: clause.features, label });
  }
  return out;
}

export function trainingExamples(corpus: readonly string[], hand: readonly HandLabelled[]): LabelledClause[] {
  const examples: LabelledClause[] = [];
  for (const [id, phrases] of Object.entries(WRITTEN_AS)) {
    if (!learnable(id)) continue;
    for (const phrase of phrases) examples.push({ features: featuresOf(normalize(phrase)), label: id, weight: HAND_WEIGHT });
  }
  for (const { text, label } of hand) examples.push({ features: featuresOf(normalize(text)), label, weight: HAND_WEIGHT });
  for (const text of corpus) examples.push(...labelByPatterns(text));
  return examples.filter((e) => e.features.length > 0);
}

export function trainClauseModel(corpus: readonly string[], hand: readonly HandLabelled[]): ClauseModel {
  return train(trainingExamples(corpus, hand));
}
