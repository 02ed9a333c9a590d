import { sharedWeight, wordsOf, type FactIndex } from './fact-index.js';

/*
 * A clause that gives steps in order ("apply in this order: per-client limits …, then per-method
 * limits …, then the account-level limit …"): an option that puts one of its steps before or after
 * another ("the account-level limit is applied before the per-client limits") says the order the
 * other way round when the clause lists them so; one that joins two steps into one thing says
 * what no step says.
 */

/** "X is applied before Y", "X comes after Y", "X takes precedence over Y": the two sides and which comes first. */
const ORDERED = /^(.*?)\b(?:is |are )?(?:applied |evaluated |checked |enforced |considered |processed )?(before|after|ahead of|prior to) (.*)$/;
/** A clause that lists steps in order. */
const IN_ORDER = /\bin (?:this|the following) order\b|\bthen\b/;
/** Where one step of the order ends. */
const STEP_END = /\bthen\b|;/;

/** Whether the option orders two steps of the clause the other way round. */
export function orderReversed(index: FactIndex, optionNorm: string, clauseNorm: string): boolean {
  const m = ORDERED.exec(optionNorm);
  if (!m || !IN_ORDER.test(clauseNorm)) return false;
  const steps = clauseNorm.split(STEP_END).map((step) => wordsOf(step));
  if (steps.length < 2) return false;
  const [first, second] = m[2] === 'after' ? [m[3]!, m[1]!] : [m[1]!, m[3]!];
  const at = (side: string) => stepOf(index, steps, wordsOf(side));
  const a = at(first);
  const b = at(second);
  return a !== undefined && b !== undefined && a > b;
}

/** The one step that says most of a side's words, when one does. */
function stepOf(index: FactIndex, steps: readonly Set<string>[], side: ReadonlySet<string>): number | undefined {
  const shares = steps.map((step) => sharedWeight(index, side, step));
  const most = Math.max(...shares);
  return most > 0 && shares.filter((s) => s === most).length === 1 ? shares.indexOf(most) : undefined;
}

/** Words that put steps in order. */
const ORDER_WORDS = /\b(?:before|after|ahead of|prior to|first|last|then|followed by|precede[sd]?|order)\b/;

/**
 * Whether an option that says nothing of order joins two steps of the clause's order ("per-client quotas are set with the
 * account-level quota"): each of the two holds words of the option no other step holds, so no one step says what it says.
 */
export function joinsSteps(index: FactIndex, optionNorm: string, clauseNorm: string): boolean {
  if (!IN_ORDER.test(clauseNorm) || ORDER_WORDS.test(optionNorm)) return false;
  const steps = clauseNorm.split(STEP_END).map((step) => wordsOf(step));
  const own = wordsOf(optionNorm);
  const spoken = steps.filter((step, i) => [...step].some((stem) => own.has(stem) && (index.rarity.get(stem) ?? 0) > 0 && steps.every((other, j) => j === i || !other.has(stem))));
  return spoken.length >= 2;
}
