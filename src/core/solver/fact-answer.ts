import { findClues } from './clues.js';
import { factIndex } from './fact-index.js';
import { typesNamed } from './api-type-names.js';
import { asksOutcome } from './asks-outcome.js';
import { scenarioMove } from './scenario-move.js';
import { judgeStatements, type Judgement } from './fact-check.js';
import { asksWhatIs, givingAmounts, quantityOptions, readQuantities, type Evidence, type OptionReading } from './fact-reader.js';
import type { Option } from './types.js';
import { API_GATEWAY_TYPES, SERVICES } from './services.js';
import { normalize } from './text.js';
import { SERVICE_IDS, type ServiceId, type Solution, type TraceEntry } from './types.js';

/*
 * A question whose options are amounts, answered from the verified statements: the options the
 * statements confirm are chosen when they clearly lead the others; otherwise nothing is chosen.
 */

/** The least lead of the chosen options' scores over the best of the rest. */
const MIN_LEAD = 0.35;

/**
 * Read from statements by the overlap of words: an answer, never a certainty. Even one clause that
 * confirms the chosen amount at the asked bound and contradicts every other was wrong one time in
 * three on the trainer's bank (a statement can hold for another time or case than the question's).
 */
const READ_CONFIDENCE = 0.75;

const shown = (e: Evidence) => `${e.agrees ? 'agrees with' : 'contradicts'} ${e.fact.id} ("${e.fact.statement.slice(e.clause.start, e.clause.end).trim()}")`;

function line(o: Option, r: OptionReading): string {
  if (r.evidence.length === 0) return `${o.letter} no statement gives its amount`;
  return `${o.letter} ${r.evidence.map(shown).join('; ')}`;
}

/** The statements whose amounts confirm the chosen options, each named and quoted whole. */
const decidingFacts = (chosen: readonly OptionReading[]) =>
  [...new Map(chosen.flatMap((r) => r.evidence.filter((e) => e.agrees)).map((e) => [e.fact.id, e.fact])).values()].map((f) => `${f.id}: "${f.statement}"`).join(' · ');

/** The letters the statements confirm, as many as asked, when they lead clearly; with how sure that is. */
export function chooseByFacts(readings: readonly OptionReading[], pick: number): { choices: string[]; confidence: number } {
  const ranked = [...readings].sort((a, b) => b.score - a.score);
  const chosen = ranked.slice(0, pick);
  const rest = ranked.slice(pick);
  const nextBest = rest[0]?.score ?? 0;
  if (chosen.some((r) => r.score <= 0) || chosen.at(-1)!.score - Math.max(0, nextBest) < MIN_LEAD || nextBest > 0) return { choices: [], confidence: 0 };
  return { choices: chosen.map((r) => r.letter).sort(), confidence: READ_CONFIDENCE };
}

/** The solution a reading of the options against the statements gives: its trace, and every service set aside as not asked for. */
function factSolution(scenario: string, options: readonly Option[], pick: number, service: ServiceId, choices: string[], confidence: number, scores: ReadonlyMap<string, number>, trace: Solution['trace']): Solution {
  const rejected = Object.fromEntries(SERVICE_IDS.filter((id) => id !== service).map((id) => [id, "the question asks what the chapter's statements say; it does not ask to choose a service"])) as Partial<Record<ServiceId, string>>;
  return {
    service,
    name: SERVICES[service].name,
    clues: findClues(scenario),
    trace,
    rejected,
    confidence,
    question: null,
    outOfScope: null,
    options: options.map((o) => ({ letter: o.letter, text: o.text, services: [], score: Math.round((scores.get(o.letter) ?? 0) * 100) / 100 })),
    pick,
    choices,
    choice: choices.join(', '),
  };
}

