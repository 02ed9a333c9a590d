import type { ClueSet } from './clues.js';
import type { Outcome, RuleStep } from './types.js';

/*
 * A conclusion is contested when a step ahead of it in the rule is met by the text and only one
 * passage stops it ("one function needs an HTTPS URL" stopped by "it writes to DynamoDB"): had
 * that passage been read otherwise (a need of the function's own code, a URL rewrite read as a
 * body mapping), the other service would have won. The conclusion is then sure only when enough
 * needs of its own, that the stopped step does not read too, agree.
 */

export interface StepReading {
  step: RuleStep;
  outcome: Outcome;
  reasons: string[];
  blockers: string[];
  partial?: boolean;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Whether every wanted clue of these concepts lies in one stretch of overlapping words. */
function onePassage(set: ClueSet, ids: readonly string[]): boolean {
  const spans = set.all.filter((c) => !c.negated && ids.includes(c.concept)).sort((a, b) => a.start - b.start);
  const [first] = spans;
  if (!first) return false;
  let end = first.end;
  for (const s of spans.slice(1)) {
    if (s.start >= end) return false;
    end = Math.max(end, s.end);
  }
  return true;
}

/** The steps of another service ahead of the winner that a written clue meets and one passage stops. */
export function stoppedByOnePassage(winner: StepReading, evaluations: readonly StepReading[], set: ClueSet): StepReading[] {
  const at = evaluations.indexOf(winner);
  return evaluations
    .slice(0, Math.max(0, at))
    .filter((e) => e.outcome === 'blocked' && e.step.service && e.step.service !== winner.step.service && e.reasons.some((id) => set.has(id) && !set.learnedOnly(id)) && onePassage(set, e.blockers));
}

/** The needs a conclusion rests on that no stopped step reads too. */
export const ownNeeds = (needs: readonly string[], stopped: readonly StepReading[]): string[] => needs.filter((id) => !stopped.some((e) => e.reasons.includes(id)));
