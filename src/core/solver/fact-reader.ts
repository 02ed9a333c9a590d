import { factIndex, oncePerIndex, relevantFacts, sharedWeight, wordsOf, type Clause, type Fact, type FactIndex, type Relevant } from './fact-index.js';
import type { Option, ServiceId } from './types.js';
import { typesNamed } from './api-type-names.js';
import { clauseAboutTypes } from './clause-subject.js';
import { premiseSizes, quantitiesIn, sameAmount, type Quantity } from './quantities.js';
import { otherScope } from './scope-clash.js';
import { LEFT_OUT } from './set-aside.js';
import { normalize } from './text.js';

/*
 * Options read against the chapter's verified statements. For an option that states amounts (a
 * TTL, a timeout, a quota, a size, a price, a status code), the statements most about what the
 * question asks are found, and in them the clause that speaks of the same thing as the option, at
 * the same bound (a default is not a maximum): the option is right when that clause gives the
 * same amount, however it is written, and wrong when it gives another.
 */

/** Which bound of a setting is meant: its default, its largest or its smallest value. */
export type Bound = 'default' | 'max' | 'min';

/** (A date is no bound: "date from June 2017".) */
const BOUND_WORDS: [Bound, RegExp][] = [
  ['default', /\bdefaults?\b|\bby default\b/i],
  ['max', /\bmaximum\b|\bmax\b|\bup to\b|\bat most\b|\blongest\b|\blargest\b|\bhighest\b|\bno more than\b|\bupper\b|\bcaps?\b|\blast(?:s)? (?:at most|up to)\b|\blimited to\b|\bas (?:high|long|large|big|much|many) as\b/i],
  ['min', /\bminimum\b|\bmin\b|\bat least\b|\bas (?:low|short|small|little|few) as\b|\bshortest\b|\bsmallest\b|\blowest\b|\bfrom\b(?! (?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/i],
];

let bound: Set<string> | undefined;
/**
 * The stems of the words that name a bound (default, maximum, minimum), worked out on first use:
 * worked out when the solver loads, they started wordsOf's regular expressions for every question,
 * though only options that give an amount need them (about a third of a scenario's start-up).
 */
export const boundStems = (): Set<string> => (bound ??= wordsOf('default defaults maximum max minimum min'));

/** What names an option's amount: the words of its whole sentence when it gives one amount, else those right beside it. */
const besideWords = (text: string, q: Quantity, written: readonly Quantity[]) =>
  written.length > 1 ? nearWords(text, q) : new Set([...wordsOf(phraseOf(text, q, written))].filter((stem) => !boundStems().has(stem)));

/** The words right beside an amount, two on each side within its clause and punctuation, less the words of a bound. */
function nearWords(text: string, q: Pick<Quantity, 'start' | 'end'>, from = 0, to = text.length): Set<string> {
  const before = text.slice(from, q.start).split(/[,;:()]/).at(-1)!.trim().split(/\s+/).slice(-2).join(' ');
  const after = text.slice(q.end, to).split(/[,;:()]/)[0]!.trim().split(/\s+/).slice(0, 2).join(' ');
  return new Set([...wordsOf(`${before} ${after}`)].filter((stem) => !boundStems().has(stem)));
}

/** The bound a stretch of text names, the one written nearest its end (or start) winning. */
function boundIn(text: string, nearEnd: boolean): Bound | undefined {
  let found: { bound: Bound; at: number } | undefined;
  for (const [bound, pattern] of BOUND_WORDS) {
    const all = [...text.matchAll(new RegExp(pattern.source, 'gi'))];
    const m = nearEnd ? all.at(-1) : all[0];
    if (!m) continue;
    const at = nearEnd ? m.index : -m.index;
    if (!found || at > found.at) found = { bound, at };
  }
  return found?.bound;
}

/** A clause that gives a default quota or limit. */
const DEFAULT_QUOTA = /\bdefault (?:\w+ )?(?:quotas?|limits?)\b|\b(?:quotas?|limits?) (?:\w+ )?defaults?\b/i;

/** The second number of a range ("from 0 to 3,600 seconds", "50 ms to 29 s") is its top. */
const RANGE_END = /\d[\d,.]*\s*(?:[a-z]+\s+)?(?:to|-|\u2013)\s*$/i;

/** What a setting can be raised to is its top ("defaults to 5 minutes and can be raised to one hour"). */
const RAISED_TO = /\b(?:raised|increased|extended|lengthened|stretched) (?:up )?to\s*$/i;

/** The bound a quantity is written with: the words just before it, or just after ("29 seconds as the default", "29 s max"). */
export function boundOf(text: string, q: Pick<Quantity, 'start' | 'end'>, from = 0, to = text.length): Bound | undefined {
  const before = text.slice(Math.max(from, q.start - 40), q.start);
  if (RANGE_END.test(before) || RAISED_TO.test(before)) return 'max';
  const words = before.split(/\s+/).slice(-5).join(' ');
  const after = text.slice(q.end, Math.min(to, q.end + 24)).split(/[,;()]/)[0]!;
  return boundIn(words, true) ?? boundIn(after, false);
}

/** What the question asks of a setting: "What is the default TTL?", "the longest a connection can stay open". */
export const askedBound = (question: string): Bound | undefined => boundIn(question, true);

export interface Evidence {
  fact: Fact;
  clause: Clause;
  /** The amount the clause gives for what the option speaks of. */
  given: Quantity;
  agrees: boolean;
  weight: number;
}

export interface OptionReading {
  letter: string;
  score: number;
  evidence: Evidence[];
}

/**
 * Where the relevant statements give an amount of the option's measure, the one that speaks of
 * the same thing as the option: its statement's relevance, the words its clause shares with the
 * option (an option that says what it speaks of must share one) and with the question, and
 * whether it is at the same bound.
 */
function judgeQuantity(index: FactIndex, relevant: readonly Relevant[], q: Quantity, own: ReadonlySet<string>, asked: ReadonlySet<string>, bound: Bound | undefined, caseAmounts: readonly Quantity[] = [], lead = '', types: readonly ServiceId[] = [], taken: readonly Evidence[] = [], phraseWords?: ReadonlySet<string>, siblings: readonly Quantity[] = [], beside: ReadonlySet<string> = new Set()): Evidence | undefined {
  const candidates: Evidence[] = [];
  const phrase = phraseWords ?? new Set<string>();
  for (const { fact, weight } of relevant) {
    for (const clause of fact.clauses) {
      const said = sharedWeight(index, own, clause.stems);
      // (A clause about another API type than the option names gives no amount for it.)
      // (Not for a status code: the option's words describe the response, and the case says what it answers.)
      if ((own.size > 0 && said === 0 && q.measure !== 'status') || !clauseAboutTypes(fact, clause, types)) continue;
      // (A clause that gives the option's other amounts of the measure too speaks of what the option does: "10,000 … and 5,000 burst".)
      const together = siblings.filter((o) => clause.quantities.some((g) => sameAmount(g, o))).length / 2;
      const context = said / 4 + sharedWeight(index, asked, clause.stems) / 8 + together;
      for (const given of [...clause.quantities, ...computedAmounts(fact.statement, clause, caseAmounts)]) {
        if (given.measure !== q.measure || taken.some((t) => sameAmount(t.given, given))) continue;
        const at = boundOf(fact.statement, given, clause.start, clause.end);
        // A clause at another bound speaks of something else; one at the asked bound, the more.
        // (A default quota is the most allowed by default: "up to 10,000 a second" speaks of "a default quota of 10,000 a second".)
        const fit = bound === undefined ? 1 : at === bound ? 2 : at === undefined || (bound === 'max' && at === 'default' && DEFAULT_QUOTA.test(fact.statement.slice(clause.start, clause.end))) ? 1 : 0.25;
        // (Of the amounts a clause gives, the one whose own words the option's amount shares: "a burst of 1,250" beside "2,500 requests per second".)
        const named = phrase.size ? sharedWeight(index, phrase, wordsOf(phraseOf(fact.statement, given, clause.quantities, clause.start, clause.end))) / 4 : 0;
        candidates.push({ fact, clause, given, agrees: sameAmount(given, q) && givenAlike(lead, fact.statement, given, types), weight: weight * weight * (1 + context + named) * fit });
      }
    }
  }
  if (candidates.length === 0) return undefined;
  const best = candidates.reduce((a, b) => (b.weight > a.weight ? b : a));
  // The best clause may give several amounts as well (a list of sizes, both ends of a range): any of them agrees.
  // (So does one whose own words, those right beside it, the option's amount shares more: "the default burst is 5,000" beside
  // "default 10,000 … and 5,000 burst"; less the words of a bound, which the fit has weighed.)
  const namedShare = (c: Evidence) => sharedWeight(index, beside, nearWords(c.fact.statement, c.given, c.clause.start, c.clause.end));
  // (Not one at the other end from the one asked: "set from 0" is no longest TTL.)
  const opposite = bound === 'max' ? 'min' : bound === 'min' ? 'max' : undefined;
  const atOtherBound = (c: Evidence) => opposite !== undefined && boundOf(c.fact.statement, c.given, c.clause.start, c.clause.end) === opposite;
  const namedMore = (c: Evidence) => beside.size > 0 && !atOtherBound(c) && namedShare(c) > namedShare(best);
  return candidates.find((c) => c.agrees && c.clause === best.clause && (namedMore(c) || c.weight >= best.weight * 0.9)) ?? best;
}

/** The words that speak of one amount: from the amount, comma or "and" before it to the one after it. */
export function phraseOf(text: string, q: Pick<Quantity, 'start' | 'end'>, all: readonly Pick<Quantity, 'start' | 'end'>[], from = 0, to = text.length): string {
  const start = Math.max(from, ...all.filter((o) => o.end <= q.start).map((o) => o.end));
  const end = Math.min(to, ...all.filter((o) => o.start >= q.end).map((o) => o.start));
  return `${text.slice(start, q.start).split(/[,;(]|\b(?:and|with|plus|or)\b/).at(-1)!} ${text.slice(q.end, end).split(/[,;)]|\b(?:and|with|plus|or)\b/)[0]!}`;
}

/** "metered in 32 KB increments": what the service counts is a whole number of pieces of that size. */
const INCREMENTS = /\b(?:metered|billed|charged|counted) in ([\d,.]+ ?[a-z]+) increments\b/gi;

/** "for the first 333 million, … for the next 667 million": the tiers of a price, in order. */
const TIER = /\bfor the (?:first|next) ([\d,.]+ (?:thousand|million|billion|trillion))\b/gi;
/** "… and $0.90 per million above 300 million": the last tier, open-ended, after sized ones. */
const OPEN_TIER = /\bper (?:thousand|million|billion) (?:above|beyond|over|after) [\d,.]+ (?:thousand|million|billion|trillion)\b/i;

/** The part of a count that falls in each tier, for a count beyond the first: 500 million over tiers of 333 and 667 million is 333 and 167 million. */
function tierParts(text: string, caseAmounts: readonly Quantity[]): number[] {
  const sizes = [...text.matchAll(TIER)].map((m) => quantitiesIn(m[1]!)[0]).filter((q): q is Quantity => q?.measure === 'count');
  if (sizes.length > 0 && OPEN_TIER.test(text)) sizes.push({ ...sizes[0]!, value: Infinity });
  if (sizes.length < 2) return [];
  const parts: number[] = [];
  for (const amount of caseAmounts) {
    if (amount.measure !== 'count' || amount.value <= sizes[0]!.value) continue;
    let below = 0;
    for (const size of sizes) {
      if (amount.value <= below) break;
      parts.push(Math.min(amount.value, below + size.value) - below);
      below += size.value;
    }
  }
  return parts;
}

/**
 * The amounts a clause gives for the case's own figures, computed from the clause's verified
 * numbers: a size the case states, metered in increments, counts as that many pieces (a 70 KB
 * message metered in 32 KB increments counts as three); a count over a price's tiers falls into
 * parts, one per tier. Each is placed where its clause is written.
 */
export function computedAmounts(statement: string, clause: Pick<Clause, 'start' | 'end'>, caseAmounts: readonly Quantity[]): Quantity[] {
  const text = statement.slice(clause.start, clause.end);
  const computed: Quantity[] = [];
  for (const m of text.matchAll(INCREMENTS)) {
    const piece = quantitiesIn(m[1]!)[0];
    if (!piece || piece.value <= 0 || piece.measure !== 'size') continue;
    const start = clause.start + m.index;
    for (const amount of caseAmounts) {
      if (amount.measure === piece.measure) computed.push({ measure: 'count', value: Math.ceil(amount.value / piece.value - 1e-9), start, end: start + m[0].length });
    }
  }
  // The tiers run over the clauses of the whole statement; their parts belong to each tier's clause.
  if (new RegExp(TIER.source, 'i').test(text)) for (const value of tierParts(statement, caseAmounts)) computed.push({ measure: 'count', value, start: clause.start, end: clause.end });
  // A price per million, for one of the case's counts, is a bill (placed where its price is written,
  // with the words that say what it is for); two bills for the same count differ by what one saves,
  // and two prices each for its own count add up to one bill.
  const rates = pricesPer(statement);
  if (!rates.some((r) => r.index >= clause.start && r.index < clause.end)) return computed;
  const counts = caseAmounts.filter((a) => a.measure === 'count');
  const bills = counts.flatMap((count) => rates.filter((r) => r.upTo === undefined || count.value <= r.upTo).map((rate) => ({ rate, count, value: (rate.price * count.value) / rate.per })));
  for (const b of bills) if (b.rate.index >= clause.start && b.rate.index < clause.end) computed.push({ measure: 'money', value: b.value, start: b.rate.start, end: b.rate.end });
  for (const a of bills) {
    for (const b of bills) {
      if (a.count === b.count && a.value > b.value) computed.push({ measure: 'money', value: a.value - b.value, start: clause.start, end: clause.end });
      if (a.count !== b.count && a.rate !== b.rate && a.count.start < b.count.start) computed.push({ measure: 'money', value: a.value + b.value, start: clause.start, end: clause.end });
    }
  }
  return computed;
}

/** "$3.50 per million": a price per so many of something, and what follows it up to the next price. */
const PRICE_PER = /\$\s?([\d,]*\d(?:\.\d+)?) per (thousand|million|billion)\b([^$]*)/gi;
/** The count a price holds up to, when its tier is written after it ("(first 300 million", "for the first 333 million"). */
const FIRST_TIER = /^[^$]{0,40}?\bfirst ([\d,.]+ (?:thousand|million|billion|trillion))\b/i;
/** Words that put a price in a later tier: it holds only beyond a count, and gives no bill for the case's. */
const LATER_TIER = /^[^$]{0,40}?\b(?:next|above|beyond|over|after)\b/i;
/** Where the words about one price end: its own parenthesis or clause. */
const PRICE_WORDS_END = /[),;]|\b(?:versus|while|whereas|so)\b/i;

export interface PricePer {
  price: number;
  per: number;
  upTo?: number;
  index: number;
  /** The stretch that says what the price is for: from the end of the previous price's words to the end of its own. */
  start: number;
  end: number;
}

export function pricesPer(statement: string): PricePer[] {
  const scales: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
  const found: PricePer[] = [];
  let wordsEnd = 0;
  for (const m of statement.matchAll(PRICE_PER)) {
    const tail = m[3]!;
    const tailEnd = m.index + m[0].length - tail.length + (PRICE_WORDS_END.exec(tail)?.index ?? tail.length);
    const start = wordsEnd;
    wordsEnd = tailEnd;
    if (LATER_TIER.test(tail)) continue;
    const first = FIRST_TIER.exec(tail);
    found.push({ price: Number(m[1]!.replace(/,/g, '')), per: scales[m[2]!.toLowerCase()]!, upTo: first ? quantitiesIn(first[1]!)[0]?.value : undefined, index: m.index, start, end: tailEnd });
  }
  return found;
}

/**
 * Where a statement says what one of its amounts is for: for a price, the words that go with it ("versus $3.50 per million
 * for REST APIs"), so a price the statement gives one API type is not read as another's; else the amount as written.
 */
function givenFor(statement: string, given: Quantity): string {
  const price = given.measure === 'money' ? pricesPer(statement).find((p) => p.index === given.start) : undefined;
  return price ? statement.slice(price.start, price.end) : statement.slice(given.start, given.end);
}

/** Whether a statement gives its amount for the API types the words leading to an option's amount name (see givenFor). */
/** (A price whose own words name no API type is said of the option's: "Every call is billed at $1.00" in a question on a REST API.) */
export const givenAlike = (lead: string, statement: string, given: Quantity, types: readonly ServiceId[] = []): boolean =>
  sameSubject(lead, givenFor(statement, given), given.measure === 'money' ? types : []);

/** An amount read where the statement says what it is for agrees only when each API type the option says it of is one the statement gives it for (or either names none). */
function sameSubject(lead: string, statementPart: string, otherwise: readonly ServiceId[] = []): boolean {
  const named = typesNamed(normalize(lead));
  const said = named.length > 0 ? named : otherwise;
  const given = typesNamed(normalize(statementPart));
  return said.length === 0 || given.length === 0 || said.every((t) => given.includes(t));
}

/** A type named only as what the amount is likened to ("10 MB, the same as REST payloads"): the amount is not given for it. */
const LIKENED_TYPE = /\b(?:(?:just |exactly )?the same as|same as|(?:just )?like|as (?:with|for|on|in)) (?:an? |the )?(?:rest|http|web ?socket)(?: api)?s? ?(?:payloads?|messages?|requests?|stages?|routes?|apis?)?\b/g;

/** The API types an option names, or, naming none ("They …"), the one the question is about. */
function typesOrSubject(text: string, subject: ServiceId | undefined): ServiceId[] {
  const named = typesNamed(normalize(text).replace(LIKENED_TYPE, ' '));
  return named.length || !subject ? named : [subject];
}

/** What the question speaks of: the words of its question sentence count twice, those of the case once, those only the options use half. */
/** (Not the words of what the question leaves out: "ignoring data-transfer charges" asks of no data-transfer price.) */
export function weightedWords(scenario: string, question: string, options: readonly Option[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const o of options) for (const s of wordsOf(o.text)) words.set(s, 0.5);
  for (const s of wordsOf(scenario.replace(LEFT_OUT, ' '))) words.set(s, 1);
  for (const s of wordsOf(question.replace(LEFT_OUT, ' '))) words.set(s, 2);
  return words;
}

/** The statements that give an amount (with the rarity of words over all statements): among them, those most about a question on amounts are the ones that can answer it. */
export const givingAmounts = oncePerIndex((index: FactIndex): FactIndex => ({ ...index, facts: index.facts.filter((f) => f.clauses.some((c) => c.quantities.length > 0)) }));

/** "leaves the time-to-live at its default value", "kept the default timeout": the setting is at its default. */
const LEFT_AT_DEFAULT = /\b(?:leaves?|left|leaving|keeps?|kept|keeping|stays?|stayed|remains?|unchanged)\b[^.;?]{0,40}\bdefaults?\b/i;

/** Reads each option's amounts against the statements; an option without amounts has no score. */
/** (The case's figures that bills and pieces are computed for may come from a longer text than the one that chooses the statements.) */
export function readQuantities(scenario: string, question: string, options: readonly Option[], index: FactIndex = factIndex(), caseText = scenario, subject?: ServiceId): OptionReading[] {
  const relevant = relevantFacts(index, weightedWords(scenario, question, options));
  // A case that leaves a setting at its default asks for the default, whatever the question's own words.
  const questionBound = askedBound(question || scenario) ?? (LEFT_AT_DEFAULT.test(scenario) ? 'default' : undefined);
  const givenAmounts = quantitiesIn(scenario);
  const caseAmounts = caseText === scenario ? givenAmounts : quantitiesIn(caseText);
  // Unless the statements split it into tiers: then the option that keeps it whole makes a claim ("all 500 million at $3.50").
  const splitGivens = givenAmounts.filter((g) => relevant.some(({ fact }) => tierParts(fact.statement, [g]).length > 0));
  const questionWords = wordsOf(question || scenario);
  return options.map((o) => {
    // An amount the question itself states is a given of the case, not a claim to check; unless it is all the option states (the answer may repeat the case's amount).
    const written = quantitiesIn(o.text);
    const premises = premiseSizes(written, caseAmounts);
    const fresh = written.filter((q) => !premises.includes(q) && !givenAmounts.some((g) => sameAmount(g, q) && !splitGivens.includes(g)));
    const amounts = fresh.length > 0 ? fresh : written;
    const own = wordsOf(o.text);
    // A bare count says nothing of what it counts ("2", "1,000"): only with the words of the option is it read.
    const read = amounts.filter((q) => q.measure !== 'count' || own.size > 0);
    const judge = (q: Quantity, taken: readonly Evidence[] = []) => {
      // The words that lead to the amount, since the one before it, say what it is for.
      const lead = o.text.slice(Math.max(0, ...written.filter((w) => w.end <= q.start).map((w) => w.end)), q.start);
      // (With two amounts of one measure, the words of each say which a clause's amount speaks of; sums of money are bills the clauses' prices compute.)
      const siblings = q.measure === 'money' ? [] : written.filter((w) => w !== q && w.measure === q.measure);
      const phrase = siblings.length > 0 ? wordsOf(phraseOf(o.text, q, written)) : undefined;
      return judgeQuantity(index, relevant, q, own, questionWords, boundOf(o.text, q) ?? questionBound, [...caseAmounts, ...premises], lead, typesOrSubject(o.text, subject), taken, phrase, siblings, besideWords(o.text, q, written));
    };
    const first = read.map((q) => judge(q));
    // A clause's amount that another amount of the option restates speaks of that one: "10,000 a second, with a burst of 5,000"
    // reads its 5,000 elsewhere than in "10,000 requests per second" (or "within quotas such as the default 10,000").
    const evidence = read.flatMap((q, i) => {
      const e = first[i];
      const rivals = e && !e.agrees ? first.filter((other, j): other is Evidence => j !== i && !!other?.agrees && sameAmount(other.given, e.given)) : [];
      const again = rivals.length ? judge(q, rivals) : e;
      // (The same amount given per another kind than the clause gives it is another limit: "10,000 for each stage" against "per account per Region".)
      const scoped = again?.agrees && otherScope(normalize(o.text), normalize(again.fact.statement.slice(again.clause.start, again.clause.end)));
      return again ? [scoped ? { ...again, agrees: false } : again] : [];
    });
    // Every amount must hold: one the statements contradict outweighs those they confirm.
    const against = evidence.filter((e) => !e.agrees);
    const score = evidence.length === 0 ? 0 : against.length ? -Math.max(...against.map((e) => e.weight)) : Math.min(...evidence.map((e) => e.weight)) * (evidence.length / amounts.length);
    return { letter: o.letter, score, evidence };
  });
}

/**
 * Whether the question asks what is so (an amount, a response, which statements are true), the
 * kind a true statement answers; not what to do or why something happened, where a true amount can
 * be the wrong answer.
 */
const ASKS_WHAT_IS = [
  /\bhow (?:long|many|much|large|big|often|fast|high|low|soon)\b/i,
  /\b(?:what|which)\b[^?]*\b(?:default|maximum|minimum|max|largest|longest|shortest|smallest|highest|lowest|limit|limits|quota|quotas|size|timeout|ttl|time to live|price|prices|cost|costs|charge|charges|rate|duration|value|values|status code|status|response|error)\b[^?]*\?/i,
  /\b(?:statements?|claims?|descriptions?)\b[^?]*\b(?:correct|true|accurate|right|match|matches|describe|describes)\b/i,
  /\b(?:is|are) (?:correct|true|accurate)\b/i,
];
const ASKS_WHAT_TO_DO = /\b(?:should|recommend|must (?:the|it|they|we)|most likely (?:cause|reason|explanation)|why\b|best (?:way|solution|approach))/i;

export const asksWhatIs = (question: string) => !ASKS_WHAT_TO_DO.test(question) && ASKS_WHAT_IS.some((p) => p.test(question));

/** Whether the options are amounts to read: each, or all but one, states a quantity. */
export function quantityOptions(options: readonly Option[]): boolean {
  const stating = options.filter((o) => quantitiesIn(o.text).length > 0).length;
  return options.length >= 2 && stating >= options.length - 1 && stating >= 2;
}
