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

/** Words that name no one measured thing: the API types, and the words of size and bound. */
const ANY_THING = new Set(['api', 'rest', 'http', 'websocket', 'socket', 'web', 'gateway', 'amazon', 'aw', 'maximum', 'max', 'minimum', 'size', 'limit', 'default', 'each', 'singl']);

/**
 * The stems of the sentence before an amount (one nothing follows in its clause), less the words
 * that name no one thing and those the clause itself says before the same amount: "a parcel label
 * can hold up to 64 KB" measures what "Parcel labels can hold up to 64 KB" does.
 */
function subjectBefore(text: string, start: number, fact: Fact, clause: Clause, own: Quantity): Set<string> {
  const sentence = text.slice(0, start).split(/[.;:!?]\s/).at(-1)!;
  const same = clause.quantities.find((g) => sameAmount(g, own));
  const said = same ? contentStems(fact.statement.slice(clause.start, same.start)) : new Set<string>();
  return new Set([...contentStems(sentence)].filter((stem) => !ANY_THING.has(stem) && !said.has(stem)));
}

/** The amount the clause gives for the thing the option's amount is said to measure, when it is another amount; else undefined. */
export function amountOfOtherThing(optionText: string, fact: Fact, clause: Clause, caseAmounts: readonly Quantity[] = []): { own: Quantity; given: Quantity } | undefined {
  // (A count's next word is what it counts, "2,000 requests", which any count of the clause may share: only measures with a unit are read.)
  const written = quantitiesIn(optionText);
  const premises = premiseSizes(written, caseAmounts);
  for (const own of written.filter((q) => q.measure !== 'count' && !premises.includes(q))) {
    // (An amount that ends its sentence measures what the sentence is about: "a WebSocket frame can be up to 128 KB".)
    const after = wordsAfter(optionText, own.end).size > 0 ? wordsAfter(optionText, own.end) : subjectBefore(optionText, own.start, fact, clause, own);
    if (after.size === 0) continue;
    const sameThing = clause.quantities.filter((g) => g.measure === own.measure && [...wordsAfter(fact.statement, g.end)].some((s) => after.has(s)));
    if (sameThing.length > 0 && !sameThing.some((g) => sameAmount(g, own))) return { own, given: sameThing[0]! };
  }
  return undefined;
}
