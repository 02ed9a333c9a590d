/*
 * Parts of a text that mention a service only to put it aside: a proposal that was turned down
 * ("A plan to put the function behind a load balancer was rejected"), something that is not part
 * of the question ("The web team already runs a WebSocket API for chat, but that API is not part
 * of this project") or something looked at and found not needed ("briefly looked at API Gateway
 * but needs none of its features"). What they name is background, not a need.
 */

import { clauseBounds, sentenceBounds } from './sentences.js';

/** Words that report someone's proposal rather than a requirement ("a consultant suggests X", "the team looked at Y"). */
// "recommended" only as someone's act ("A consultant recommended X"), not "the recommended way"; "looked at X" is weighing it.
export const PROPOSED = /\b(?:suggests|suggested|proposes|proposed|recommends|recommended that|(?<!\b(?:the|a|an|is|are|was|were|be|been|being|not|officially|aws) )recommended|(?:briefly |first |once |also )?(?:considered|looked at|looked into|been looking at|been looking into|weighed)|thought about)\b/;

/** A proposal, an idea or a design someone put forward, as the subject of the verb that turns it down. */
const PROPOSAL_NOUN = /(?<![a-z0-9])(?:proposals?|suggestions?|ideas?|plans?|recommendations?|options?|approach(?:es)?|designs?|alternatives?)(?![a-z0-9])/;

/** A turned-down proposal: everything in the sentence before the verb that turns it down. */
const TURNED_DOWN = /(?<![a-z0-9])(?:was|were|has been|have been|had been|got|is being)\s+(?:(?:quickly|soon|already|later|finally)\s+)?(?:turned down|rejected|ruled out|dismissed|dropped|abandoned|vetoed|declined|shelved|refused)(?![a-z0-9])/;

/** The whole sentence: what it mentions is not part of the question's own project. */
const NOT_THIS_PROJECT = /(?<![a-z0-9])(?:is|are|was|were|stays?|remains?)\s+(?:not\s+(?:part of|in scope for|involved in|affected by|related to)|outside(?: the scope of)?|out of scope for|unrelated to|separate from|a separate|another)\s+(?:this|the|our|their|its|that)?\s*(?:current\s+|new\s+)?(?:project|work|effort|initiative|design|migration|question|task|programme|program|scope|change|build)(?![a-z0-9])/;

/** Looked at and found not needed: the part up to the "but" that says so. */
const LOOKED_AT_NOT_NEEDED = /(?<![a-z0-9])(?:looked at|looked into|considered|evaluated|tried)\s[^.;!?]*?(?:,\s*)?(?<![a-z0-9])but\s+(?:(?:it|they|the team|the company)\s+)?(?:needs?|wants?|requires?|uses?|found)\s+(?:none|nothing|no)(?![a-z0-9])/;

/**
 * What someone only heard or read of, or sketched early on ("the founders have read that CloudFront could speed things up",
 * "an architect had sketched API Gateway in an early diagram"): hearsay and old drafts state no need. Their clause only.
 */
const HEARSAY_OR_SKETCH = /(?<![a-z0-9])(?:(?:has|have|had)\s+(?:read|heard)(?:\s+(?:online|somewhere))?\s+(?:that|about|of|how)|sketched|whiteboarded|(?:in|on)\s+(?:an?|the|its|their|one)\s+(?:early|earlier|first|initial|original|rough|old)\s+(?:diagrams?|drafts?|sketch(?:es)?|whiteboards?|drawings?|mock ?ups?))(?![a-z0-9])/;

/** Where a clause of a sentence turns: a comma or semicolon, or a word that sets one statement against another. */
const CLAUSE_TURNS = /[,;]|(?<![a-z0-9])(?:but|although|though|while|whereas|yet|however)(?![a-z0-9])/g;

/** Whether a match in the sentence starting at `start` lies in the clause around a position. */
function inClauseAt(norm: string, at: number, start: number, match: RegExpExecArray | null): boolean {
  if (!match) return false;
  const [from, to] = clauseBounds(norm, at, CLAUSE_TURNS);
  return start + match.index >= from && start + match.index < to;
}

/**
 * People's past experience ("two engineers who tuned CDNs at a previous employer"): it says who they are, not what they
 * need now. The relative clause only: what they want next ("… want to decide the cache key") is the need.
 */
const PAST_EXPERIENCE = /(?<![a-z0-9])(?:who|whom)\s[^.;!?]*?(?<![a-z0-9])(?:at|in|with|from|during|for)\s+(?:(?:a|an|the|their|his|her|its|one)\s+)?(?:previous|former|prior|past|last|old)\s+(?:employers?|jobs?|roles?|workplaces?|positions?|compan(?:y|ies)|firms?)(?![a-z0-9])/;

/** Words that leave something out of what is asked or counted ("ignoring any free tier", "not counting API Gateway's overhead"). */
const LEAVE_OUT = String.raw`ignoring|disregarding|excluding|not counting|not including|leaving (?:out|aside)|leaves? out|setting aside|omitting|(?:apart|aside) from|without counting`;

/**
 * What a question leaves out of its count ("Ignoring any free tier and data-transfer charges, …", "excluding data transfer"):
 * the words up to the end of their clause name what is not asked about.
 */
export const LEFT_OUT = new RegExp(String.raw`\b(?:${LEAVE_OUT})\b[^,;.?!]*`, 'gi');

/** What a stem sets against the thing it asks for: what it leaves out, and what it contrasts ("in the backend rather than in API Gateway itself"). */
export const CONTRASTED = new RegExp(String.raw`\b(?:${LEAVE_OUT}|rather than|instead of|as opposed to|separate(?:ly)? from|without|but not|other than)\b[^,;.?!]*`);

/** Whether the words at a position of normalised text only mention something the text puts aside. */
export function setAsideAt(norm: string, at: number): boolean {
  const [start, end] = sentenceBounds(norm, at);
  const sentence = norm.slice(start, end);
  const offset = at - start;
  if (NOT_THIS_PROJECT.test(sentence)) return true;
  if (inClauseAt(norm, at, start, HEARSAY_OR_SKETCH.exec(sentence))) return true;
  const experience = PAST_EXPERIENCE.exec(sentence);
  if (experience && offset >= experience.index && offset < experience.index + experience[0].length) return true;
  const down = TURNED_DOWN.exec(sentence);
  if (down && offset < down.index && PROPOSAL_NOUN.test(sentence.slice(0, down.index))) return true;
  const looked = LOOKED_AT_NOT_NEEDED.exec(sentence);
  return looked !== null && offset >= looked.index && offset < looked.index + looked[0].length;
}

/**
 * What must stay as it is ("keeping the same invoke URL and DNS records", "while leaving its existing domain in place"): a
 * constraint on the change, not a need for the service that keeps that thing. To the end of the clause.
 */
const KEPT_AS_IS = /(?<![a-z0-9])(?:keep(?:s|ing)?|retain(?:s|ing)?|preserv(?:e|es|ing)|leav(?:e|es|ing))\s+(?:the|its|their|our|all)?\s*(?:same|existing|current|present)(?![a-z0-9])[^.;!?,]*/g;

/** Whether a position lies in words that say what must stay as it is. */
export const keptAsItIs = (norm: string, at: number): boolean => [...norm.matchAll(KEPT_AS_IS)].some((m) => m.index <= at && at < m.index + m[0].length);
