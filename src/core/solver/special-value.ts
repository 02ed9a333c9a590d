import { DENIAL_WORDS } from './negation.js';
import { oncePerIndex, wordsOf, type Fact, type FactIndex } from './fact-index.js';
import { quantitiesIn, type Quantity } from './quantities.js';
import { normalize } from './text.js';

/*
 * A value the facts give a meaning of its own: "a TTL of 0 disables caching". An option that sets
 * the same thing to that value is read for what it says follows: the thing turned off agrees, the
 * thing still working ("keeps entries", "responses are still cached", "never expire") contradicts,
 * whatever its amount says by itself (0 is within the TTL's range, so the amount alone agrees).
 */

/** "a TTL of 0 disables caching", "setting X to 0 turns off Y": the setting, its value and what stops. */
const GIVES_OFF = /\b(?:an?|the) ([\w-]+(?: [\w-]+)?) (?:of|set to|at) (\S+) (?:disables?|turns? off|switches? off|stops?) ([\w-]+)/;

export interface OffValue {
  fact: Fact;
  /** The stems of the setting ("ttl"). */
  setting: Set<string>;
  value: Quantity;
  /** The stems of what the value turns off ("cach"). */
  stops: Set<string>;
}

/** Each value the facts say turns something off, read once from the statements. */
export const offValuesOf = oncePerIndex((index: FactIndex): OffValue[] => {
  const found: OffValue[] = [];
  for (const fact of index.facts) {
    const m = GIVES_OFF.exec(normalize(fact.statement));
    const value = m ? quantitiesIn(m[2]!)[0] : undefined;
    if (m && value) found.push({ fact, setting: wordsOf(m[1]!), value, stops: wordsOf(m[3]!) });
  }
  return found;
});

/** Words that say the thing is off. */
const OFF = /\b(?:disables?|disabled|disabling|turns? (?:\w+ )?off|turned (?:\w+ )?off|switch(?:es)? (?:\w+ )?off|switched (?:\w+ )?off|stops?|stopped|nothing is|no (?:\w+ )?(?:is|are|gets?) (?:kept|stored|cached|held))\b/;
/** Words that say it goes on working: something is kept, stored or cached, or never expires. */
const NEVER_ENDS = /\b(?:never expires?|(?:do|does|will) not expire|(?:do|does|will) not time out)\b/g;
const GOES_ON = new RegExp(String.raw`\b(?:keeps?|kept|stores?|stored|holds?|held|retains?|retained|saves?|saved|caches|cached|persists?|forever|indefinitely|permanently|until)\b|${NEVER_ENDS.source}`);
const DENIED = new RegExp(String.raw`\b(?:${DENIAL_WORDS}|nothing)\b`);
/** A denial and the words right after it ("never cached", "no longer be cached"). */
const DENIED_WORDS = new RegExp(String.raw`\b(?:${DENIAL_WORDS}|no longer)\b((?: [\w-]+){1,3})`, 'g');

/** The same value, a bare number read as the setting's own unit ("a TTL of 0" and "0 seconds"). */
const sameValue = (a: Quantity, b: Quantity) => a.value === b.value && (a.measure === b.measure || a.measure === 'count' || b.measure === 'count');

/**
 * An option that sets a thing to the value the facts say turns something off: true when it says
 * that thing stops, false when it says it goes on; undefined when it sets no such value.
 */
export function offValueClaim(index: FactIndex, text: string): { truth: boolean; fact: string } | undefined {
  const norm = normalize(text);
  const own = wordsOf(text);
  const written = quantitiesIn(text);
  for (const off of offValuesOf(index)) {
    if (![...off.setting].every((s) => own.has(s)) || !written.some((q) => sameValue(q, off.value))) continue;
    // ("do not expire" says it goes on: its denial is its own.)
    const denied = DENIED.test(norm.replace(NEVER_ENDS, ' '));
    // ("responses are never cached": the denial of what the value stops says it is off; "does not disable caching" is no such denial.)
    const deniesStopped = [...norm.matchAll(DENIED_WORDS)].some((m) => !OFF.test(m[1]!) && [...wordsOf(m[1]!)].some((s) => off.stops.has(s)));
    if (deniesStopped) return { truth: true, fact: off.fact.id };
    if (OFF.test(norm)) return { truth: !denied || /\bnothing is\b|\bno (?:\w+ )?(?:is|are|gets?) /.test(norm), fact: off.fact.id };
    if (GOES_ON.test(norm) && !denied) return { truth: false, fact: off.fact.id };
  }
  return undefined;
}
