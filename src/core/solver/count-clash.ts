/*
 * "Only one stage" against a statement that gives several of the same thing ("10 stages by
 * default"), or "no HTTP API calls" against one that gives a number of them ("1 million HTTP API
 * calls"): a number word is read as an amount only beside a unit, so a count of one or none written
 * in words is compared here with the count the statement gives of the same thing; so is a small
 * count in words ("two endpoint types" against "three endpoint types").
 */

/** "only one stage", "just a single key", "at most two stages": the noun limited to a small count. */
const ONLY_ONE = /\b(?:only|just|at most|no more than) (one|a single|two|three|four|five) ([a-z]+?)(?:s)?\b/g;
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
