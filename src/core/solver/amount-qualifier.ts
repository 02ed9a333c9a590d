import { contentStems } from '../text/words.js';
import type { Clause, Fact } from './fact-index.js';
import { premiseSizes, quantitiesIn, sameAmount, type Quantity } from './quantities.js';

/*
 * An amount is read with the word that says what it measures right after it ("128 KB increments",
 * "32 KB frames"): when the clause gives that word after another amount, and never after this one,
 * the option gives the amount of another thing of the clause ("metered in 128 KB increments"
 * against "up to 128 KB … metered in 32 KB increments").
 */

/** The stems of the word or two right after an amount. */
const wordsAfter = (text: string, end: number) => contentStems(text.slice(end).split(/[,;.()]/)[0]!.split(/\s+/).filter(Boolean).slice(0, 2).join(' '));

/** The amount the clause gives for the thing the option's amount is said to measure, when it is another amount; else undefined. */
export function amountOfOtherThing(optionText: string, fact: Fact, clause: Clause, caseAmounts: readonly Quantity[] = []): { own: Quantity; given: Quantity } | undefined {
  // (A count's next word is what it counts, "2,000 requests", which any count of the clause may share: only measures with a unit are read.)
  const written = quantitiesIn(optionText);
  const premises = premiseSizes(written, caseAmounts);
  for (const own of written.filter((q) => q.measure !== 'count' && !premises.includes(q))) {
    const after = wordsAfter(optionText, own.end);
    if (after.size === 0) continue;
    const sameThing = clause.quantities.filter((g) => g.measure === own.measure && [...wordsAfter(fact.statement, g.end)].some((s) => after.has(s)));
    if (sameThing.length > 0 && !sameThing.some((g) => sameAmount(g, own))) return { own, given: sameThing[0]! };
  }
  return undefined;
}