/** Answers a question whose options state amounts, or gives undefined to leave it to the other readings. */
export function answerFromFacts(scenario: string, question: string, options: Option[], pick: number, service: ServiceId): Solution | undefined {
  if (!quantityOptions(options) || !asksWhatIs(question || scenario)) return undefined;
  const readings = readQuantities(scenario, question, options, givingAmounts(factIndex()));
  const { choices, confidence } = chooseByFacts(readings, pick);
  if (choices.length === 0) return undefined;
  const byLetter = new Map(readings.map((r) => [r.letter, r]));
  const lines = options.map((o) => line(o, byLetter.get(o.letter)!));
  return factSolution(scenario, options, pick, service, choices, confidence, new Map(readings.map((r) => [r.letter, r.score])), [
    { step: 'facts', title: 'Amounts against the statements', outcome: 'fired', reason: `each option's amount is checked against the verified statement about what the question asks: ${lines.join(' · ')}`, clues: [] },
    { step: 'decided', title: 'The statement that decided', outcome: 'fired', reason: decidingFacts(choices.map((c) => byLetter.get(c)!)), clues: [] },
  ]);
}

/** A question that asks which statements hold ("Which TWO statements are correct?", "Which statement is NOT accurate?"). */
/** ("Which TWO default limits must the design respect?": each option states a limit.) */
const ASKS_STATEMENTS = /\b(?:statements?|claims?)\b|\b(?:is|are) (?:correct|true|accurate|valid)\b|\baccurate\b|\b(?:which|what)\b[^?]*\b(?:default|service|built-in) (?:limits|quotas)\b/i;
/** A question on which pairings of a need with a means hold ("Which THREE pairings are appropriate?"): each option is a statement that the means meets the need. */
const ASKS_PAIRINGS = /\b(?:which|what)\b[^?]*\b(?:pairings?|pairs)\b/i;
/**
 * A question that asks what one API type can use ("Which THREE mechanisms can an HTTP API use?", "Which TWO needs can the
 * REST API meet on its own?"): each option claims the type has it.
 */
const ASKS_WHAT_TYPE_HAS = /\b(?:which|what)\b[^?]*\b(?:can|could|does|do)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:amazon\s+)?(?:api\s+gateway\s+)?(?:rest|http|web\s*socket)\s+apis?\s+(?:natively\s+|alone\s+|by\s+itself\s+)?(?:use|support|offer|provide|have|meet|satisfy|fulfil|fulfill|handle|cover)\b[^?]*\?/i;
/** A question on what one API type supports ("Which TWO options are supported for this API type?", "Which THREE capabilities will it be able to use?", "Which TWO can the team configure?"). */
const ASKS_TYPE_SUPPORT = /\b(?:which|what)\b[^?]*\b(?:(?:supported|available|offered) (?:for|in|to|on|by|with) (?:this|the|an?|its) (?:(?:rest|http|web\s*socket) )?api(?: type)?s?\b|can (?:it|they|the \w+) (?:configure|use|enable|set up|turn on)(?: (?:for|on|in|with) (?:this|the) api\b|\s*\?)|will (?:it|they|the \w+) be able to use\b)/i;
/** One item the others are not, from a list or a type's features ("All of the following are available to an HTTP API EXCEPT:", "Which of the following is NOT one of the predefined route keys?"). */
const ASKS_ONE_EXCEPTION = /\b(?:[Aa]ll|[Ee]ach|[Ee]very one) (?:of )?(?:the following|these|the \w+)\b[^?]*\bEXCEPT\b|\b[Ww]hich (?:of the following |one )?(?:is|are) NOT\b/;
/** "Which THREE items will this API add to the bill?", "What is a WebSocket API charged for?", "How will these calls be priced?". */
const ASKS_WHAT_IS_BILLED = /\b(?:which|what)\b[^?]*\b(?:bill|billed|invoiced?|charged?|charges|pays? for|costs? of)\b[^?]*\?|\bhow (?:are|is|will|would|do|does|much)\b[^?]*\b(?:bill|billed|billing|charged?|charges|price[sd]?|pricing|costs?|pay|calculated|metered)\b[^?]*\?/i;
/**
 * "How does the AWS Free Tier apply to this account?", "Under the Free Tier, what does API Gateway include?", "Besides 1 million calls, which
 * items did that allowance include?": what is given free is a statement about the bill, never a choice of service.
 */
