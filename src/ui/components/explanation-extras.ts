import type { Question } from '../../core/bank/types.js';
import type { Section } from '../layout/explanation.js';
import { solverSection } from '../layout/solver.js';

/**
 * Extra sections every explanation screen shows (study, review, exam results), each a pure
 * function of the question. Add one line here to plug in a new section.
 */
export type ExtraSection = (question: Question) => Section | undefined;

export const EXPLANATION_EXTRAS: readonly ExtraSection[] = [solverSection];

export function extraSections(question: Question): Section[] {
  return EXPLANATION_EXTRAS.map((extra) => extra(question)).filter((s): s is Section => s !== undefined);
}
