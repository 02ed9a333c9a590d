import { backgroundSpans, describesSomeone } from './background.js';
import { concept, CONCEPTS } from './concepts.js';
import { guarded, matchGuarded, type Guarded } from './guarded.js';
import { findNegation } from './negation.js';
import { matchTerm, prepareTerm, stemText, type CompiledTerm } from './stems.js';
import { functionsOwnJob } from './own-job.js';
import { PROPOSED, setAsideAt } from './set-aside.js';
import { clauseOf, sentenceBounds, sentenceOf } from './sentences.js';
import { normalize, quote } from './text.js';
import type { Clue, Concept } from './types.js';

let compiled: readonly { concept: Concept; patterns: Guarded[]; terms: CompiledTerm[] }[] | undefined;

/** The concept patterns, each compiled on first use: only those a text could match ever are. */
const COMPILED = () =>
  (compiled ??= CONCEPTS.map((concept) => ({
    concept,
    patterns: concept.patterns.map(guarded),
    terms: (concept.terms ?? []).map(prepareTerm),
  })));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** A sentence about what used to be: its clues say nothing about what is needed now. */
// (Not "a previous employer": people's past experience is set aside in its own clause, see set-aside.ts.)
const PAST = /\b(?:previous(?! (?:employers?|jobs?|roles?|workplaces?|positions?)\b)|previously|formerly|used to|(?:is|are|sits?) currently (?:behind|fronted by|served by|on)|has since been|have since been|was retired|were retired|was shut down|has been shut down|was discontinued|no longer (?:used|in use|exists?|needed))\b/;

/** A sentence about a part that already works: it is given, not what the question asks for ("Our WebSocket API already works."). */
const GIVEN = /^[^,;]*\balready (?:works|working|exists|runs|running|in place|live|in production|deployed|built)\s*[.!]?\s*$/;

/** A clause about what the company already runs ("and already serves its site from S3 through CloudFront"), up to a turn to what it now needs. */
const ALREADY_RUNS = /(?<![a-z0-9])already (?:serves?|serving|hosts?|hosting|delivers?|delivering)(?![a-z0-9])(?:(?!(?<![a-z0-9])(?:but|now|and now|while|wants?|needs?|requires?)(?![a-z0-9]))[^.;!?])*/g;

/** Whether a position lies in a clause about what is already running. */
const alreadyRunningAt = (norm: string, at: number) => [...norm.matchAll(ALREADY_RUNS)].some((m) => m.index < at && at < m.index + m[0].length);

/** The purpose a proposal states ("… proposes API keys to stop the bots"): the goal is the text's own, only the means is proposed. */
const PURPOSE_BEFORE = /\b(?:to|so that|in order to|so as to)\s+$/;

/** Whether the words at a position are a proposal someone makes, not its purpose. */
function proposedAt(norm: string, at: number): boolean {
  return PROPOSED.test(clauseAt(norm, at)) && !PURPOSE_BEFORE.test(norm.slice(sentenceBounds(norm, at)[0], at));
}

/** A turn from what happened to what follows from it or is wanted now: ", so the gateway must …", ", but now …". */
const CLAUSE_TURN = /,\s*(?:so|therefore|thus|hence|but|and now|and so)\s|;\s*/g;

/** The clause of a sentence around a position, between turns to a consequence or a new need. */
const clauseAt = (norm: string, at: number) => clauseOf(norm, at, CLAUSE_TURN);

/** A denied subject that reaches what follows: "nobody outside the company calls", "no external client needs to reach". */
const NOBODY_REACHES = /^(?:nobody|no one|none|no (?:[a-z]+ ){0,2}?(?:callers?|clients?|users?|customers?|systems?|parties|partners?|apps?|applications?))(?![a-z0-9])[^.;!?]*(?<![a-z0-9])(?:reach|call|access|invoke|contact|hit)(?:es|s|ed|ing)?\s+(?:[a-z]+\s+){0,3}$/;