const ASKS_WHAT_IS_FREE = /^(?=[^?]*\b(?:which|what|how)\b)(?=[^?]*\b(?:free[\s-]tier|free (?:allowance|usage|credits?|plan)|allowance)\b)[^?]*\?/i;
/** "Which API Gateway endpoint type should the API use?": each option claims what one endpoint type does. */
const ASKS_ENDPOINT_TYPE = /\b(?:which|what)\b[^?]*\bendpoint types?\b[^?]*\?/i;
/**
 * "Which THREE requirements would rule out the HTTP API?", "Which need would force the team off a REST API?": each option
 * is a need the named type is taken to meet, and those it cannot meet are asked for (the false ones).
 */
const ASKS_WHAT_RULES_OUT = /\b(?:which|what)\b[^?]*\b(?:rules? out|ruling out|disqualif(?:y|ies)|force\w* (?:\w+ )?(?:off|away from))\b[^?]*\?/i;
/**
 * "Which TWO actions will help?": each action comes with what it is said to do ("… which logs bodies by default"), and one
 * whose claim the facts refute does not help, whatever service it names.
 */
const ASKS_WHAT_HELPS = /\b(?:which|what)\b[^?]*\b(?:actions?|steps?|measures?)\s+(?:will|would|could|can|might)\s+help\b/i;
/** It asks for the ones that do not hold ("… are FALSE?" as well as "… are false?"). */
const ASKS_FALSE = /\bNOT\b|\bEXCEPT\b|\b(?:false|incorrect|inaccurate|untrue|FALSE|INCORRECT|INACCURATE|UNTRUE)\b|\bnot (?:correct|true|accurate|valid)\b/;

/** Statements checked one by one against the facts: sure enough to answer, never sure. */
export const STATEMENTS_CONFIDENCE = 0.75;

const judged = (o: Option, j: Judgement) => `${o.letter} ${j.truth === 'unknown' ? 'not settled' : j.truth} (${j.why})`;

/** The trace entry that says what the facts say of each statement. */
export function statementsReading(options: readonly Option[], judgements: ReadonlyMap<string, Judgement>, wantsFalse: boolean): TraceEntry {
  const lines = options.map((o) => judged(o, judgements.get(o.letter)!));
  return { step: 'facts', title: 'Each statement against the facts', outcome: 'fired', reason: `the question asks which statements ${wantsFalse ? 'do not hold' : 'hold'}, so each is read against the closest verified statements: ${lines.join(' · ')}`, clues: [] };
}

/**
 * The options a question about statements asks for, each judged against the facts: those judged
 * as asked (true, or false when it asks which are not) when there are as many as it asks for, or
 * with the unsettled ones when every other option is judged the other way; otherwise none.
 */
export function chooseStatements(options: readonly Option[], judgements: ReadonlyMap<string, Judgement>, pick: number, wantsFalse: boolean): string[] {
  const wanted = wantsFalse ? 'false' : 'true';
  const hits = options.filter((o) => judgements.get(o.letter)!.truth === wanted);
  const open = options.filter((o) => judgements.get(o.letter)!.truth === 'unknown');
  if (hits.length === pick) return hits.map((o) => o.letter);
  if (hits.length < pick && hits.length + open.length === pick) return [...hits, ...open].map((o) => o.letter).sort();
  const outright = pick === 1 ? borneOutOutright(hits.map((o) => ({ letter: o.letter, strength: judgements.get(o.letter)!.strength }))) : undefined;
  return outright ? [outright] : [];
}

/** A reading as sure as a statement giving the option's amounts, its very words, outright. */
const OUTRIGHT = 0.95;
/** A reading by partial overlap (an amount that agrees while other words do not, an item billed): less sure. */
const LOOSE = 0.85;

/**
 * Asked for one, of several options the facts bear out: the one they bear out outright, when every other is borne out only
 * loosely ("1 million each of REST calls, HTTP calls and WebSocket messages" against a "1 million REST API calls only" that
 * shares one amount).
 */
function borneOutOutright(hits: readonly { letter: string; strength: number }[]): string | undefined {
  const sure = hits.filter((h) => h.strength >= OUTRIGHT);
  return sure.length === 1 && hits.every((h) => h === sure[0] || h.strength <= LOOSE) ? sure[0]!.letter : undefined;
}

