import { capabilityOf, isCapability, type Capability } from './capabilities.js';
import { findClues } from './clues.js';
import { tableFeaturesIn } from './capability-features.js';
import { typesAt, typesNamed } from './api-type-names.js';
import { statesLack } from './lacks.js';
import { API_GATEWAY_TYPES } from './services.js';
import { normalize } from './text.js';
import type { ServiceId } from './types.js';

/*
 * A statement read as a claim about capabilities: which subject (service or API type) it speaks
 * of, which features of the capability table it names, whether it says the subject has them or
 * lacks them, and whether it limits them to the subject ("only in REST APIs") or gives them to
 * every API type ("all three API types"). The table then says whether the claim holds.
 */

export type Quantifier = 'plain' | 'only' | 'every-type';

export interface CapabilityClaim {
  subjects: ServiceId[];
  /** Whether the statement names its subject and says it has or lacks something, rather than proposing a feature for the question's subject. */
  asserted: boolean;
  features: string[];
  lacks: boolean;
  quantifier: Quantifier;
  /** Subjects the statement says lack what it gives the others ("… for HTTP APIs but not for REST APIs"). */
  without: ServiceId[];
}

export interface CapabilityVerdict {
  truth: 'true' | 'false';
  why: string;
}

/** Services other than the API types, by the names a statement gives them. */
const OTHER_SUBJECTS: [ServiceId, RegExp][] = [
  ['lambda-url', /\b(?:function|lambda) urls?\b/],
  ['alb', /\bapplication load balancers?\b|\balbs?\b/],
  ['cloudfront', /\bcloudfront\b/],
  ['appsync', /\bappsync\b/],
];

