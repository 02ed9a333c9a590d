import type { Span } from './pattern.js';

/*
 * Words that say who someone is, not what must happen: the words before a noun that names a
 * company, a team or a product being integrated ("a video-transcoding team", "the chat vendor",
 * "its team-chat tool"). A need is stated by what must happen, so a clue found only in these
 * words is context, not a requirement.
 */

const DETERMINER = String.raw`(?:a|an|the|its|their|our|your|his|her|whose)`;

/** Nouns that name who acts or what is bought in, not what is built ("provider" is left out: an identity provider is a need). */
const WHO = String.raw`(?:teams?|compan(?:y|ies)|start ?ups?|vendors?|suppliers?|firms?|agenc(?:y|ies)|departments?|business(?:es)?|organi[sz]ations?|consultanc(?:y|ies)|studios?|tools?)`;

/** Words that end a noun phrase rather than describe its noun. */
const NOT_A_MODIFIER = String.raw`(?:a|an|the|and|or|of|to|for|with|from|by|on|in|at|that|which|who|is|are|was|were|be|must|should|will|can|needs?|wants?|uses?|has|have|runs?)`;

/** A word, or a hyphenated compound ("video-on-demand"), whose inner "on" ends no phrase; still at most MAX_WORDS words in all. */
const MODIFIER = String.raw`(?!${NOT_A_MODIFIER}\s)[a-z0-9']+(?:-[a-z0-9']+)*\s+`;

/** The most words that describe someone: longer runs ("an in-house command-line tool") say what the thing does. */
const MAX_WORDS = 3;

const DESCRIBED = new RegExp(String.raw`(?<![a-z0-9])${DETERMINER}\s+((?:${MODIFIER}){1,3})${WHO}(?![a-z0-9])`, 'dg');

/** Normalised text with the hyphens of the original back in place (normalising keeps every position). */
const withHyphens = (norm: string, text: string) => (text.length === norm.length ? norm.replace(/ /g, (space, at: number) => (text[at] === '-' ? '-' : space)) : norm);

/** Where normalised text describes a company, team or product by its words before the noun; `text` is the original, for its hyphens. */
export function backgroundSpans(norm: string, text = norm): Span[] {
  const spans: Span[] = [];
  const joined = withHyphens(norm, text);
  DESCRIBED.lastIndex = 0;
  for (let m = DESCRIBED.exec(joined); m; m = DESCRIBED.exec(joined)) {
    if (m[1]!.trim().split(/[\s-]+/).length > MAX_WORDS) continue;
    const [start] = m.indices![1]!;
    spans.push({ start, end: start + m[1]!.trimEnd().length });
  }
  return spans;
}

/** Whether a span lies wholly within the words that describe someone. */
export const describesSomeone = (background: readonly Span[], span: Span): boolean => background.some((b) => b.start <= span.start && span.end <= b.end);

/** The opening noun phrase of a text: "A" or "An", a few words that describe, and the noun, up to a possessive or a word that ends the phrase. */
const OPENING = new RegExp(String.raw`^\s*(?:a|an)\s+((?:${MODIFIER}){0,3}?)([a-z]+)(?:'s(?![a-z0-9])|\s+(?=${NOT_A_MODIFIER}(?![a-z0-9'])))`);

/**
 * The noun a text names its company by, when it calls it that again ("A car-wash chain's vendor … the
 * chain's one function"): wherever "the chain" stands, it is who acts, so a need that starts with the
 * word ("chain … function" for workflows) is not stated there.
 */
export function companyNoun(norm: string): string | undefined {
  const noun = OPENING.exec(norm)?.[2];
  return noun && new RegExp(String.raw`(?<![a-z0-9])the\s+${noun}(?:'s)?(?![a-z0-9])`).test(norm.slice(1)) ? noun : undefined;
}

/** Whether a span starts with the company's own noun, after "the" or as its possessive ("the chain's developer has one Lambda function"). */
export function startsWithCompany(norm: string, span: Span, noun = companyNoun(norm)): boolean {
  if (!noun || !norm.startsWith(noun, span.start)) return false;
  const after = norm.slice(span.start + noun.length);
  return /^'s(?![a-z0-9])/.test(after) || /(?:^|\s)(?:the|a|an|its|our|their)\s+$/.test(norm.slice(Math.max(0, span.start - 8), span.start));
}

/** Nouns for a part of the setting that a word before them names ("its matchmaking servers", "the payments API"). */
const COMPONENT = String.raw`(?:servers?|apis?|lobb(?:y|ies)|services?|apps?|applications?|backends?|pages?|sites?|websites?|systems?|microservices?|functions?|endpoints?|portals?|platforms?|engines?|workers?)`;

/** What may stand between a need's words and the component noun they name: an API type. */
const API_TYPE = String.raw`(?:(?:rest|http|web ?socket|graphql)\s+)?`;

/** An existing thing's determiner, a few describing words (or a list joined by "and"), then the span. */
const OWNED_BEFORE = new RegExp(String.raw`(?:'s|(?<![a-z0-9])(?:the|its|their|our|your|his|her|whose))\s+(?:${MODIFIER}){0,3}(?:and\s+)?$`);

/** A verb of wanting or making before the determiner: the part is what is asked for ("wants the DNS service to answer …"). */
const WANTED_BEFORE = /(?<![a-z0-9])(?:wants?|wanted|needs?|needed|requires?|required|for|asks? for|chooses?|picks?|adds?|add|uses?|use|builds?|build|creates?|create|sets? up|set up)\s+$/;

/**
 * Whether a span only names one of the setting's own parts by what it does ("the studio's matchmaking servers call the API",
 * "its matchmaking REST API", "the storefront and matchmaking lobby"): the name of a part that exists, not a need for the
 * service that does that job. A part introduced with "a" ("needs a matchmaking service") may still be the need.
 */
export function namesAPart(norm: string, span: Span): boolean {
  const after = new RegExp(String.raw`^\s+${API_TYPE}${COMPONENT}(?![a-z0-9])`);
  const base = Math.max(0, span.start - 80);
  const owned = OWNED_BEFORE.exec(norm.slice(base, span.start));
  if (!owned || !after.test(norm.slice(span.end))) return false;
  const at = base + owned.index;
  return !WANTED_BEFORE.test(norm.slice(Math.max(0, at - 40), at));
}