/** Every clue in the text, in reading order, with negation resolved. */
export function findClues(text: string): Clue[] {
  const norm = normalize(text);
  const stemmed = stemText(norm);
  const claimed = new Map<string, { start: number; end: number }[]>();
  const clues: Clue[] = [];
  const background = backgroundSpans(norm, text);
  const spansOf = new Map<Clue, { start: number; end: number }>();
  for (const { concept, patterns, terms } of COMPILED()) {
    // Words that say who someone is ("a video-transcoding team") are no need.
    let spans = [...patterns.flatMap((pattern) => matchGuarded(pattern, norm)), ...terms.flatMap((term) => matchTerm(term, stemmed))].filter((span) => !describesSomeone(background, span));
    // What a Lambda function does in its own code ("one function that checks the signature and writes a record to DynamoDB") is no integration of the API's.
    if (concept.family === 'integration') spans = spans.filter((span) => !functionsOwnJob(norm, span, true));
    // Keep the longest of overlapping matches of one concept ("don't match a schema" over "schema").
    spans.sort((a, b) => b.end - b.start - (a.end - a.start));
    const kept: typeof spans = [];
    for (const span of spans) if (!kept.some((k) => overlaps(k, span))) kept.push(span);
    spans = kept;
    if (concept.family) {
      const taken = claimed.get(concept.family) ?? [];
      spans = spans.filter((span) => !taken.some((t) => overlaps(t, span)));
      claimed.set(concept.family, [...taken, ...spans]);
    }
    for (const span of spans) {
      const found = findNegation(norm, span.start, span.end);
      // A service named as where the denied things would be ("no API keys or caching at the gateway") is neither denied nor wanted there
      // (only "at": "without building anything in API Gateway" denies the service).
      if (found && NAMES_A_SERVICE.has(concept.id) && found.start < span.start && /(?<![a-z0-9])at\s+$/.test(norm.slice(0, span.start))) continue;
      // The exam's capitalised NOT ("Which option is NOT appropriate for …?") inverts the question, not the need.
      // So does a denial of who reaches a thing ("Nobody outside AWS needs to reach the function"): the thing is still there.
      const negation = found && (/^(?:NOT|EXCEPT)\b/.test(text.slice(found.start)) || (concept.context && NOBODY_REACHES.test(norm.slice(found.start, span.start)))) ? undefined : found;
      // What a previous design used ("the previous API used API keys for a programme that has since been shut down") is not a need now.
      // So is what someone else proposes ("Someone suggested hosting the pages on API Gateway"), unless the question itself asks it; what the content is (static pages) stays true.
      const aside = !negation && (PAST.test(clauseAt(norm, span.start)) || setAsideAt(norm, span.start) || GIVEN.test(sentenceOf(norm, span.start).trim()) || alreadyRunningAt(norm, span.start) || (!concept.content && proposedAt(norm, span.start) && !/\?/.test(sentenceOf(text.toLowerCase(), span.start))));
      const past = aside ? { start: span.start, end: span.end } : undefined;
      const start = negation ? Math.min(negation.start, span.start) : span.start;
      const end = negation ? Math.max(negation.end, span.end) : span.end;
      clues.push({ concept: concept.id, label: concept.label, quote: '', negated: negation !== undefined || past !== undefined, start, end });
      spansOf.set(clues[clues.length - 1]!, span);
    }
  }
  // One negation over a list ("no API keys, caching or WAF") is quoted whole for every item in it.
  const listEnd = new Map<number, number>();
  for (const c of clues) if (c.negated) listEnd.set(c.start, Math.max(listEnd.get(c.start) ?? 0, c.end));
  for (const c of clues) c.quote = quote(text, c.start, c.negated ? listEnd.get(c.start)! : c.end);
  for (const c of clues) Object.assign(c, spansOf.get(c));
  return withoutModifiers(withoutYielded(clues)).sort((a, b) => a.start - b.start || a.concept.localeCompare(b.concept));
}

/** Clues whose words another concept reads as its own (see Concept.yieldsTo). */
function withoutYielded(clues: Clue[]): Clue[] {
  return clues.filter((c) => !concept(c.concept).yieldsTo?.some((id) => clues.some((o) => o.concept === id && overlaps(o, c))));
}

