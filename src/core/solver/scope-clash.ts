/*
 * One thing said to be shared across all of some kind ("one limit shared by all Regions", "a single
 * quota across every account") against a statement that gives it per one of that kind ("per account
 * per Region", "in each Region"): the scopes clash.
 */

/**
 * "shared by all Regions", "one quota across every account", "a single limit for all stages": the kind shared over.
 * (Not an owner: "shared by the account's APIs" shares over the APIs of one account.)
 */
const SHARED_OVER = /\b(?:shared (?:by|across|between|among)|(?:one|a single|the same) \w+(?: \w+)? (?:for|across)|combined (?:for|across)|across) (?:all|every|the|multiple|several)? ?(?:aws )?([a-z]+?)s?\b(?!')/g;

/** The kind an option says is shared over, when the clause gives the thing per one of that kind; else undefined. */
export function sharedAgainstPer(optionNorm: string, clauseNorm: string): string | undefined {
  for (const m of optionNorm.matchAll(SHARED_OVER)) {
    const kind = m[1]!;
    if (kind.length > 2 && new RegExp(`\\b(?:per|each|in each|for each) ${kind}s?\\b`).test(clauseNorm)) return kind;
  }
  return undefined;
}
