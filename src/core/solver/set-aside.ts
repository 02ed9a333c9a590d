/*
 * Parts of a text that mention a service only to put it aside: a proposal that was turned down
 * ("A plan to put the function behind a load balancer was rejected"), something that is not part
 * of the question ("The web team already runs a WebSocket API for chat, but that API is not part
 * of this project") or something looked at and found not needed ("briefly looked at API Gateway
 * but needs none of its features"). What they name is background, not a need.
 */

import { sentenceBounds } from './sentences.js';

/** Words that report someone's proposal rather than a requirement ("a consultant suggests X", "the team looked at Y"). */
// "recommended" only as someone's act ("A consultant recommended X"), not "the recommended way"; "looked at X" is weighing it.
export const PROPOSED = /\b(?:suggests|suggested|proposes|proposed|recommends|recommended that|(?<!\b(?:the|a|an|is|are|was|were|be|been|being|not|officially|aws) )recommended|(?:briefly |first |once |also )?(?:considered|looked at|looked into|weighed)|thought about)\b/;

/** A proposal, an idea or a design someone put forward, as the subject of the verb that turns it down. */
const PROPOSAL_NOUN = /(?<![a-z0-9])(?:proposals?|suggestions?|ideas?|plans?|recommendations?|options?|approach(?:es)?|designs?|alternatives?)(?![a-z0-9])/;

/** A turned-down proposal: everything in the sentence before the verb that turns it down. */
const TURNED_DOWN = /(?<![a-z0-9])(?:was|were|has been|have been|had been|got|is being)\s+(?:(?:quickly|soon|already|later|finally)\s+)?(?:turned down|rejected|ruled out|dismissed|dropped|abandoned|vetoed|declined|shelved|refused)(?![a-z0-9])/;

/** The whole sentence: what it mentions is not part of the question's own project. */
const NOT_THIS_PROJECT = /(?<![a-z0-9])(?:is|are|was|were|stays?|remains?)\s+(?:not\s+(?:part of|in scope for|involved in|affected by|related to)|outside(?: the scope of)?|out of scope for|unrelated to|separate from|a separate|another)\s+(?:this|the|our|their|its|that)?\s*(?:current\s+|new\s+)?(?:project|work|effort|initiative|design|migration|question|task|programme|program|scope|change|build)(?![a-z0-9])/;

/** Looked at and found not needed: the part up to the "but" that says so. */
const LOOKED_AT_NOT_NEEDED = /(?<![a-z0-9])(?:looked at|looked into|considered|evaluated|tried)\s[^.;!?]*?(?:,\s*)?(?<![a-z0-9])but\s+(?:(?:it|they|the team|the company)\s+)?(?:needs?|wants?|requires?|uses?|found)\s+(?:none|nothing|no)(?![a-z0-9])/;

/**
 * What a question leaves out of its count ("Ignoring any free tier and data-transfer charges, …", "excluding data transfer"):
 * the words up to the end of their clause name what is not asked about.
 */
export const LEFT_OUT = /\b(?:ignoring|disregarding|excluding|not counting|leaving (?:out|aside)|setting aside|(?:apart|aside) from|without counting)\b[^,;.?!]*/gi;

/** Whether the words at a position of normalised text only mention something the text puts aside. */
export function setAsideAt(norm: string, at: number): boolean {
  const [start, end] = sentenceBounds(norm, at);
  const sentence = norm.slice(start, end);
  const offset = at - start;
  if (NOT_THIS_PROJECT.test(sentence)) return true;
  const down = TURNED_DOWN.exec(sentence);
  if (down && offset < down.index && PROPOSAL_NOUN.test(sentence.slice(0, down.index))) return true;
  const looked = LOOKED_AT_NOT_NEEDED.exec(sentence);
  return looked !== null && offset >= looked.index && offset < looked.index + looked[0].length;
}