/**
 * Clues that only name a service: inside the words of a feature the text rules out, they modify it
 * ("avoid the API Gateway-managed CloudFront distribution" rules out the managed edge, and says
 * nothing of a CDN or of API Gateway).
 */
const NAMES_A_SERVICE = new Set(['apigw-explicit', 'cdn', 'function-url', 'load-balance', 'graphql', 'direct-invoke']);

function withoutModifiers(clues: Clue[]): Clue[] {
  // Only a capability of its own contains a modifier: "a function URL" read as one function keeps its function URL.
  // And only one ruled out: a wanted feature that names a service ("GraphQL subscriptions") still says that service is wanted.
  const capability = (o: Clue) => o.negated && !NAMES_A_SERVICE.has(o.concept) && concept(o.concept).weight === 'strong' && !concept(o.concept).context && concept(o.concept).supportedBy !== undefined;
  const inside = (c: Clue) => clues.some((o) => o !== c && o.concept !== c.concept && capability(o) && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start);
  return clues.filter((c) => !NAMES_A_SERVICE.has(c.concept) || !inside(c));
}

/** What the scenario says about each concept: wanted, explicitly not wanted, or nothing. */
export interface ClueSet {
  all: Clue[];
  has(id: string): boolean;
  negated(id: string): boolean;
  quotes(id: string): string[];
  /** Wanted, but only the trained model says so (no written pattern). */
  learnedOnly(id: string): boolean;
}

/**
 * What the text wants. When it both wants and rules out one thing, the question itself (its
 * last sentence ending in "?") decides: "X says every function needs API Gateway. Which options
 * work without API Gateway?" rules API Gateway out.
 */
export function clueSet(clues: Clue[], text = ''): ClueSet {
  const asked = questionSpan(text);
  const inQuestion = (c: Clue) => asked !== undefined && c.start >= asked.start && c.start < asked.end;
  const positive = new Set(clues.filter((c) => !c.negated).map((c) => c.concept));
  for (const c of clues) {
    if (c.negated && inQuestion(c) && !clues.some((o) => o.concept === c.concept && !o.negated && inQuestion(o))) positive.delete(c.concept);
  }
  // Ruled out more often (and more than once) than it is wanted, and not asked for by the question: a proposal the text turns down
  // ("No per-customer limits and no API keys are needed. A consultant recommends usage plans.").
  for (const id of [...positive]) {
    const said = (negated: boolean) => new Set(clues.filter((c) => c.concept === id && c.negated === negated).map((c) => c.quote)).size;
    const asked = clues.some((c) => c.concept === id && !c.negated && inQuestion(c));
    if (!asked && said(true) >= 2 && said(true) > said(false)) positive.delete(id);
  }
  const negative = new Set(clues.filter((c) => c.negated && !positive.has(c.concept)).map((c) => c.concept));
  return {
    all: clues,
    has: (id) => positive.has(id),
    negated: (id) => negative.has(id),
    quotes: (id) => [...new Set(clues.filter((c) => c.concept === id && !c.negated).map((c) => c.quote))],
    learnedOnly: (id) => positive.has(id) && clues.every((c) => c.concept !== id || c.negated || c.learned === true),
  };
}

/**
 * Where a sentence ends: its punctuation and the space after it, or a blank line. A line wrapped mid-sentence goes on,
 * and so does one past an initial that opens a bracket or a short abbreviation ("US East (N. Virginia)", "e.g. a Lambda function").
 */
const SENTENCE_END = /(?<!\([A-Z]|\b(?:e\.g|i\.e|vs))\.(?=\s)|[!?:](?=\s)|\n\s*\n/g;

/** Where the question is asked: the last sentence that ends with a question mark, or the colon that ends the text ("… EXCEPT:"). */
export function questionSpan(text: string): { start: number; end: number } | undefined {
  const trimmed = text.trimEnd();
  const end = text.includes('?') ? text.lastIndexOf('?') : trimmed.endsWith(':') ? trimmed.length - 1 : -1;
  if (end < 0) return undefined;
  const before = text.slice(0, end);
  let start = 0;
  for (const m of before.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  return { start, end: end + 1 };
}
