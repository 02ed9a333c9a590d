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
