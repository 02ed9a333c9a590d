import { contentStems } from '../text/words.js';
import { factsTable } from './facts-table.js';
import { readLineTable } from './line-table.js';
import { quantitiesIn, type Quantity } from './quantities.js';

/*
 * The chapter's verified statements, ready to be looked up by the words of a question: each
 * statement's word stems, its clauses (the parts between semicolons and full stops, each about
 * one thing) and the quantities each clause gives. Built the first time a question needs it.
 */

export interface Clause {
  start: number;
  end: number;
  stems: Set<string>;
  quantities: Quantity[];
}

export interface Fact {
  id: string;
  statement: string;
  stems: Set<string>;
  clauses: Clause[];
}

export interface FactIndex {
  facts: Fact[];
  /** How rare each stem is among the statements: log(N / statements holding it). */
  rarity: Map<string, number>;
}

let built: FactIndex | undefined;

/** Words the statements and the questions use for one idea: a quota is a limit, however it is named. */
const SAME_AS: Record<string, string> = { reachabl: 'reach', callabl: 'call', quota: 'limit', cap: 'limit', capac: 'limit', ceil: 'limit', hourli: 'hour', daili: 'day', weekli: 'week', monthli: 'month' };
/** Phrases written out for what the statements abbreviate (a "time-to-live" is the TTL) or say in one word, and the words that only ask for an amount ("how long"), which speak of nothing. */
const SAME_PHRASE: [RegExp, string][] = [
  [/\btime[\s-]+to[\s-]+live\b/gi, 'TTL'],
  [/\bpoints?[\s-]+of[\s-]+presence\b/gi, 'POP'],
  // What happens on its own, or on a schedule nobody sets off each time, happens automatically.
  [/\bon (?:its|their) own\b|\bby (?:itself|themselves)\b|\b(?:on|over|by) a (?:fixed |set |preset )?schedule\b/gi, 'automatically'],
  // A concessive tail ("however many APIs exist", "no matter how many there are") only stresses the claim before it.
  [/\b(?:however|no matter how|regardless of how) (?:many|much|large|small|few|often)\b[^,;.]*/gi, ' '],
  [/\bhow (?:long|many|much|often|soon)\b/gi, ' '],
  // What anyone may call without signing in is public; an "auth type" is the AuthType setting.
  [/\b(?:callable|reachable|invocable|accessible|open) (?:by|to) (?:anyone|everyone|any caller|the public|the whole internet)\b/gi, 'public'],
  [/\bauth[\s-]+type\b/gi, 'AuthType'],
  [/\b(?:with no|without(?: any)?|no) activity\b|\binactiv(?:e|ity)\b/gi, 'idle'],
  // A connection that carries or sends nothing is idle.
  [/\b(?:carr(?:y|ies|ying)|sends?|sending|passes|passing|sees?|seeing) no (?:traffic|messages|data)\b/gi, 'is idle'],
  // Capping the bill or keeping spending down is controlling costs.
  [/\bkeep(?:s|ing)? (?:(?:the|its|their|our|[a-z]+'s) ){0,2}(?:(?:aws|monthly|total|overall|cloud) )?(?:bills?|costs?|spend|spending|charges) (?:down|low|in check)\b/gi, 'control costs'],
  [/\b(?:cap|capping|limit|limiting|control|controlling|contain|containing|keep down|keeping down|rein in|reining in)s? (?:(?:the|its|their|a|an|our|[a-z]+'s) ){0,2}(?:(?:aws|monthly|total|overall|cloud) )?(?:bills?|costs?|spend|spending|charges)\b/gi, 'control costs'],
  // What runs, fires or is invoked "when" something happens is simply what happens then.
  [/\b(?:runs?|fires?|executes?|(?:is|are|gets?) (?:invoked|triggered|called|run|executed|used))\s+(?=when\b)/gi, ' '],
  // A connection opened, established or started is one initiated.
  [/\b(?:opens?|opened|opening|establish(?:es|ed|ing)?|starts?|started|starting)\b(?= (?:a |an |the |its |their |each |new )*(?:persistent |websocket |new )*connections?\b)/gi, 'initiates'],
  [/(?<=\bconnections? (?:is |are |gets? |was |were |has been |have been )?(?:being )?)(?:opened|established|started)\b/gi, 'initiated'],
  // How long a gateway waits for its backend is its integration timeout.
  [/\b(?:waits?|waiting|waited)\b(?=[^.;]{0,40}?\bfor (?:an? |the |its |each )?(?:integration|backend|function)s?\b)/gi, 'timeout'],
  // A copy of a response kept to answer later is a cached response.
  [/\b(?:keeps?|kept|stores?|stored|holds?|held|saves?|saved) (?:a )?(?:cop(?:y|ies) of )?(?:each |every |the |its )?(?:api )?responses?\b/gi, 'caches responses'],
  // How long a cached entry may stay before it expires is the cache's TTL ("an entry can be kept for at most one hour").
  [/\b(?:(?:cached|cache) )?entr(?:y|ies)\b(?=[^.;]{0,40}?\b(?:expir\w*|stays?|staying|remains?|kept|lives?|valid)\b)/gi, 'TTL'],
  // (The verb of that lifetime is the TTL's own word, not another thing kept: "kept for 15 months" is how long metrics are kept.)
  [/(?<=\bTTL\b[^.;]{0,40}?)\b(?:kept|stays?|staying|remains?|lives?)\b/g, ' '],
  // What holds unless someone chooses otherwise is the default ("unless another TTL is chosen", "if nobody changes it").
  [/\b(?:unless|until) (?:an?other|a different|some other|a custom|a new) [\w-]+(?: [\w-]+)? (?:is|gets|has been|was) (?:chosen|set|configured|picked|selected|specified)\b|\bunless (?:it is |someone |the team |you )?(?:changed?|overridden|override|configured otherwise|set otherwise)\b|\bif (?:nobody|no one) changes it\b|\bif (?:left|kept) unchanged\b|\bout of the box\b/gi, 'by default'],
  // "A single message" counts one item of traffic: the word says how many, not what about (unlike "a single Region").
  [/\ba single (?=(?:[\w-]+ )?(?:responses?|messages?|requests?|calls?|payloads?|entr(?:y|ies)|frames?|connections?)\b)/gi, 'one '],
  // How long a response is cached for is the cache's TTL ("a response can be kept in the cache for at most an hour": its amount is
  // taken out by now, so "for" ends the words).
  [/\b(?:cached|(?:stored|kept|held|saved) in (?:the |a |its |their )?(?:stage |api )?cache) (?=for(?: (?:up to|at most|no more than|as long as|a maximum of))?(?:\s{2,}|\s*$))/gi, 'TTL '],
  // What is stored, kept or held in the cache is cached.
  [/\b(?:stored|kept|held|saved|put|placed|written) (?:in|into) (?:the |a |its |their )?(?:stage |api )?cache\b/gi, 'cached'],
  // Callers over the limit are the throttled clients ("callers above the allowed rate", "requests that exceed the quota").
  [/\bthrottled (?:callers?|clients?|users?|requests?|calls?)\b|\b(?:callers?|clients?|users?|requests?|calls?)(?: that| who| which)? (?:are|is|get|gets|got|were|was|become|becomes) throttled\b|\b(?:callers?|clients?|users?|requests?|calls?|traffic)(?: that| who| which)? (?:go(?:es)? |are |is |come |comes |run |runs )?(?:above|over|beyond|past|exceeding|exceed|exceeds|in excess of) (?:the |their |its |an? )?(?:allowed |permitted |set |configured |throttle |throttling )?(?:rate|limit|quota|throttle)s?\b/gi, 'throttled clients'],
  // Getting or receiving a status code says nothing of what it answers: "get an HTTP 429 response", "receive HTTP 429" (its
  // code taken out by now, two spaces mark where it was).
  [/\b(?:gets?|got|getting|sees?|saw|receives?|received|receiving)\b(?= (?:an? |the )?(?:http |status |error )*\s)/gi, ' '],
  // "With no usage plan at all" is "without any usage plan".
  [/\bwith no ((?:[\w-]+ ){0,2}?[\w-]+) at all\b/gi, 'without any $1'],
  // An API named by its endpoint type ("a private API", "edge-optimized REST APIs") is an API with that endpoint.
  [/\b(private|edge[\s-]+optimi[sz]ed|regional)((?: rest| http)? apis?)\b/gi, '$1 endpoint$2'],
];

/** The word stems of a text without its amounts (numbers and units): what it speaks of, each idea under one stem. */
export function wordsOf(text: string): Set<string> {
  let rest = text;
  for (const q of quantitiesIn(text).reverse()) rest = `${rest.slice(0, q.start)} ${rest.slice(q.end)}`;
  for (const [phrase, same] of SAME_PHRASE) rest = rest.replace(phrase, same);
  return new Set([...contentStems(rest.replace(/[$\d][\d,.]*/g, ' '))].map((s) => SAME_AS[s] ?? s));
}

/** A reading of the facts, made once per fact index and kept with it. */
export function oncePerIndex<T>(read: (index: FactIndex) => T): (index: FactIndex) => T {
  const kept = new WeakMap<FactIndex, T>();
  return (index) => {
    if (!kept.has(index)) kept.set(index, read(index));
    return kept.get(index)!;
  };
}

/** The index of the built-in facts, built on first use. */
export const factIndex = (): FactIndex => (built ??= indexFacts(factsTable()));

/** Splits a statement where one thing it says ends: at semicolons and at the end of sentences. */
const CLAUSE_END = /;\s*|\.\s+(?=[A-Z])/g;

function clausesOf(statement: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  const cut = (end: number) => {
    const text = statement.slice(start, end);
    // Quantities are read in the whole statement so that offsets stay the statement's own.
    const quantities = quantitiesIn(text).map((q) => ({ ...q, start: q.start + start, end: q.end + start }));
    clauses.push({ start, end, stems: wordsOf(text), quantities });
  };
  for (const m of statement.matchAll(CLAUSE_END)) {
    cut(m.index);
    start = m.index + m[0].length;
  }
  cut(statement.length);
  return clauses;
}

/** Indexes statements written as a line table, `id<TAB>statement` a line. */
export function indexFacts(table: string): FactIndex {
  const facts: Fact[] = [...readLineTable(table)].filter(([id]) => id).map(([id, statement]) => ({ id, statement, stems: wordsOf(statement), clauses: clausesOf(statement) }));
  const holding = new Map<string, number>();
  for (const f of facts) for (const s of f.stems) holding.set(s, (holding.get(s) ?? 0) + 1);
  const rarity = new Map([...holding].map(([s, n]) => [s, Math.log(facts.length / n)]));
  return { facts, rarity };
}

/** The summed rarity of the stems two sets share: how much, and how specifically, they talk of the same things. */
export function sharedWeight(index: FactIndex, a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let weight = 0;
  for (const s of a) if (b.has(s)) weight += index.rarity.get(s) ?? 0;
  return weight;
}

export interface Relevant {
  fact: Fact;
  /** Relative to the most relevant statement, which has 1. */
  weight: number;
}

/** Stems with how much each counts: the question's own sentence more than the case around it, the options less. */
export type WeightedWords = ReadonlyMap<string, number>;

/** How much a statement's length damps its matches (as in BM25): a long statement shares more words by chance. */
const LENGTH_DAMPING = 0.5;
const SATURATION = 1.2;

/**
 * The statements most about what the words speak of: the rarer the shared stems, the more
 * relevant. Only those near the best are kept.
 */
export function relevantFacts(index: FactIndex, words: WeightedWords, keep = 0.3, most = 8): Relevant[] {
  const average = index.facts.reduce((n, f) => n + f.stems.size, 0) / Math.max(1, index.facts.length);
  const scored = index.facts.map((fact) => {
    const damping = (SATURATION + 1) / (1 + SATURATION * (1 - LENGTH_DAMPING + (LENGTH_DAMPING * fact.stems.size) / average));
    let score = 0;
    for (const [s, w] of words) if (fact.stems.has(s)) score += w * (index.rarity.get(s) ?? 0);
    return { fact, score: score * damping };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best === 0) return [];
  return scored
    .filter((s) => s.score >= keep * best)
    .sort((a, b) => b.score - a.score)
    .slice(0, most)
    .map((s) => ({ fact: s.fact, weight: s.score / best }));
}
