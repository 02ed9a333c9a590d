/*
 * One thing said to be shared across all of some kind ("one limit shared by all Regions", "a single
 * quota across every account") against a statement that gives it per one of that kind ("per account
 * per Region", "in each Region"): the scopes clash.
 */

/**
 * "shared by all Regions", "one quota across every account", "a single limit for all stages": the kind shared over.
 * (Not an owner: "shared by the account's APIs" shares over the APIs of one account.)
 */
/** ("one global number that covers all AWS Regions": one thing that covers, spans or applies to all of a kind.) */
const SHARED_OVER = /\b(?:shared (?:by|across|between|among)|(?:one|a single|the same|a global|a combined|one global|one combined)(?: \w+){1,3}? (?:(?:that|which) )?(?:for|across|covers?|covering|spans?|spanning|applies to|applying to)|combined (?:for|across)|across) (?:all|every|the|multiple|several)? ?(?:of (?:its|their|the|our) )?(?:aws )?([a-z]+?)s?\b(?!')/g;

/** The kind an option says is shared over, when the clause gives the thing per one of that kind; else undefined. */
export function sharedAgainstPer(optionNorm: string, clauseNorm: string): string | undefined {
  for (const m of optionNorm.matchAll(SHARED_OVER)) {
    const kind = m[1]!;
    if (kind.length > 2 && new RegExp(`\\b(?:per|each|in each|for each) ${kind}s?\\b`).test(clauseNorm)) return kind;
  }
  return undefined;
}

/** "per account", "for each API", "in every Region", "each individual stage", "per API key": the kind a thing is given for. */
const PER_KIND = /\b(?:per|(?:for|in|on) (?:each|every)|each|every)\s+(?:(?:individual|single|separate|aws|given)\s+)?([a-z]+?)(?:s\b|\b)(?:\s+(key|plan)s?\b)?/g;
/** Periods, scales and measures that say a rate or a size, not whom it is given to. */
const NOT_A_KIND = /^(?:second|minute|hour|day|week|month|year|hundred|thousand|million|billion|trillion|gb|kb|mb|byte|time|one|other|of|the|a|an|request|call|message)$/;

/** The kinds a text gives something per, singular ("api key" as "key"). */
export function kindsPer(norm: string): Set<string> {
  const kinds = new Set<string>();
  for (const m of norm.matchAll(PER_KIND)) {
    const kind = m[2] ?? m[1]!;
    if (kind.length > 2 && !NOT_A_KIND.test(kind)) kinds.add(kind);
  }
  return kinds;
}

/**
 * The kind an option gives an amount per ("10,000 a second for each API") where the clause that gives the same amount
 * gives it per other kinds only ("per account per Region"): the scopes clash. Undefined when either names no kind.
 */
export function otherScope(optionNorm: string, clauseNorm: string): string | undefined {
  const given = kindsPer(clauseNorm);
  if (given.size === 0) return undefined;
  return [...kindsPer(optionNorm)].find((kind) => !given.has(kind));
}
