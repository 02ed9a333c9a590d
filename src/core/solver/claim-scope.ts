import type { Claim } from './claims.js';
import { DENIAL_WORDS, denialJustBefore, findNegation } from './negation.js';

/*
 * A claim's words said inside an option's own denial: "with a wss:// address rather than plain
 * ws://" does not claim plain ws://, and "they do not offer wss:// endpoints" denies wss://. The
 * denial reaches only as far as its clause (findNegation), so a denial elsewhere in the option,
 * or one the claim's own pattern reads ("does not use TLS"), leaves the claim as it is.
 */

const READS_DENIAL = new RegExp(String.raw`\b(?:${DENIAL_WORDS}|without|nor)\b`);
/** A denial at most one word before the claim's words ("not offer wss://", "rather than plain ws://"): "no messages for 10 minutes" denies the messages, not the minutes. */
const JUST_BEFORE = denialJustBefore(1, ['rather than', 'instead of']);

/** Whether the option denies the words the claim's pattern matches in it. */
export function deniedInOption(norm: string, claim: Claim): boolean {
  const m = new RegExp(claim.pattern.source, claim.pattern.flags.replace('g', '')).exec(norm);
  if (!m || READS_DENIAL.test(m[0])) return false;
  return JUST_BEFORE.test(norm.slice(Math.max(0, m.index - 40), m.index)) && findNegation(norm, m.index, m.index + m[0].length) !== undefined;
}
