import type { Question } from '../../core/bank/types.js';
import type { Section } from '../layout/explanation.js';

/**
 * Extra sections every explanation screen shows (study, review, exam results), each a pure
 * function of the question. Add one line here to plug in a new section.
 */
export type ExtraSection = (question: Question) => Section | undefined;

/** Loaded on demand: the solver's section brings in the whole solver, which no first frame shows. */
const EXPLANATION_EXTRAS: readonly (() => Promise<ExtraSection>)[] = [() => import('../layout/solver.js').then((m) => m.solverSection)];

let loaded: readonly ExtraSection[] | undefined;
let loading: Promise<readonly ExtraSection[]> | undefined;

/** Loads the extra sections' code, once. A section whose code fails to load is left out. */
export function loadExtraSections(): Promise<readonly ExtraSection[]> {
  loading ??= Promise.all(EXPLANATION_EXTRAS.map((load) => load().catch(() => undefined))).then(
    (extras) => (loaded = extras.filter((extra): extra is ExtraSection => extra !== undefined)),
  );
  return loading;
}

/** The extra sections, if their code is loaded. */
export function loadedExtraSections(): readonly ExtraSection[] | undefined {
  return loaded;
}

export function extraSections(extras: readonly ExtraSection[], question: Question): Section[] {
  return extras.map((extra) => extra(question)).filter((s): s is Section => s !== undefined);
}