const TYPE = String.raw`(?:rest|http|web ?socket)`;
/** "only in REST APIs", "REST-only", "exclusive to HTTP APIs". */
const ONLY = new RegExp(String.raw`\bonly (?:(?:in|for|on|by|with|to) )?(?:the )?${TYPE}\b|\b${TYPE}(?: apis?)? only\b|\b(?:exclusive(?:ly)?|unique|limited|restricted) to (?:the )?${TYPE}\b`);
/** "all three API types", "every API type", "REST, HTTP and WebSocket APIs". */
const EVERY_TYPE = /\ball (?:three|3)(?: api)?(?: types)?\b|\b(?:every|each|any) (?:api gateway )?(?:api )?type\b|\ball (?:api gateway )?(?:api )?types\b/;
/** Several types named as one list ("REST and HTTP APIs", "HTTP APIs as well as WebSocket APIs"): each is claimed alike. */
const TYPE_LIST = new RegExp(String.raw`\b${TYPE}(?: apis?)?(?:,? (?:and|as well as|or) |, )(?:(?:both|also) )?${TYPE}\b|\bboth ${TYPE}\b`);
/** "not available in HTTP APIs", "not supported by WebSocket APIs": the named type lacks what the sentence names. */
const NOT_FOR_TYPE = new RegExp(String.raw`\b(?:not|never|isn't|aren't) (?:\w+ )?(?:available|supported|offered|provided|possible) (?:in|for|on|by|with) (?:an? |the )?${TYPE}\b`);
/** "AWS WAF cannot be associated with an ALB", "X-Ray can't be enabled on HTTP APIs": the feature first, denied to the subject named after the verb. */
const DENIED_IN_PASSIVE = /\b(?:cannot|can ?not|can't|is not|are not|isn't|aren't) (?:be )?(?:\w+ed|used|put|set) (?:in front of|to|with|on|by|in|for) ((?:\S+ ){0,4}\S+)/;

/** A relative pronoun just before some words: they describe what the sentence speaks of ("bodies that …"). */
const RELATIVE_BEFORE = /\b(?:that|which|who|whose)\s+$/;

/** Verbs that say a subject has something ("can", "supports", "is available for"). */
const HAVING = /\b(?:can|could|supports?|supported|offers?|offered|has|have|provides?|provided|includes?|included|available|exists?|allows?|lets?|comes? with)\b/;
const ANY_NEGATION = /\b(?:not|no|never|cannot|can't|isn't|aren't|doesn't|don't|lacks?|without|neither|nor|only)\b/;

/** The subjects a normalised sentence names, in table order. */
function subjectsNamed(norm: string): ServiceId[] {
  return [...typesNamed(norm), ...OTHER_SUBJECTS.filter(([, name]) => name.test(norm)).map(([id]) => id)];
}

/** Words after a feature that narrow it to one way, place or kind: "only to Amazon S3", "solely for GET methods". */
const NARROWING = /\b(?:only|solely|exclusively)\b/;

/** Where a statement sets its subject against another ("… for less than REST APIs", "unlike HTTP APIs", "recommended over function URLs"). */
const RIVAL = /\b(?:than|compared (?:with|to)|unlike|instead of|versus|vs|(?:recommended|preferred|chosen|favou?red|picked|advised) over)\b/;

/** The subjects a statement claims something for: all it names but the one it sets them against, the first named after "than" or "unlike". */
function subjectsBeforeRival(norm: string): ServiceId[] {
  const rival = RIVAL.exec(norm);
  const after = rival ? norm.slice(rival.index) : '';
  const against = [...typesAt(after), ...OTHER_SUBJECTS.flatMap(([type, name]) => { const m = name.exec(after); return m ? [{ type, at: m.index }] : []; })].sort((a, b) => a.at - b.at)[0]?.type;
  return subjectsNamed(norm).filter((s) => s !== against);
}

/** "… but not for REST APIs", ", not in HTTP APIs": a type denied what the statement gives the subject. */
const DENIED_TO = new RegExp(String.raw`\b(?:but |and |yet )?not (?:(?:in|for|on|by|with|to) )?(?:an? |the )?(${TYPE})\b`, 'g');

/** Where an "only" claim ends: at the first negation after it ("only in REST APIs and cannot be used by HTTP APIs" denies the others what "only" already does). */
function onlyClaimEnd(norm: string): number {
  const only = ONLY.exec(norm);
  if (!only) return norm.length;
  const after = only.index + only[0].length;
  const denial = new RegExp(ANY_NEGATION.source, 'g');
  denial.lastIndex = after;
  return denial.exec(norm)?.index ?? norm.length;
}

/** Where a statement turns to say the other side of what it said first. */
const CONTRAST_TURN = /,?\s*\b(?:but|yet|whereas|while|although|though)\b/;

/** Reads a statement as a capability claim; undefined when it names no feature of the table or its shape is not one read here. */
export function readCapabilityClaim(text: string, questionSubject?: ServiceId, claimedFor?: readonly ServiceId[], featuresFrom?: string): CapabilityClaim | undefined {
  const written = normalize(text);
  const clues = [...findClues(featuresFrom ?? text).filter((c) => isCapability(c.concept)), ...tableFeaturesIn(featuresFrom ?? text)];
  if (clues.length === 0) return undefined;
  // (What a denial before a contrast denies ends at it: "No data transfer is charged, but PrivateLink charges apply" denies
  // nothing named after "but"; with every feature named after it, the statement is read from there on.)
  const turn = featuresFrom === undefined ? CONTRAST_TURN.exec(written) : null;
  const turned = turn !== null && ANY_NEGATION.test(written.slice(0, turn.index)) && clues.every((c) => c.start >= turn.index + turn[0].length);
  const whole = turned ? ' '.repeat(turn.index) + written.slice(turn.index) : written;
  // (An "only" claim is read up to the denial that may follow it: the types denied there are the others "only" leaves out.)
  const norm = ONLY.test(whole) ? whole.slice(0, onlyClaimEnd(whole)) : whole;
  const deniedTo = [...norm.matchAll(DENIED_TO)].flatMap((m) => typesNamed(m[1]!));
  // (A statement that sets one subject against another, "… for less than REST APIs", claims the feature for the first alone.)
  // (Its subject may be named before a contrast it is read after: "HTTP APIs …, but they can use …".)
  const namedAll = claimedFor ? [...claimedFor] : subjectsBeforeRival(turned ? written : norm);
  // (Denied to some of the types it names, the statement gives the feature to the rest: "for HTTP APIs but not for REST APIs".)
  const without = namedAll.some((s) => !deniedTo.includes(s)) ? deniedTo : [];
  const named = namedAll.filter((s) => !without.includes(s));
  const quantifier: Quantifier = ONLY.test(norm) ? 'only' : EVERY_TYPE.test(norm) || named.filter((s) => API_GATEWAY_TYPES.includes(s)).length === 3 ? 'every-type' : 'plain';
  const subjects = named.length > 0 ? named : questionSubject ? [questionSubject] : [];
  if (subjects.length === 0 && quantifier !== 'every-type') return undefined;
  // Several subjects are each claimed alike only when written as one list.
  if (subjects.length > 1 && quantifier === 'plain' && !TYPE_LIST.test(norm)) return undefined;
  if (subjects.length > 1 && quantifier === 'only' && subjects.some((s) => !API_GATEWAY_TYPES.includes(s))) return undefined;
  const passive = DENIED_IN_PASSIVE.exec(norm);
  const lacks = without.length === 0 && (statesLack(norm, (words) => subjectsNamed(words).length > 0) || NOT_FOR_TYPE.test(norm) || (passive !== null && subjectsNamed(passive[1]!).length > 0));
  // A negation read neither way may turn the claim around where it stands ("without a cache in front"): not read.
  // (After the feature, a negation says how it works, "returns a response without calling a backend", not whether the subject has it.)
  // (Nor a negation in a relative clause that is the feature's own words: "rejecting bodies that do not match the model" is
  // request validation; "takes effect without redeploying" still denies.)
  const described = featuresFrom === undefined ? clues.filter((c) => RELATIVE_BEFORE.test(norm.slice(Math.max(0, c.start - 12), c.start))) : [];
  const blanked = described.reduce((text, c) => text.slice(0, c.start) + ' '.repeat(c.end - c.start) + text.slice(c.end), norm);
  const stripped = blanked.slice(0, featuresFrom === undefined ? Math.max(...clues.map((c) => c.end)) : norm.length).replace(ONLY, ' ').replace(without.length ? DENIED_TO : /$^/, ' ');
  if (!lacks && ANY_NEGATION.test(stripped)) return undefined;
  if (lacks && quantifier !== 'plain') return undefined;
  // (Not "It can …": the pronoun may stand for a setting of the subject as well as for the subject.)
  // (Nor one set against a rival: "more cheaply than REST APIs" says more than the table knows.)
  // (Nor one that narrows what the subject does with the feature, "delivered only to Amazon S3": the table knows nothing of the narrowing.)
  const narrowed = quantifier !== 'only' && NARROWING.test(norm.slice(Math.max(...clues.map((c) => c.end))));
  const asserted = (named.length > 0 || quantifier === 'every-type') && (lacks || HAVING.test(norm)) && !RIVAL.test(norm) && !narrowed;
  return { subjects, features: [...new Set(clues.map((c) => c.concept))], lacks, quantifier, without, asserted };
}

const describe = (cell: Capability, subject: ServiceId, feature: string) => `${cell.fact}: ${subject} ${cell.has ? 'has' : 'lacks'} ${feature}`;

/** Whether one feature claim holds for its subjects: false as soon as a cell says otherwise, undefined when a cell it needs is unknown. */
function judgeFeature(feature: string, claim: CapabilityClaim, known: (fact: string) => boolean): CapabilityVerdict | undefined {
  const wanted = claim.quantifier === 'every-type' ? [...API_GATEWAY_TYPES] : claim.subjects;
  const others = claim.quantifier === 'only' ? API_GATEWAY_TYPES.filter((t) => !claim.subjects.includes(t)) : claim.without;
  const reasons: string[] = [];
  let open = false;
  for (const [subject, should] of [...wanted.map((s) => [s, !claim.lacks] as const), ...others.map((s) => [s, false] as const)]) {
    const cell = capabilityOf(feature, subject);
    if (!cell || !known(cell.fact)) {
      open = true;
      continue;
    }
    if (cell.has !== should) return { truth: 'false', why: describe(cell, subject, feature) };
    reasons.push(describe(cell, subject, feature));
  }
  return open ? undefined : { truth: 'true', why: reasons.join('; ') };
}

/** A question that makes the claim its options complete: "Which TWO features are available only in REST APIs, not in HTTP APIs?" */
const ASKS_FEATURES = /\b(?:which|what)\b[^?]*\b(?:features?|capabilit(?:y|ies)|functionalit(?:y|ies))\b/i;

/** The table's verdict on a bare feature offered to complete the claim the question makes; undefined when the option names a subject or the question makes no claim. */
export function judgeFeatureForQuestion(option: string, question: string, known: (fact: string) => boolean = everyFact): CapabilityVerdict | undefined {
  if (!ASKS_FEATURES.test(question) || subjectsNamed(normalize(option)).length > 0 || ANY_NEGATION.test(normalize(option))) return undefined;
  return judgeCapability(question, undefined, undefined, option, known);
}

const everyFact = () => true;

/** The table's verdict on a statement: false when a feature it names is claimed wrongly, true when every one holds, undefined otherwise. */
/** (`known` says which facts the statements read hold: a cell resting on another fact is left unknown.) */
export function judgeCapability(text: string, questionSubject?: ServiceId, claimedFor?: readonly ServiceId[], featuresFrom?: string, known: (fact: string) => boolean = everyFact): CapabilityVerdict | undefined {
  const claim = readCapabilityClaim(text, questionSubject, claimedFor, featuresFrom);
  if (!claim) return undefined;
  const verdicts = claim.features.map((f) => judgeFeature(f, claim, known));
  const refuted = verdicts.find((v) => v?.truth === 'false');
  if (refuted) return refuted;
  // (A feature proposed for the question's subject may be right for it and still not what the question asks: only a claim is confirmed.)
  if (claim.asserted && verdicts.every((v) => v?.truth === 'true')) return { truth: 'true', why: verdicts.map((v) => v!.why).join('; ') };
  return undefined;
}
