import { quantitiesIn } from './quantities.js';

/*
 * "Only one stage" against a statement that gives several of the same thing ("10 stages by
 * default"), or "no HTTP API calls" against one that gives a number of them ("1 million HTTP API
 * calls"): a number word is read as an amount only beside a unit, so a count of one or none written
 * in words is compared here with the count the statement gives of the same thing; so is a small
 * count in words ("two endpoint types" against "three endpoint types").
 */

/**
 * A cap written with a negation ("no more than", "can never have more than", "cannot exceed"): it limits a count, it
 * denies nothing.
 */
const CAP_WORDS = String.raw`(?:no|not|never|cannot|can't)(?: [a-z]+){0,2} (?:more than|exceed)|at most|up to|a maximum of|fewer than`;
const CAPPED = new RegExp(String.raw`\b${CAP_WORDS}\b`, 'g');

/** The text with its caps taken out: a negation left in it is a denial. */
export const withoutCaps = (norm: string) => norm.replace(CAPPED, ' ');

/** "only one stage", "just a single key", "at most two stages", "never more than three stages": the noun limited to a small count. */
const ONLY_ONE = new RegExp(String.raw`\b(?:only|just|${CAP_WORDS}) (one|a single|two|three|four|five) ([a-z]+?)(?:s)?\b`, 'g');
const CAPS: Record<string, number> = { one: 1, 'a single': 1, two: 2, three: 3, four: 4, five: 5 };

/** The noun an option limits to a small count where the clause gives more of it; else undefined. */
export function oneAgainstMany(optionNorm: string, clauseNorm: string): string | undefined {
  for (const m of optionNorm.matchAll(ONLY_ONE)) {
    const noun = m[2]!;
    for (const count of clauseNorm.matchAll(new RegExp(`\\b(\\d[\\d,]*) (?:\\w+ )?${noun}s\\b`, 'g'))) if (Number(count[1]!.replace(/,/g, '')) > CAPS[m[1]!]!) return noun;
  }
  return undefined;
}

/** "no HTTP API calls": the words denied, up to three. */
const NONE_OF = /\bno ((?:[a-z]+ ){0,2}[a-z]+)/g;

/** The thing an option says there is none of where the clause gives a number of it ("1 million HTTP API calls"); else undefined. */
export function noneAgainstSome(optionNorm: string, clauseNorm: string): string | undefined {
  for (const m of optionNorm.matchAll(NONE_OF)) {
    const words = m[1]!.split(' ');
    for (let n = words.length; n >= 2; n--) {
      const thing = words.slice(0, n).join(' ');
      if (new RegExp(`\\b[1-9][\\d,.]*(?: (?:thousand|million|billion))? ${thing}\\b`).test(clauseNorm)) return thing;
    }
  }
  return undefined;
}

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COUNT_WORD = Object.keys(COUNT_WORDS).join('|');
/** "two endpoint types", "four log types": a small count in words and the one or two words it counts. */
const COUNTED = new RegExp(`\\b(${COUNT_WORD}) ((?:[a-z]+ )?[a-z]+?)s?\\b`, 'g');

/** The thing an option counts in words where the clause gives another count of it ("two endpoint types" against "three endpoint types"); else undefined. */
export function otherCountOf(optionNorm: string, clauseNorm: string): string | undefined {
  for (const m of optionNorm.matchAll(COUNTED)) {
    const thing = m[2]!;
    // (Only a count in words in the clause too: "three endpoint types" counts kinds, "10,000 requests" traffic.)
    for (const given of clauseNorm.matchAll(new RegExp(`\\b(${COUNT_WORD}) ${thing}s?\\b`, 'g'))) {
      if (COUNT_WORDS[given[1]!] !== COUNT_WORDS[m[1]!]) return thing;
    }
  }
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, ...COUNT_WORDS, eleven: 11, twelve: 12, sixteen: 16, twenty: 20, thirty: 30, sixty: 60, hundred: 100 };
/** "exactly eight characters", "must be 16 characters": a count of something, in words or figures, and the one word it counts. */
const COUNT_OF = new RegExp(`\\b(\\d+|${Object.keys(NUMBER_WORDS).join('|')}) ([a-z]+?)s?\\b`, 'g');

/**
 * The thing an option counts outside the range a clause gives of it ("eight characters" against "20-128 characters"); else
 * undefined. (Normalised, the range's dash is a space: "20 128 characters".)
 */
export function outsideRange(optionNorm: string, clauseNorm: string): string | undefined {
  for (const m of optionNorm.matchAll(COUNT_OF)) {
    const value = NUMBER_WORDS[m[1]!] ?? Number(m[1]);
    const thing = m[2]!;
    // (Only a count of things: a time or a size is a measure, which the amounts' own reading weighs with its bounds.)
    if (quantitiesIn(`${value} ${m[0].slice(m[1]!.length + 1)}`).some((q) => q.measure !== 'count')) continue;
    for (const range of clauseNorm.matchAll(new RegExp(`\\b(\\d+) (?:to )?(\\d+) ${thing}s?\\b`, 'g'))) {
      const [low, high] = [Number(range[1]), Number(range[2])];
      if (low < high && (value < low || value > high)) return thing;
    }
  }
  return undefined;
}
