import { contentStems } from '../text/words.js';
import { sharedWeight, wordsOf, type Clause, type Fact, type FactIndex } from './fact-index.js';
import { boundStems, phraseOf } from './fact-reader.js';
import { premiseSizes, quantitiesIn, sameAmount, type Quantity } from './quantities.js';

/*
 * An amount is read with the word that says what it measures right after it ("128 KB increments",
 * "32 KB frames"): when the clause gives that word after another amount, and never after this one,
 * the option gives the amount of another thing of the clause ("metered in 128 KB increments"
 * against "up to 128 KB … metered in 32 KB increments"). A price is read past how many it is given
 * for ("$0.25 per million connection minutes"), and that number must be the clause's too.
 */

/** The stems of the word or two right before an amount, within its clause. */
const wordsBefore = (text: string, start: number) => contentStems(text.slice(0, start).split(/[,;.()]/).at(-1)!.split(/\s+/).filter(Boolean).slice(-3).join(' '));

/** How many a price is given for, right after it ("$3.50 per million"): it says the rate, not what is measured. */
const PER_SCALE = /^\s*(?:per|a|for every|every)\s+(hundred|thousand|million|billion)\b/i;

/** The period a count is given in, right after what it counts ("10,000 requests per second"). */
const PER_PERIOD = /^\s*(?:[a-z]+\s+)?(?:per|a|each|every)\s+(second|minute|hour|day|week|month|year)\b/i;
const periodAfter = (text: string, end: number) => PER_PERIOD.exec(text.slice(end))?.[1]!.toLowerCase();

const scaleAfter = (text: string, end: number) => PER_SCALE.exec(text.slice(end))?.[1]!.toLowerCase();

/** The stems of the word or two right after an amount, past how many a price is given for. */
const wordsAfter = (text: string, end: number) => {
  const scale = PER_SCALE.exec(text.slice(end));
  return contentStems(text.slice(end + (scale?.[0].length ?? 0)).split(/[,;.()]/)[0]!.split(/\s+/).filter(Boolean).slice(0, 2).join(' '));
};

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
export function amountOfOtherThing(optionText: string, fact: Fact, clause: Clause, caseAmounts: readonly Quantity[] = [], index?: FactIndex): { own: Quantity; given: Quantity } | undefined {
  // (A count's next word is what it counts, "2,000 requests", which any count of the clause may share: only measures with a unit are read.)
  const written = quantitiesIn(optionText);
  const premises = premiseSizes(written, caseAmounts);
  for (const own of written.filter((q) => q.measure !== 'count' && !premises.includes(q))) {
    // ("$3.50 per thousand" where the clause gives "$3.50 per million": the same amount for another number of things.)
    const scale = scaleAfter(optionText, own.end);
    const sameScale = clause.quantities.filter((g) => sameAmount(g, own) && scaleAfter(fact.statement, g.end));
    if (scale && sameScale.length > 0 && sameScale.every((g) => scaleAfter(fact.statement, g.end) !== scale)) return { own, given: sameScale[0]! };
    // (With nothing after it, "WebSocket messages cost $0.25 per million", the words right before it say what it is for, when no other amount's
    // words come between; failing those, the sentence it ends says what it measures: "a WebSocket frame can be up to 128 KB".)
    const alone = written.filter((q) => q.measure === own.measure).length === 1;
    const next = wordsAfter(optionText, own.end);
    const before = () => new Set([...(alone ? wordsBefore(optionText, own.start) : []), ...subjectBefore(optionText, own.start, fact, clause, own)]);
    const after = next.size > 0 ? next : before();
    if (after.size === 0) continue;
    const sameThing = clause.quantities.filter((g) => g.measure === own.measure && [...wordsAfter(fact.statement, g.end)].some((s) => after.has(s)));
    if (sameThing.length > 0 && !sameThing.some((g) => sameAmount(g, own))) return { own, given: sameThing[0]! };
  }
  const counts = written.filter((q) => q.measure === 'count' && !premises.includes(q));
  // ("10,000 requests per minute" where the clause gives "10,000 requests per second": the same count in another period.)
  for (const own of counts) {
    const period = periodAfter(optionText, own.end);
    const same = clause.quantities.filter((g) => sameAmount(g, own) && periodAfter(fact.statement, g.end));
    if (period && same.length > 0 && same.every((g) => periodAfter(fact.statement, g.end) !== period)) return { own, given: same[0]! };
  }
  return index && countOfOtherThing(index, optionText, fact, clause, counts);
}

/** The words a statement speaks of before its first verb. */
const SUBJECT = /^(.*?)\b(?:is|are|was|were|can|cannot|may|must|will|has|have|gets?|allows?|holds?)\b/;

/**
 * A count the clause gives, said of what the clause names beside another count of its own: "a burst quota of 10,000" where
 * the clause gives "10,000 requests per second and 5,000 burst". Only for an option with one count, whose subject speaks
 * more of the other count's words than of its own's.
 */
function countOfOtherThing(index: FactIndex, optionText: string, fact: Fact, clause: Clause, counts: readonly Quantity[]): { own: Quantity; given: Quantity } | undefined {
  if (counts.length !== 1) return undefined;
  const own = counts[0]!;
  // (What the option says the count of is its subject, the words before its first verb, and the words it counts, right after it;
  // not the words of a bound, "default", which many counts of a clause share.)
  const after = optionText.slice(own.end).split(/[,;.()]/)[0]!.split(/\s+/).filter(Boolean).slice(0, 3).join(' ');
  const said = new Set([...wordsOf(`${SUBJECT.exec(optionText.toLowerCase())?.[1] ?? ''} ${after}`)].filter((stem) => !boundStems().has(stem)));
  const given = clause.quantities.filter((g) => g.measure === 'count');
  const phraseWords = (g: Quantity) => wordsOf(phraseOf(fact.statement, g, given, clause.start, clause.end));
  const same = given.filter((g) => sameAmount(g, own));
  if (same.length === 0) return undefined;
  const ownShare = Math.max(...same.map((g) => sharedWeight(index, said, phraseWords(g))));
  const sameWords = new Set(same.flatMap((g) => [...phraseWords(g)]));
  for (const g of given.filter((other) => !sameAmount(other, own))) {
    // (Only words the agreeing count's phrase lacks tell the two apart.)
    const apart = new Set([...phraseWords(g)].filter((stem) => !sameWords.has(stem)));
    if (sharedWeight(index, said, apart) > ownShare) return { own, given: g };
  }
  return undefined;
}
