/*
 * "Only one stage" against a statement that gives several of the same thing ("10 stages by
 * default"): a number word is read as an amount only beside a unit, so a count of one written in
 * words is compared here with the count the statement gives of the same noun.
 */

/** "only one stage", "just a single key", "at most one authorizer": the noun limited to one. */
const ONLY_ONE = /\b(?:only|just|at most|no more than) (?:one|a single) ([a-z]+?)(?:s)?\b/g;

/** The noun an option limits to one where the clause gives two or more of it; else undefined. */
export function oneAgainstMany(optionNorm: string, clauseNorm: string): string | undefined {
  for (const m of optionNorm.matchAll(ONLY_ONE)) {
    const noun = m[1]!;
    for (const count of clauseNorm.matchAll(new RegExp(`\\b(\\d[\\d,]*) (?:\\w+ )?${noun}s\\b`, 'g'))) if (Number(count[1]!.replace(/,/g, '')) >= 2) return noun;
  }
  return undefined;
}