/** A question about which statements hold, each option judged against the facts; undefined when it asks no such thing. */
/** Each option of a question about statements judged against the facts, and whether it asks for the false ones. */
export interface StatementsRead {
  judgements: Map<string, Judgement>;
  wantsFalse: boolean;
}

/** The API types the question sentence names, else those the case names. */
const typesWritten = (asked: string, scenario: string) => [asked, scenario].map((text) => typesNamed(normalize(text))).find((types) => types.length > 0);
/** (Naming two, a text that moves its API from one type to the other is about the type it moves to.) */
function typesAsked(asked: string, scenario: string): ServiceId[] | undefined {
  const named = typesWritten(asked, scenario);
  if (!named || named.length < 2) return named;
  const moved = (scenarioMove(asked) ?? scenarioMove(scenario))?.to.filter((t) => named.includes(t));
  return moved?.length === 1 ? moved : named;
}

export function readStatements(scenario: string, question: string, options: readonly Option[], pick: number, subject: ServiceId | undefined): StatementsRead | undefined {
  const asked = question || scenario;
  // The API type the question sentence names is its subject ("… also available in HTTP APIs EXCEPT"), else the one type the case names.
  const named = typesAsked(asked, scenario);
  if (named?.length === 1) subject = named[0];
  const asksType = subject !== undefined && API_GATEWAY_TYPES.includes(subject) && (ASKS_WHAT_TYPE_HAS.test(asked) || ASKS_TYPE_SUPPORT.test(asked));
  const asksException = pick === 1 && ASKS_ONE_EXCEPTION.test(asked);
  // What an API is billed for is a statement about it, never a choice of service.
  const asksBilling = ASKS_WHAT_IS_BILLED.test(asked) || ASKS_WHAT_IS_FREE.test(asked);
  // (Not one naming two API types, "endpoint types for a REST API and never for an HTTP API": that asks what one lacks.)
  const asksEndpointType = ASKS_ENDPOINT_TYPE.test(asked) && (named?.length ?? 0) < 2;
  // (Only a type the question sentence itself names is the one ruled out.)
  const ruledOut = ASKS_WHAT_RULES_OUT.test(asked) ? typesNamed(normalize(asked)) : [];
  if (options.length >= 2 && ruledOut.length === 1) return { ...judgeOptions(scenario, question, options, ruledOut[0]), wantsFalse: true };
  if (options.length < 2 || !(ASKS_STATEMENTS.test(asked) || ASKS_PAIRINGS.test(asked) || asksType || asksException || asksBilling || asksEndpointType || asksOutcome(asked) || ASKS_WHAT_HELPS.test(asked))) return undefined;
  return judgeOptions(scenario, question, options, subject);
}

/**
 * Each option judged against the facts as a statement, whatever the question asks (how near each comes to a verified clause ranks
 * what nothing settles); `claims`, each is read as a claim that may restate a clause or turn one around.
 */
export function judgeOptions(scenario: string, question: string, options: readonly Option[], subject: ServiceId | undefined, claims = false): StatementsRead {
  const asked = question || scenario;
  const named = typesAsked(asked, scenario);
  return { judgements: judgeStatements({ scenario, question: asked, options, subject: named?.length === 1 ? named[0] : subject, claims }), wantsFalse: ASKS_FALSE.test(asked) };
}

/** Answers a question about which statements hold by checking each against the facts, or gives undefined to leave it to the other readings. */
export function answerStatements(scenario: string, options: Option[], pick: number, service: ServiceId, { judgements, wantsFalse }: StatementsRead): Solution | undefined {
  const choices = chooseStatements(options, judgements, pick, wantsFalse);
  if (choices.length === 0) return undefined;
  const score = (j: Judgement) => (j.truth === 'unknown' ? 0 : (j.truth === 'true') !== wantsFalse ? j.strength : -j.strength);
  const scores = new Map(options.map((o) => [o.letter, score(judgements.get(o.letter)!)]));
  return factSolution(scenario, options, pick, service, choices, STATEMENTS_CONFIDENCE, scores, [statementsReading(options, judgements, wantsFalse)]);
}
