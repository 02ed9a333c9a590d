import { DENIAL_WORDS, denialJustBefore, inContrastedHalf } from './negation.js';
import { billedItemNamed, speaksOfBilling } from './billing.js';
import { claimsIn, claimsMatching, type Claim } from './claims.js';
import { deniedInOption } from './claim-scope.js';
import { factIndex, oncePerIndex, relevantFacts, sharedWeight, wordsOf, type Clause, type Fact, type FactIndex } from './fact-index.js';
import { typesNamed } from './api-type-names.js';
import { asksOutcome } from './asks-outcome.js';
import { clauseAboutTypes } from './clause-subject.js';
import { clauseAboutEndpoints } from './endpoint-subject.js';
import { readDenial, readDenials, type DenialReading } from './denials.js';
import { boundOf, givenAlike, readQuantities } from './fact-reader.js';
import { unbilledCharge } from './unbilled.js';
import { amountOfOtherThing } from './amount-qualifier.js';
import { kindsPer, otherScope, sharedAgainstPer } from './scope-clash.js';
import { noneAgainstSome, otherCountOf, oneAgainstMany, outsideRange, withoutCaps } from './count-clash.js';
import { joinsSteps, orderReversed } from './sequence.js';
import { amountsNotListed, valuesNotListed, writtenInOther } from './listed-values.js';
import { comparePrices } from './price-compare.js';
import { reachedAnotherWay } from './reach-only-through.js';
import { throttledKept } from './throttled-kept.js';
import { aboutSubject, statementSubject } from './statement-subject.js';
import { premiseSizes, quantitiesIn, sameAmount, type Quantity } from './quantities.js';
import type { Option } from './types.js';
import { API_GATEWAY_TYPES } from './services.js';
import { normalize } from './text.js';
import { withQuestionSubject } from './pronoun-subject.js';
import { borneShare, describesAnother, itemOfList } from './clause-cover.js';
import { departsFrom, jobOfUnnamed, namesUnheardOf, otherSide, swappedComparison, turnsAround, yearNotGiven } from './clause-departs.js';
import type { ServiceId } from './types.js';
import { judgeCapability, judgeFeatureForQuestion } from './capability-check.js';
import { judgeDeployClaim } from './deploy-claims.js';
import { metricNotOfType, metricsOfType } from './metrics.js';
import { offValueClaim } from './special-value.js';
import { otherMemberClaimed } from './only-member.js';

/*
 * A statement an option makes, judged against the chapter's verified statements: the closest
 * clauses are found by the words they share, and the option is false when one of them says the
 * opposite (another amount or status code, a feature the facts deny the API type it is claimed
 * for, "free" against a price, "automatically" against "must be enabled", "every" against
 * "only"), true when a clause gives its amounts or a written claim holds, unknown otherwise.
 */

export type Truth = 'true' | 'false' | 'unknown';

export interface Judgement {
  truth: Truth;
  /** How sure the reading is: 1 for a contradiction read outright, less for agreement by overlap. */
  strength: number;
  /** What decided it, for the trace. */
  why: string;
  /** False because it denies what one clause says in nearly all its words (or says what it denies): read so in any question. */
  turned?: boolean;
  /** The statement it restates, whose amounts it gives, or (left open) that comes closest to it. */
  fact?: string;
}

/** Words that say where a feature is missing, in the facts: the types named with them lack it. */
const LACK_AFTER = /\b(rest|http|web ?socket) apis? (?:also )?(?:do not support|don't support|have no|has no|lacks?|cannot use)\b|\bmissing from (rest|http|web ?socket) apis?/;
/** "available only for REST APIs", "REST-only", "(REST APIs only)", "Only REST APIs support": every other type lacks it. */
const ONLY_TYPES = /(?<!rather than |not |no )\b(?:only (?:for |in |on |by |with )?((?:rest|http|web ?socket)(?: apis?)?(?: and (?:rest|http|web ?socket))?) apis?\b|(rest|http|web ?socket) apis? only\b|(rest|web ?socket) only\b)/;
/** "…, but not HTTP APIs", "not for HTTP APIs": the type named lacks what the clause offers. */
const NOT_TYPE = /\bnot (?:for |in |on |with )?(rest|http|web ?socket) apis?\b/;

const GENERIC = new Set(['api', 'gateway', 'aw', 'amazon', 'support', 'avail', 'featur', 'type', 'also', 'lack', 'offer', 'provid', 'onli', 'exist', 'integr', 'can', 'rest', 'http', 'websocket', 'socket', 'web', 'miss']);

const typeOf = (word: string): ServiceId => (word.startsWith('rest') ? 'apigw-rest' : word.startsWith('http') ? 'apigw-http' : 'apigw-websocket');

interface Exclusion {
  fact: Fact;
  /** Each feature the clause denies to the types, as its word stems. */
  items: Set<string>[];
  lacking: ServiceId[];
}

/** The features the facts say some API types lack, read once from the statements. */
const exclusionsOf = oncePerIndex((index: FactIndex): Exclusion[] => {
  const found: Exclusion[] = [];
  for (const fact of index.facts) {
    const text = normalize(fact.statement);
    for (const clause of text.split(/[;:]|\.\s+/)) {
      let carried: { lacking: ServiceId[] } | undefined;
      let previous: Set<string> | undefined;
      for (const segment of clause.split(/,|\(|\)|\b(?=but\b|which\b|so\b|whereas\b|while\b|rather than\b)/)) {
        const lack = LACK_AFTER.exec(segment);
        const only = ONLY_TYPES.exec(segment);
        const not = NOT_TYPE.exec(segment);
        const stemsOf = (words: string) => new Set([...wordsOf(words.replace(/\b(rest|http|web ?socket) apis?\b/g, ' '))].filter((s) => !GENERIC.has(s)));
        const stems = stemsOf(segment);
        let lacking: ServiceId[] | undefined;
        if (lack) lacking = [typeOf(lack[1] ?? lack[2]!)];
        else if (only) {
          const named = new Set((only[1] ?? only[2] ?? only[3]!).split(/ and /).map((w) => typeOf(w.trim())));
          lacking = API_GATEWAY_TYPES.filter((t) => !named.has(t));
        } else if (not) lacking = [typeOf(not[1]!)];
        if (lacking) {
          // ("HTTP APIs lack execution logs and Firehose access logs", "edge-optimized and private endpoints are available only
          // for REST APIs": each feature is denied on its own.)
          const listed = lack ? segment.slice(lack.index + lack[0].length) : only ? segment.slice(0, only.index) : '';
          const parts = listed.split(/\b(?:and|or)\b/).map(stemsOf).filter((p) => p.size > 0);
          const items = parts.length > 1 ? parts : stems.size > 0 ? [stems] : previous ? [previous] : [];
          if (items.length) found.push({ fact, items, lacking });
          carried = lack ? { lacking } : undefined;
        } else if (carried && /^\s*(and |or )?[a-z]/.test(segment) && !/\b(but|which|so|whereas|while|rather than)\b/.test(segment) && stems.size > 0) {
          found.push({ fact, items: [stems], lacking: carried.lacking });
        } else carried = undefined;
        previous = stems.size > 0 ? stems : previous;
      }
    }
  }
  return found;
});

/** "WebSocket APIs support IAM authorization and Lambda REQUEST authorizers (…)": what one API type supports of a kind, listed whole. */
const SUPPORT_LIST = /\b(rest|http|web ?socket) apis? support (?:[a-z]+ [a-z]+ [a-z]+: )?([^(;:.]+?)(?=\s*\(|,? (?:but|can|and have|which|while)\b|[;:.]|$)/;

interface SupportList {
  fact: Fact;
  type: ServiceId;
  /** The word the items share the start of ("author" for authorization and authorizers): what the list is of. */
  kind: string;
  /** Each item, as the stems that set it apart. */
  items: Set<string>[];
}

/** What the facts deny in their own negations, read once from the statements. */
const denialsOf = oncePerIndex(readDenials);

/** The lists of what an API type supports, read once from the statements: a list has two items or more. */
const supportListsOf = oncePerIndex((index: FactIndex): SupportList[] => {
  const found: SupportList[] = [];
  for (const fact of index.facts) {
    const m = SUPPORT_LIST.exec(normalize(fact.statement));
    if (!m) continue;
    const written = m[2]!.split(/,\s*(?:and\s+)?|\s+and\s+/).map((item) => item.trim()).filter(Boolean);
    const kind = written.at(-1)!.split(/\s+/).at(-1)!.slice(0, 6);
    if (written.length < 2 || kind.length < 4) continue;
    // ("route-level", "token-based": the first word sets the item apart, the suffix does not.)
    const items = written.map((item) => new Set([...wordsOf(item.replace(/ (?:level|based|wide)\b/g, ''))].filter((stem) => !stem.startsWith(kind) && !GENERIC.has(stem))));
    found.push({ fact, type: typeOf(m[1]!), kind, items });
  }
  return found;
});

/** An option of a listed kind, for the list's API type, that names none of its items: the type does not support it. */
function unlisted(index: FactIndex, norm: string, own: ReadonlySet<string>, types: readonly ServiceId[]): Judgement | undefined {
  if (types.length !== 1) return undefined;
  for (const list of supportListsOf(index)) {
    if (list.type !== types[0] || !new RegExp(`\\b${list.kind}`).test(norm)) continue;
    if (list.items.some((item) => [...item].every((stem) => own.has(stem)))) continue;
    return { truth: 'false', strength: 1, why: `${list.fact.id}: not among what ${list.type} supports of its kind` };
  }
  return undefined;
}

/** A feature is named when the option holds its rarest word and at least half of its words (all of a short one). */
function namesFeature(index: FactIndex, item: Set<string>, own: ReadonlySet<string>): boolean {
  const rarest = [...item].reduce((a, b) => ((index.rarity.get(b) ?? 0) > (index.rarity.get(a) ?? 0) ? b : a));
  const held = [...item].filter((s) => own.has(s)).length;
  // A feature of one or two words is named only whole ("request validation" is not any "validates"), unless its rarest
  // word is one almost no statement says ("canary" alone names a canary release).
  // (Only the word that sets the name apart, its first, or with another of its words: "release" alone is no "canary release deployment".)
  const alone = (index.rarity.get(rarest) ?? 0) >= NAMES_ALONE && (rarest === [...item][0] || held >= 2);
  // (A first word almost no statement says sets the name apart itself: without it, "release" and "deployment" name no "canary release deployment".)
  const apart = [...item][0]!;
  if ((index.rarity.get(apart) ?? 0) >= NAMES_ALONE && !own.has(apart)) return false;
  return own.has(rarest) && (alone || (item.size <= 2 ? held === item.size : held * 2 >= item.size)) && (index.rarity.get(rarest) ?? 0) >= 1.5;
}

/** The rarity of a word said by at most about two statements in a hundred and forty: it names its feature alone. */
const NAMES_ALONE = 4;

/** A negation that turns the option's statement around ("cannot", "have no", "not available"). */
const NEGATED = /\b(?:not|no|never|cannot|can't|isn't|aren't|doesn't|don't|lacks?|without|neither|nor)\b/;

/** Words that claim a feature for each type named alike ("on HTTP API stages, as on REST APIs"). */
const JOINT = /\bas well as\b|\bboth\b|\bshares?\b|\b(?:just )?like\b|\b(?:just|exactly) as\b|\b(?:and|as) (?:also|too)\b|\balike\b|\bthe same\b[^.;]*\bas\b|\bas (?:on|in|with|for) (?:rest|http|web ?socket) apis?\b/;

/** The API types an option claims something for: those it names, or the question's own. */
function typesClaimed(norm: string, subject: ServiceId | undefined): ServiceId[] {
  const named = typesNamed(norm);
  return named.length ? named : subject && API_GATEWAY_TYPES.includes(subject) ? [subject] : [];
}

/** Whether a clause may speak of the types an option is about: it names one of them, or names no type. */
function aboutTypes(clause: string, types: readonly ServiceId[]): boolean {
  const named = typesClaimed(clause, undefined);
  return named.length === 0 || types.length === 0 || named.some((t) => types.includes(t));
}

/** Words on each side of a contradiction: the option says the first, the closest clause the second. */
interface Opposite {
  label: string;
  option: RegExp;
  /** What the clause says, or how to read it from what the option said (its first capture). */
  fact: RegExp | ((said: string) => RegExp);
  near?: number;
  /** Only from a statement about the option's endpoint types, or none: the clause may name none of its own. */
  sameEndpoints?: boolean;
  /** Not for an option that denies anything: "customers cannot set it themselves" says what the clause says. */
  assertedOnly?: boolean;
  /** Only the option's words other than the contradiction's own need be spoken of by the clause. */
  topical?: boolean;
}

const OPPOSITES: Opposite[] = [
  {
    label: 'a price the facts give',
    option: /\b(?:free(?! (?:tier|plan))(?: of charge)?|at no (?:extra |additional )?(?:cost|charge)|no (?:(?:extra|additional|separate) (?:[\w-]+ ){0,2}?)?(?:charge|cost|fee)s?|(?:costs?|charges?|bills?) nothing|nothing is (?:charged|billed)|(?:included|covered) (?:in|by)|part of the (?:per request )?price|never (?:\w+ ){0,2}(?:extra |additional |separate )?(?:charges?|costs?|fees?))\b/,
    fact: /\b(?:billed|charged?|charges|priced|costs? \$|not eligible|extra|incur)\b/,
    // The words of a price are themselves what the statement is about: a clause that shares fewer of the rest still speaks of it.
    near: 0.3,
  },
  // ("The Free Tier covers the cache's hourly charge": what it says the Free Tier pays for is what the clause must speak of.)
  { label: 'a price the facts give', option: /\bfree tier (?:covers?|includes?|pays? for)\b/, fact: /\b(?:billed|charged?|charges|priced|not eligible|incur)\b/, topical: true },
  // ("Latency leaves out the backend's time" against "the full time … IntegrationLatency plus overhead".)
  { label: 'a part the facts count in', option: /\b(?:leaves? out|left out|excludes?|excluding|omits?|omitting|does not (?:include|count)|doesn't (?:include|count))\b/, fact: /\b(?:full|whole|entire|total) (?:time|amount|duration)\b|\bplus\b/ },
  { label: 'something the facts say must be enabled', option: /\b(?:automatically|already)\b/, fact: /\b(?:(?:does not|do not|doesn't|never|not) automatically|must be (?:enabled|turned on|chosen)|opt in|is optional|only when)\b/ },
  // (Said of one step in a clause, "with no automatic ramp-up" denies it whatever the words for the step: the clause need share less.)
  { label: 'something the facts say is never automatic', option: /\b(?:automatically|on (?:its|their) own|by (?:itself|themselves)|(?:on|over|by) a (?:fixed |set |preset )?schedule)\b/, fact: /\b(?:no|not|never) automatic(?:ally)?\b/, near: 0.25 },
  { label: 'something the facts say happens on its own', option: /\bonly (?:\w+ ){0,2}?(?:after|once|when|if)\b|\b(?:must|needs? to|has to) (?:be )?(?:install|enabl|turn|switch|activat|manually)/, fact: /(?<!not |never )\bautomatically\b/ },
  { label: 'what the facts limit with "only"', option: /(?<!\bat )\b(?:all|every)\b(?! (?:stage|method|route|api|account|region)s?\b)/, fact: /\bonly\b/, near: 0.35 },
  // ("every method" against "only GET methods": every one of a kind, where the clause lets only some of that same kind through.)
  { label: 'what the facts limit to some of a kind', option: /(?<!\bat )\b(?:all|every|each) (stage|method|route|api|account|region)s?\b/, fact: (kind) => new RegExp(`\\bonly (?!(?:for|in|on|by|with|to)\\b)(?:[\\w$]+ ){1,2}${kind}s?\\b`), near: 0.35 },
  // ("by default" said of something left off or out denies it rather than claims it.)
  { label: 'a condition the facts set', option: /\b(?:as soon as|immediately|instantly|right away|simply by|whenever|every time)\b|(?<!\b(?:off|disabled|inactive|left out|excluded|omitted|hidden|dropped)\b.*)\bby default\b/, fact: /\bonly (?:when|if|after|once)\b|\btakes? up to\b|\bmust (?:re ?)?deploy\b/ },
  { label: 'what the facts say customers do not control', option: /\bthemselves\b|\bby (?:itself|themselves)\b|\b(?:customers?|you|users?|teams?|developers?) (?:can )?(?:(?:choose|set|pick|control|adjust)|(?:change|edit|raise|enlarge|increase|expand|resize)s?|(?:request|ask for|apply for)s? (?:a |an )?(?:larger|higher|bigger|greater|increased|raised|new))\b|\b(?:the |each |a |every )?customers? (?:chooses|sets|picks|controls|adjusts)\b|\b(?:changed|edited|raised|set|adjusted|controlled) by (?:the |each |a )?(?:customers?|users?|teams?|developers?|you)\b/, fact: /\bneither control\b|\b(?:cannot|can't|do not|don't|not) (?:control|choose|set|change|adjust)\b|\bsets? the\b.*\bbased on\b/, near: 0.3, assertedOnly: true },
  // ("Plain HTTP only, so CloudFront adds HTTPS" says where the encryption comes from, not that there is none.)
  { label: 'encryption the facts require', option: /\bunencrypted\b|\bwithout (?:tls|encryption|https)\b|\bcannot use tls\b|\bplain http\b(?![^.;]*\bhttps\b)|\bws:\/\//, fact: /\bwss:\/\/|\btls\b|\bhttps\b|\bencrypt/ },
  // ("A fixed ceiling AWS never raises on request" against "soft quotas that can be increased", "an increase can be requested".)
  { label: 'a quota the facts say can be raised', option: /\b(?:cannot|can't|can ?not|never) (?:be )?(?:increased|raised|increase|raise|lifted|lift)s?\b|\bhard limits?\b|\bfixed (?:limit|quota|ceiling|cap|maximum)s?\b|\b(?:no|not an?) (?:increase|raise)s?\b(?: [\w-]+){0,6}? (?:can|may) be requested\b/, fact: /\bcan be (?:increased|raised)\b|\bsoft (?:quota|limit)s?\b|\ban increase can be requested\b/ },
  { label: 'a quota the facts say cannot be raised', option: /\bcan be (?:increased|raised|extended)\b|\bcan (?:have|get) (?:its|their|the|an?) (?:[\w-]+ ){0,3}?(?:increased|raised|extended)\b|\b(?:through|with|via|by) (?:a |an )?(?:quota|limit) (?:increase|raise|request)\b|\b(?:request|ask for|apply for)s? (?:a |an )?(?:larger|higher|bigger|greater|increased|raised)\b|\b(?:raised|increased|larger|higher) (?:\w+ ){0,2}?(?:on request|through service quotas)\b/, fact: /\bnot (?:increasable|adjustable|raisable)\b|\b(?:cannot|can't|can ?not) be (?:increased|raised|extended)\b|\bneither control nor request\b/ },
  { label: 'a use the facts advise against', option: /\b(?:enough|sufficient|suffices?|alone)\b[^.;]*\b(?:authenticat|authoriz|secur)|\b(?:authenticat|authoriz|secur)\w*\b[^.;]*\b(?:enough|sufficient|on (?:its|their) own)\b/, fact: /\bnot (?:to use|for|be used for|use)\b[^;.]*\b(?:authentication|authorization|security)\b/ },
  // (The words of sharing are what the statement is about: a clause that shares fewer of the rest still speaks of it.)
  { label: 'one thing the facts give each its own', option: /\bshared? (?:by|across|between|among|with)\b|\bshare (?:a single|one|the same|a common)\b|\bcommon to (?:all|every|the whole)\b/, fact: /\beach with (?:its|their) own\b|\b(?:its|their) own\b|\bdedicated\b/, near: 0.25 },
  // (Not where something is kept at all, or for how long: "kept in the cache", "kept for an hour", "too big to be kept" say nothing of what survives.)
  { label: 'data the facts say is deleted', option: /(?<!\btoo \w+ to be )\b(?:keeps?|kept|preserves?|preserved|retains?|retained)\b(?! (?:in|into) (?:the |a |its )?(?:[\w-]+ )?cache\b| for (?:up to |at most |no more than |as long as )?(?:\d|one|an?\b))/, fact: /\b(?:deletes?|deleted|clears?|cleared|discards?|discarded|flush(?:es|ed)?|loses|lost|wipes?|wiped)\b/, near: 0.3 },
  { label: 'a quota the facts say is shared', option: /\b(?:separate(?:ly)?|its own|their own|per (?:api|stage))\b(?! (?:usage plan|api key|key)s?\b)/, fact: /\bshared (?:across|by|between|among)\b/ },
  { label: 'one way where the facts say another is still there', option: /\bthe only\b|\bonly (?:\w+ ){0,2}?(?:available|possible|option|way|choice)\b/, fact: /\bwithout\b[^.;]*\bstill\b/ },
  { label: 'a condition the facts say is not needed', option: /\bonly (?:\w+ ){0,4}?(?:with|that have|having|when|if|once)\b/, fact: /\bwithout (?:any |a |an )?[^.;]*\bstill\b/ },
  { label: 'a form the facts say is required', option: /\b(?:any|whatever|arbitrary)\b/, fact: /\bmust (?:\w+ ){0,2}?(?:a |an |the )?(?:specific|particular|set|fixed|defined)\b/ },
  { label: 'what the facts say is passed whole', option: /\b(?:drops?|dropped|strips?|stripped|discards?|discarded|removes?|removed)\b|\b(?:only|just) (?:the )?\w+(?: \w+)? (?:reaches|is (?:passed|sent|forwarded|delivered))\b/, fact: /\b(?:whole|entire|full) (?:request|response|payload|message)\b/ },
  // (A Regional or edge-optimized API lives in one Region: nothing copies it to the others.)
  { label: 'one Region where the facts put the API', option: /\b(?:deploy\w*|replicat\w*|cop(?:y|ies|ied)|runs?|running|lives?|hosted|placed|distributed)\b[^.;]*\b(?:in|into|to|across|at) (?:every|all|each|multiple|several|many|other) (?:(?:aws|enabled|other|cloudfront) )?(?:regions?|edge locations?|points? of presence|pops?)\b/, fact: /\b(?:a single|one|the same) region\b/, near: 0.3 },
  // (What API Gateway owns for an edge-optimized API is not in the customer's account: said of a Regional API's own CloudFront, it is.)
  { label: 'an owner the facts name otherwise', option: /\b(?:in|into|under|to|from) (?:your|our|its|their|the [\w-]+'s) (?:own )?(?:aws )?accounts?\b|\b(?:you|customers?|the (?:company|team|customer)) (?:can )?(?:edit|change|modify|reconfigure|customi[sz]e)s? (?:its|the distribution)/, fact: /\bnot yours\b/, near: 0.3, sameEndpoints: true },
  { label: 'a ceiling the facts call best effort', option: /\bguarantee|\bhard (?:ceilings?|caps?|limits?)\b|\bnever exceed/, fact: /\bbest effort\b|\bnot hard\b/ },
  // ("Every Region has the same default quota" against "in some newer Regions the defaults are 2,500".)
  { label: 'the same for all of a kind where the facts set some apart', option: /\b(?:every|all|each) (?:aws )?(region|stage|method|account)s? (?:\w+ )?(?:has|have|gets?|uses?|shares?|starts? (?:with|at|from|out with)|begins? with|receives?|(?:is|are) given) the same\b/, fact: (kind) => new RegExp(`\\bin some (?:\\w+ )?${kind}s\\b`) },
  // ("the same default in every Region", "identical across all Regions".)
  { label: 'the same for all of a kind where the facts set some apart', option: /\b(?:the same|identical|equal|uniform)\b[^.;]*?\b(?:in|across|for|throughout) (?:every|all|each) (?:aws )?(region|stage|method|account)s?\b/, fact: (kind) => new RegExp(`\\bin some (?:\\w+ )?${kind}s\\b`) },
  // ("free for as long as the account exists" against "for up to 12 months": an offer that lasts a stated time ends.)
  { label: 'no end where the facts give a time', option: /\b(?:for as long as|forever|indefinitely|never (?:expires?|ends?|runs? out|lapses?)|permanent(?:ly)?|for (?:the |its |their )?(?:whole |entire )?(?:life|lifetime)|with no (?:time limit|end date|expiry)|(?:whatever|regardless of|no matter) (?:the |its |their )?(?:age|how old))\b/, fact: /\bfor (?:up to |the first |only )?(?:\d+|one|two|three|six|twelve) (?:months?|years?)\b|\bwithin (?:\d+|twelve) (?:months?|years?)\b|\b(?:\d+|six|twelve) months after\b/, near: 0.3 },
  { label: 'both where the facts say one or the other', option: /\bboth\b|\bat the same time\b|\bsimultaneously\b/, fact: /\bnot both\b/ },
];

/** How much of what the option speaks of a clause speaks of too: the share of its words' rarity. */
function coverage(index: FactIndex, own: ReadonlySet<string>, clause: ReadonlySet<string>): number {
  const whole = sharedWeight(index, own, own);
  return whole === 0 ? 0 : sharedWeight(index, own, clause) / whole;
}

/**
 * How much of what the option speaks of a clause speaks of too, less the words that make the
 * contradiction ("automatically", "shared"): they say how, not what about.
 */
function topicalCover(index: FactIndex, own: ReadonlySet<string>, norm: string, said: RegExp, clause: ReadonlySet<string>): number {
  const saying = new Set([...norm.matchAll(new RegExp(said.source, 'g'))].flatMap((m) => [...wordsOf(m[0])]));
  return coverage(index, new Set([...own].filter((s) => !saying.has(s))), clause);
}

/**
 * How many of the statements most about an option's words are read against it: a statement
 * that says the opposite may share fewer of its common words ("API Gateway", "CloudWatch") than
 * several that merely mention them.
 */
const READ_AGAINST = 12;

/** The least share of an option's words a clause must speak of to be read against it. */
const NEAR = 0.34;
/** The least of all, for the words whose own topic is the contradiction (a price). */
const NEAREST = 0.3;

const clauseText = (fact: Fact, clause: Clause) => normalize(fact.statement.slice(clause.start, clause.end));
const quoted = (fact: Fact, clause: Clause) => `${fact.id} ("${fact.statement.slice(clause.start, clause.end).trim()}")`;

export interface StatementContext {
  scenario: string;
  question: string;
  options: readonly Option[];
  /** The API type the question is about, when it names one. */
  subject?: ServiceId;
  /** Each option is a claim, whatever the question's words ("What explains this?"): one that says what a clause says restates it. */
  claims?: boolean;
}

/** Judges each option's statement against the facts. */
export function judgeStatements(asGiven: StatementContext, index: FactIndex = factIndex()): Map<string, Judgement> {
  const ctx = { ...asGiven, options: asGiven.options.map((o) => ({ ...o, text: withQuestionSubject(o.text, asGiven.question) })) };
  // Each option's amounts are read against the statements its own words and the question are about.
  // (The option's words count most, the question's sentence less: a scenario's long story would choose the statements alone.)
  const around = `${ctx.scenario.trim().split(/(?<=[.?!])\s+/).slice(-2).join(' ')} ${ctx.question}`;
  // (In a question on what follows, a status code is the case's response: the case, not the option's words, says which clause gives it.)
  const caseStatus = (o: Option) => asksOutcome(ctx.question) && statusOnly(o.text);
  const amounts = new Map(ctx.options.map((o) => [o.letter, caseStatus(o) ? readStatus(around, o, index, ctx) : readQuantities(around, o.text, [o], index, `${ctx.scenario} ${ctx.question}`, ctx.subject)[0]!]));
  const asked = normalize(ctx.question);
  const subject = statementSubject(ctx.question);
  const judge = (o: Option) => judgeOne(index, o, ctx, asked, amounts.get(o.letter)!, aboutSubject(o, subject).text, caseStatus(o));
  return new Map(
    ctx.options.map((o) => {
      // A verdict on the plan with its reason ("It cannot be done, because …", "It works as planned, since …") claims the
      // reason: the verdict's own words ("cannot") speak of the plan, not of what the facts describe.
      // (As written: its opening "It" is the plan, not the question's subject.)
      const stated = VERDICT_BECAUSE.exec(asGiven.options.find((g) => g.letter === o.letter)!.text)?.[1];
      if (stated) return [o.letter, judge({ ...o, text: stated })];
      const whole = judge(o);
      // An answer given with its reason ("Nothing: the cache cannot be encrypted") is false when its reason is.
      const reason = whole.truth === 'unknown' ? VERDICT_THEN_REASON.exec(o.text)?.[1] : undefined;
      const because = reason ? judge({ ...o, text: reason }) : undefined;
      return [o.letter, because?.truth === 'false' ? { ...because, why: `its reason is false: ${because.why}` } : whole];
    }),
  );
}

/** An option whose every amount is an HTTP status code ("403 Forbidden", "It is rejected with 429"). */
const statusOnly = (text: string) => {
  const written = quantitiesIn(text);
  return written.length > 0 && written.every((q) => q.measure === 'status');
};

/**
 * A status code offered as what follows in the case is the response to that case: the case's words, not the option's
 * account of the rejection ("once the body is checked", "and the backend is not invoked") nor the code's own name, say
 * which clause gives it. So the codes alone are read, with the case as the question.
 */
function readStatus(around: string, o: Option, index: FactIndex, ctx: StatementContext) {
  const text = quantitiesIn(o.text).map((q) => `status ${o.text.slice(q.start, q.end)}`).join(', ');
  return readQuantities(text, around, [{ ...o, text }], index, `${ctx.scenario} ${ctx.question}`, ctx.subject)[0]!;
}

/** A verdict on what the case plans, then "because" and its reason: "It cannot be done, because …", "This works, since …". */
const VERDICT_BECAUSE = /^\s*(?:it|this|that|the (?:plan|change|request|idea))\b(?: [\w'-]+){1,5}?,? (?:because|since|as) (.{12,})$/i;

/** A bare verdict, then the reason for it: "Nothing changes: …", "None; …", "Yes, …", "Disagree: …". */
const VERDICT_THEN_REASON = /^\s*(?:nothing|none|no|yes|agree|disagree|neither)(?: [a-z]+){0,2}?\s*[:;,.]\s+(.{12,})$/i;

/** The statements whose clause comes closest to all these words (ties kept), of clauses about the given API types. */
function closestFactsTo(index: FactIndex, words: ReadonlySet<string>, types: readonly ServiceId[]): Set<Fact> {
  const covered = relevantFacts(index, new Map([...words].map((s) => [s, 1])), undefined, READ_AGAINST).flatMap(({ fact }) =>
    fact.clauses.filter((c) => clauseAboutTypes(fact, c, types)).map((c) => ({ fact, cover: coverage(index, words, c.stems) })),
  );
  const best = Math.max(NEAR, ...covered.map((c) => c.cover));
  return new Set(covered.filter((c) => c.cover >= best - 1e-9).map((c) => c.fact));
}

/** Of the clauses (about the given API types) that give a status code, the one closest to these words, at least NEAR. */
function nearestWithStatus(index: FactIndex, own: ReadonlySet<string>, types: readonly ServiceId[]): Clause | undefined {
  let best: { clause: Clause; cover: number } | undefined;
  for (const fact of index.facts) {
    for (const clause of fact.clauses) {
      if (!clause.quantities.some((q) => q.measure === 'status') || !clauseAboutTypes(fact, clause, types)) continue;
      const cover = coverage(index, own, clause.stems);
      if (cover >= NEAR && (!best || cover > best.cover)) best = { clause, cover };
    }
  }
  return best?.clause;
}

/** Whether the clause names every one of these words before the amount the option's agrees with. */
function amountGivenFor(e: { fact: Fact; clause: Clause; given: Quantity }, stems: ReadonlySet<string>): boolean {
  const same = e.clause.quantities.find((g) => sameAmount(g, e.given));
  const before = same ? wordsOf(e.fact.statement.slice(e.clause.start, same.start)) : new Set<string>();
  return [...stems].every((s) => before.has(s));
}

/** `aboutSubject` is the option read with the subject of the question's statements: what a fact denies of that subject is denied of it. */
/** `caseStatus`: its amounts are status codes, read against the clause the case speaks of (see readStatus). */
function judgeOne(index: FactIndex, option: Option, ctx: StatementContext, asked: string, amounts: ReturnType<typeof readQuantities>[number], aboutSubject: string, caseStatus = false): Judgement {
  const norm = normalize(option.text);
  const own = wordsOf(option.text);
  const ownWithSubject = wordsOf(aboutSubject);
  const negated = NEGATED.test(norm);
  // A statement the written claims refute (what they confirm is read too loosely to choose by: a pattern may match a swapped amount).
  const types = typesClaimed(norm, ctx.subject);
  // A denial the claim's pattern does not itself read ("it does not cache …") may turn it around: then it is not read.
  const matching = claimsMatching(norm, asked);
  // (A false claim whose own pattern reads the denial still refutes it.)
  // (Not a pattern whose words the option denies just before them, "never plain HTTP": its own "does not use TLS" reads another denial.)
  const deniedMatch = (c: Claim) => {
    const m = c.pattern.exec(norm);
    return m !== null && !NEGATED.test(m[0]) && DENIED_JUST_BEFORE.test(norm.slice(Math.max(0, m.index - 30), m.index));
  };
  const readsDenial = matching.some((c) => !c.truth && NEGATED.test(c.pattern.source) && !deniedMatch(c) && (!c.about || (types.length === 1 && c.about.includes(types[0]!))));
  // A true claim whose very words the option denies ("they do not offer wss:// endpoints") is turned around; a false one
  // the option denies ("rather than plain ws://") is not made at all.
  const subjectOfClaims = types.length === 1 ? types[0]! : null;
  const deniedTruth = matching.find((c) => c.truth && (!c.about || (subjectOfClaims !== null && c.about.includes(subjectOfClaims))) && deniedInOption(norm, c));
  if (deniedTruth) return { truth: 'false', strength: 1, why: `it denies what ${deniedTruth.fact} states` };
  // A value the facts give a meaning of its own ("a TTL of 0 disables caching"): what the option says follows from it decides.
  const offValue = offValueClaim(index, option.text);
  if (offValue) return { truth: offValue.truth ? 'true' : 'false', strength: 1, why: `${offValue.fact} says what that value turns off`, fact: offValue.fact };
  // What the facts keep for one HTTP method ("only GET methods are cached by default"), said of another.
  const otherMember = otherMemberClaimed(index, option.text);
  if (otherMember) return { truth: 'false', strength: 1, why: `${otherMember} keeps it for one HTTP method only`, fact: otherMember };
  const claims = negated && matching.some((c) => !NEGATED.test(c.pattern.source) || deniedMatch(c)) ? (readsDenial ? [false] : []) : claimsIn(norm, subjectOfClaims, { asked, aboutSubjectOnly: true, skip: (c) => !c.truth && deniedInOption(norm, c) });
  // Every amount it states is the one the statements give for what it speaks of, at its bound and for the API types it is said of: it holds.
  // (Nor for other endpoint types than the option's: an amount given for Regional and private REST APIs says nothing of an edge-optimized one.)
  const agreeing = amounts.evidence.filter((e) => e.agrees && clauseAboutTypes(e.fact, e.clause, types) && clauseAboutEndpoints(e.fact, e.clause, norm));
  // (Two amounts read in one clause hold only in its order: "5,000 a second with a burst of 10,000" swaps "10,000 a second and a 5,000 burst".)
  const inOrder = agreeing.every((e, i) => i === 0 || e.clause !== agreeing[i - 1]!.clause || e.given.start >= agreeing[i - 1]!.given.start);
  // (Nor an amount the facts give as the lowest of something, or where it was raised from, for an option that names no lowest.)
  const atLowest = agreeing.some((e) => boundOf(e.fact.statement, e.given, e.clause.start, e.clause.end) === 'min') && !/\b(?:minimum|min|at least|shortest|smallest|lowest|from)\b/.test(norm);
  const writtenAmounts = quantitiesIn(option.text);
  const caseAmounts = quantitiesIn(`${ctx.scenario} ${ctx.question}`);
  const premises = premiseSizes(writtenAmounts, caseAmounts);
  const claimedAmounts = writtenAmounts.filter((q) => !premises.includes(q) && (q.measure !== 'count' || own.size > 0));
  const amountsHold = inOrder && !atLowest && amounts.score > 0 && agreeing.length > 0 && agreeing.length === amounts.evidence.length && amounts.evidence.length >= claimedAmounts.length;
  // (A written claim about the same statement reads its amounts more loosely, one bound for another: the amounts' own reading wins.)
  const loose = amountsHold && matching.filter((c) => !c.truth).every((c) => agreeing.some((e) => e.fact.id === c.fact));
  if (claims.includes(false) && !loose) return { truth: 'false', strength: 1, why: `a written claim is false (${[...new Set(matching.map((c) => c.fact))].join(', ')})` };
  // An amount or status code another than the facts give.
  // (A clause about other API types than the one the option speaks of gives no amount for it.)
  const against = amounts.evidence.filter((e) => !e.agrees && clauseAboutTypes(e.fact, e.clause, types));
  // An amount that a clause about the same things gives as written is no contradiction, whichever clause the reading chose.
  // (Given for the API types the option says it of: "$3.50 … for REST APIs" is no HTTP API price.)
  const stated = quantitiesIn(option.text).every((q) => q.measure !== 'count' && index.facts.some((f) => f.clauses.some((c) => c.quantities.some((g) => sameAmount(g, q) && givenAlike(option.text.slice(0, q.start), f.statement, g, types)) && coverage(index, own, c.stems) > 0 && clauseAboutTypes(f, c, types))));
  // (Not a status code read as the case's response: another case that gets it is no answer to this one.)
  if (stated && !caseStatus) against.length = 0;
  if (against.length > 0 && amounts.score < 0) return { truth: 'false', strength: 1, why: `its amount contradicts ${quoted(against[0]!.fact, against[0]!.clause)}` };
  // An amount that agrees with a clause comparing the same two API types the other way round.
  const swapped = agreeing.map((e) => ({ e, how: swappedComparison(norm, clauseText(e.fact, e.clause)) })).find((s) => s.how);
  if (swapped?.how === 'opposite') return { truth: 'false', strength: 1, why: `it compares the API types the other way round from ${quoted(swapped.e.fact, swapped.e.clause)}` };
  // An amount that agrees with what the clause gives for another thing than the one the option says it measures.
  for (const e of agreeing) {
    const other = amountOfOtherThing(option.text, e.fact, e.clause, caseAmounts, index);
    if (other) return { truth: 'false', strength: 1, why: `${quoted(e.fact, e.clause)} gives another amount for what it measures` };
    // (Or gives it per another kind than the clause: "for each API" against "per account per Region".)
    const scope = negated ? undefined : otherScope(norm, clauseText(e.fact, e.clause));
    if (scope) return { truth: 'false', strength: 1, why: `it gives per ${scope} what ${quoted(e.fact, e.clause)} gives per ${[...kindsPer(clauseText(e.fact, e.clause))].join(' per ')}` };
  }
  // One API type said to cost less or more than another, against the prices the facts give each.
  const compared = negated ? undefined : comparePrices(index, option.text);
  // (A price that holds still leaves the rest of the option to be read: "HTTP APIs offer usage plans for less" claims a feature too.)
  if (compared && !compared.holds) return { truth: 'false', strength: 1, why: compared.why };
  // An API the facts give one way in, said to be reached from the internet.
  const reached = reachedAnotherWay(index, option.text);
  if (reached) return { truth: 'false', strength: 1, why: `${reached.fact} says it is reachable only through ${reached.way}` };
  // Throttled calls said to be kept and served later, where the facts turn them away.
  const turnedAway = throttledKept(index, option.text);
  if (turnedAway) return { truth: 'false', strength: 1, why: `${turnedAway} turns throttled calls away with 429 Too Many Requests` };
  // What the capability table says of the features it names for its subject.
  const known = (id: string) => index.facts.some((f) => f.id === id);
  const capability = judgeCapability(option.text, types.length === 1 ? types[0] : ctx.subject, compared ? [compared.subject] : undefined, undefined, known) ?? judgeFeatureForQuestion(option.text, ctx.question, known);
  if (capability?.truth === 'false') return { truth: 'false', strength: 1, why: capability.why };
  // A metric claimed for an API type whose own list of metrics leaves it out.
  const offMetrics = negated ? undefined : metricNotOfType(option.text, types, index);
  if (offMetrics) return { truth: 'false', strength: 1, why: `the statements list the metrics of ${offMetrics.type} without ${offMetrics.metric}` };
  if (!negated && metricsOfType(option.text, types, index)) return { truth: 'true', strength: 1, why: `the statements list it among the metrics of ${types[0]}` };
  // A feature claimed for an API type the facts say lacks it.
  for (const ex of exclusionsOf(index)) {
    if (!ex.items.some((item) => namesFeature(index, item, ownWithSubject))) continue;
    // (A type named only as what a price is set against, "… than REST APIs do", is not claimed to have it.)
    const claimed = compared ? [compared.subject] : types;
    const lacked = claimed.filter((t) => ex.lacking.includes(t));
    // Claimed for every type it names ("on HTTP API stages as well as REST API stages"), it is false when one lacks it.
    if (lacked.length === 0 || (lacked.length < claimed.length && !JOINT.test(norm))) continue;
    // A denial ("HTTP APIs have no cache") is not read: the negation may be about something else.
    if (negated) break;
    return { truth: 'false', strength: 1, why: `${ex.fact.id}: ${lacked.join(', ')} lacks it` };
  }
  if (compared) return { truth: 'true', strength: 1, why: compared.why };
  // (A feature the table gives the type is listed under another name: "Lambda authorizer" for "Lambda REQUEST authorizers".)
  const unsupported = negated || capability?.truth === 'true' ? undefined : unlisted(index, norm, own, types);
  if (unsupported) return unsupported;
  const listed = judgeListedName(index, option, ctx.options, types);
  if (listed) return listed;
  // One or none of something a statement gives several of ("only one stage" against "10 stages"): the counted thing is itself what both speak of.
  // (Or another number of it: "two endpoint types" against "three endpoint types".)
  // (A cap written with a negation, "can never have more than three", denies nothing: it limits the count.)
  const denies = NEGATED.test(withoutCaps(norm));
  const countClash = (text: string) => (denies ? undefined : (oneAgainstMany(norm, text) ?? otherCountOf(norm, text) ?? outsideRange(norm, text))) ?? noneAgainstSome(norm, text);
  for (const fact of index.facts) {
    const clause = fact.clauses.find((c) => clauseAboutTypes(fact, c, types) && countClash(clauseText(fact, c)));
    if (clause) return { truth: 'false', strength: 0.8, why: `it counts another number of ${countClash(clauseText(fact, clause))} than ${quoted(fact, clause)} gives` };
  }
  const offList = negated ? undefined : amountsNotListed(index, option.text);
  if (offList) return { truth: 'false', strength: 1, why: `${quoted(offList.list.fact, offList.list.clause)} lists the values it takes, not ${offList.amounts.map((q) => option.text.slice(q.start, q.end)).join(', ')}` };
  // The closest clauses: one that says the opposite of the option's words refutes it.
  const relevant = relevantFacts(index, new Map([...own].map((s) => [s, 1])), undefined, READ_AGAINST);
  const limitsToTypes = !negated && typesNamed(norm).length > 0 && ONLY_TYPES.test(norm);
  const featureWords = new Set([...own].filter((stem) => !GENERIC.has(stem)));
  let closest: { fact: Fact; clause: Clause; cover: number } | undefined;
  /** The closest clause that names no API type: what it says holds for them all. */
  let everyType: typeof closest;
  /** Every clause that says nearly all the option's words: each may be the one it restates. */
  const nearly: NonNullable<typeof closest>[] = [];
  /** The words of the question's own sentence: the subject its statements are about. */
  const questionStems = wordsOf(asked);
  const near: NonNullable<typeof closest>[] = [];
  for (const { fact } of relevant) {
    const best = Math.max(...fact.clauses.map((c) => coverage(index, own, c.stems)));
    // (The words of the question's own subject, when this statement speaks of that subject, need not be said by its clause.)
    const subjectWords = new Set([...questionStems].filter((stem) => fact.stems.has(stem)));
    for (const clause of fact.clauses) {
      const cover = coverage(index, own, clause.stems);
      // Kept for some API types only, while the clause that speaks of it gives it to others alone ("for REST and HTTP APIs"): false.
      // (Not what the capability table already limits to those types: a clause naming other types then speaks of something else; and
      // by what it is about, not by the words of availability: "available only for REST APIs" and "generally available" share no feature.)
      const limitedHere = cover >= NEAR && limitsToTypes && capability?.truth !== 'true' && coverage(index, featureWords, clause.stems) >= NEAR;
      if (limitedHere && givenToOthersOnly(clauseText(fact, clause), types)) return { truth: 'false', strength: Math.min(1, cover + 0.3), why: `it keeps for ${types.join(', ')} what ${quoted(fact, clause)} gives other API types` };
      // (Or to other API types as well as these, by name: "1 million REST API calls, 1 million HTTP API calls …".)
      if (limitedHere && givenToMoreTypes(clauseText(fact, clause), types)) return { truth: 'false', strength: Math.min(1, cover + 0.3), why: `it keeps for ${types.join(', ')} what ${quoted(fact, clause)} gives other API types too` };
      // (Less the words of the contradiction, a clause may speak of the option only when no other clause of its statement speaks of it more.)
      const nearEnough = (p: Opposite) => p.topical ? topicalCover(index, own, norm, p.option, clause.stems) >= (p.near ?? NEAR) : cover >= (p.near ?? NEAR) || (cover === best && topicalCover(index, own, norm, p.option, clause.stems) >= (p.near ?? NEAR));
      // (A clause about another API type than the option's says nothing of it, for or against.)
      if (cover < NEAREST || !clauseAboutTypes(fact, clause, types)) continue;
      if (cover >= NEAR && (!closest || cover > closest.cover)) closest = { fact, clause, cover };
      // (Nor need the words that only carry the sentence.)
      const borne = borneShare(index, own, clause.stems, subjectWords);
      if (borne >= RESTATES) nearly.push({ fact, clause, cover: borne });
      if (cover >= NEAR) near.push({ fact, clause, cover });
      const text = clauseText(fact, clause);
      if (cover >= HOLDS_EVERY_TYPE && (!everyType || cover > everyType.cover) && typesClaimed(text, undefined).length === 0) everyType = { fact, clause, cover };
      // A clause that says nearly all of it dates it in other years.
      if (cover >= RESTATES && !negated && yearNotGiven(norm, text)) return { truth: 'false', strength: cover, why: `it gives a year ${quoted(fact, clause)} does not` };
      const invented = cover >= NEAR ? valuesNotListed(index, option.text, fact.statement.slice(clause.start, clause.end)) : [];
      if (invented.length > 0 && !negated) return { truth: 'false', strength: Math.min(1, cover + 0.3), why: `it names ${invented.join(', ')}, a value no statement gives, where ${quoted(fact, clause)} lists the values` };
      const language = cover >= NEAR && !negated ? writtenInOther(option.text, fact.statement.slice(clause.start, clause.end)) : undefined;
      if (language) return { truth: 'false', strength: Math.min(1, cover + 0.3), why: `it says written in ${language}, where ${quoted(fact, clause)} names another` };
      // (Not when a clause of the same statement at least as close says what the option says: "can be raised for Regional APIs; edge-optimized ones stay fixed, not increasable".)
      // (Either clause about the option's API types: "can be raised for Regional REST APIs" says nothing of an HTTP API's "30 s max, not increasable".)
      // (Nor when a clause of another statement says nearly all the option, its very words too: "10 stages by default, and this quota can be increased" against another quota's "not increasable".)
      const saidElsewhere = (p: (typeof OPPOSITES)[number]) => relevant.some((r) => r.fact.clauses.some((c) => c !== clause && asserts(clauseText(r.fact, c), p.option) && (r.fact === fact || asserts(clauseText(r.fact, c), saidAsWritten(norm, p.option))) && clauseAboutTypes(r.fact, c, types) && coverage(index, own, c.stems) >= (r.fact === fact ? cover : Math.max(cover, RESTATES))));
      // (Nor a clause about the other hop of the call: what client-facing endpoints require says nothing of backend integrations.)
      const opposite = otherSide(norm, text) ? undefined : OPPOSITES.find((p) => asserts(norm, p.option) && !(p.assertedOnly && negated) && nearEnough(p) && (!p.sameEndpoints || clauseAboutEndpoints(fact, { start: 0, end: fact.statement.length } as Clause, norm)) && saysOpposite(p, norm, text) && !saidElsewhere(p));
      if (opposite) return { truth: 'false', strength: Math.min(1, cover + 0.3), why: `it states ${opposite.label}: ${quoted(fact, clause)}` };
      if (cover >= NEAR && !negated && orderReversed(index, norm, text)) return { truth: 'false', strength: Math.min(1, cover + 0.3), why: `it gives the steps the other way round from ${quoted(fact, clause)}` };
      const shared = cover >= NEAR && !negated ? sharedAgainstPer(norm, text) : undefined;
      if (shared) return { truth: 'false', strength: Math.min(1, cover + 0.3), why: `it shares across every ${shared} what ${quoted(fact, clause)} gives per ${shared}` };
    }
  }
  // Claimed for some API types only, while a clause that speaks of it gives it to every type and no fact denies it to any.
  if (everyType && ONLY_TYPES.test(norm) && !negated && !exclusionsOf(index).some((ex) => ex.items.some((item) => namesFeature(index, item, own)))) {
    return { truth: 'false', strength: everyType.cover, why: `it limits to some API types what ${quoted(everyType.fact, everyType.clause)} gives them all` };
  }
  // What a fact denies in its own words: asserted, the option is false; denied too, it restates the fact.
  const denial = readDenial(index, denialsOf(index), aboutSubject);
  if (denial) return denialJudgement(denial);
  // A charge the facts do not bill the API types it is said of for: billing only for part of what they bill, or a fee by time.
  const unbilled = negated ? undefined : unbilledCharge(index, option.text, types);
  if (unbilled) return { truth: 'false', strength: 0.8, why: unbilled.why };
  // A charge the facts bill the API types it is said of for.
  // (A denial the closest clause makes too, "not covered by the Free Tier" beside "not eligible for the Free Tier", keeps its sense.)
  const deniesAsClosest = negated && closest !== undefined && sameNegations(norm, clauseText(closest.fact, closest.clause));
  const billed = (negated && !deniesAsClosest) || !speaksOfBilling(`${asked} ${norm}`) ? undefined : billedItemNamed(index, option.text, types);
  if (billed) return { truth: 'true', strength: 0.8, why: `${billed.fact} bills ${billed.types.join(', ')} for it` };
  // (Only from the statement closest to all its words: an amount some other statement gives for another thing proves nothing.)
  // (Statements that speak of all its words alike are each the closest.)
  const closestFacts = new Set(near.filter((c) => closest && c.cover >= closest.cover - 1e-9).map((c) => c.fact));
  // (Or, for an option that leaves out what the question's statements are about, "The default is 300 seconds" of "the cache TTL",
  // the statement closest to its words read with that subject's.)
  // (Only where the clause gives each amount for that subject: "the cache TTL defaults to 300 seconds", not a Lambda's 15 minutes beside an integration timeout.)
  const subject = ownWithSubject.size > own.size ? statementSubject(ctx.question) : undefined;
  const ofSubject = (e: (typeof agreeing)[number]) => subject !== undefined && closestFactsTo(index, ownWithSubject, types).has(e.fact) && amountGivenFor(e, subject.stems);
  // (Or, for a status code, the clause that gives it is the closest of those that give any code: a code names its case
  // itself, so a clause with no code that shares more words, "per-client throttling" of a load balancer, is no rival.)
  const statusNearest = (e: (typeof agreeing)[number]) => e.given.measure === 'status' && nearestWithStatus(index, own, types) === e.clause;
  if (amountsHold && !swapped && (caseStatus || agreeing.every((e) => closestFacts.has(e.fact)) || agreeing.every(ofSubject) || agreeing.every(statusNearest))) {
    return { truth: 'true', strength: Math.min(1, closest?.cover ?? 0.5), why: `its amounts agree with ${quoted(agreeing[0]!.fact, agreeing[0]!.clause)}`, fact: agreeing[0]!.fact.id };
  }
  if (capability?.truth === 'true') return { truth: 'true', strength: CAPABILITY_STRENGTH, why: capability.why };
  // Every word it speaks of is said by one clause, and nothing above turned it around: it restates the clause.
  const readsRestatement = (ctx.claims || /\b(?:statements?|claims?)\b/.test(asked) || asksOutcome(asked)) && !namesUnheardOf(index, option.text);
  // Every word it speaks of is said by one clause, which denies what it asserts or asserts what it denies: it turns the clause around.
  // (A denial that turns a clause around is a contradiction in any question: "Nothing: X cannot be done" offered as what to do is still a statement.)
  const turned = readsRestatement || (NEGATED.test(norm) && !namesUnheardOf(index, option.text)) ? nearly.find((near) => restates(index, norm, own, near, true)) : undefined;
  if (turned) return { truth: 'false', strength: RESTATED_STRENGTH, why: `it turns around ${quoted(turned.fact, turned.clause)}`, turned: true };
  const restated = readsRestatement ? nearly.find((near) => restates(index, norm, own, near)) : undefined;
  if (restated) return { truth: 'true', strength: RESTATED_STRENGTH, why: `it restates ${quoted(restated.fact, restated.clause)}`, fact: restated.fact.id };
  const deployed = judgeDeployClaim(option.text, `${ctx.scenario} ${ctx.question}`);
  if (deployed) return { truth: deployed.truth ? 'true' : 'false', strength: RESTATED_STRENGTH, why: deployed.why };
  if (closest) return { truth: 'unknown', strength: closest.cover, why: `closest: ${quoted(closest.fact, closest.clause)}`, fact: closest.fact.id };
  return { truth: 'unknown', strength: 0, why: 'no statement speaks of it' };
}

/**
 * A clause that gives something to the option's API types and to others it names, each in an item of its own ("1 million REST
 * API calls, 1 million HTTP API calls"), with no denial among them. (Types named together, "both REST and HTTP APIs", are left
 * to other readings.)
 */
function givenToMoreTypes(clause: string, types: readonly ServiceId[]): boolean {
  const named = typesNamed(clause);
  return types.length > 0 && types.every((t) => named.includes(t)) && named.length > types.length && !NEGATED.test(clause) && !TYPES_TOGETHER.test(clause);
}

const TYPES_TOGETHER = /\b(?:rest|http|web ?socket)(?: apis?)?(?:,? (?:and|or|as well as) |, )(?:both |also )?(?:rest|http|web ?socket)\b/;

/** A clause that gives something to API types it names, none of them the option's ("supported for both REST and HTTP APIs"). */
function givenToOthersOnly(clause: string, types: readonly ServiceId[]): boolean {
  const named = typesNamed(clause);
  // ("real-time subscriptions over WebSockets" names the protocol, not an API type.)
  return named.length > 0 && /\b(?:rest|http|web ?socket) apis?\b/.test(clause) && !named.some((t) => types.includes(t)) && !NEGATED.test(clause);
}

/** A feature the capability table gives its subject: the option may say more than the feature, so never as sure as a contradiction. */
const CAPABILITY_STRENGTH = 0.7;

/** The least share of an option's words one clause must bear out (see borneShare) for the option to restate it. */
const RESTATES = 0.8;
/** A restatement found by shared words: never as sure as a contradiction read outright. */
const RESTATED_STRENGTH = 0.7;
/** The least content an option must have to restate anything: a name or two restates nothing. */
const RESTATED_WORDS = 3;

/** Words that stretch a statement: said by the option and not by the clause, they claim more than it says. */
const ABSOLUTE = /\b(?:only|every|all|always|never|any|each|automatically|same|just|solely|exclusively|guarantee\w*|unlimited|whole)\b/g;

/**
 * An option of a question about statements whose words one clause says all of (by rarity), for
 * the API types it speaks of, with no amount, no negation on either side and no word that claims
 * more than the clause, restates that clause; `turned`, it says the same with the clause's
 * denial turned around (see turnsAround).
 */
function restates(index: FactIndex, norm: string, own: ReadonlySet<string>, closest: { fact: Fact; clause: Clause; cover: number }, turned = false): boolean {
  const whole = clauseText(closest.fact, closest.clause);
  // (Of a list of described items, the one the option names: the others' descriptions and denials are not its own.)
  const item = itemOfList(own, whole);
  const text = item !== undefined && borneShare(index, own, wordsOf(item), new Set()) >= RESTATES ? item : whole;
  const content = [...own].filter((s) => !GENERIC.has(s) && (index.rarity.get(s) ?? 0) > 0);
  // (Amounts are the amounts' own reading: the same words with swapped numbers restate nothing.)
  if (closest.cover < RESTATES || content.length < RESTATED_WORDS || !(turned ? turnsAround(norm, text) : deniesWithin(norm, text)) || quantitiesIn(norm).length > 0) return false;
  if (!aboutTypes(text, typesClaimed(norm, undefined))) return false;
  if (describesAnother(own, text) || departsFrom(norm, text, turned) || jobOfUnnamed(norm, closest.fact.statement.slice(closest.clause.start, closest.clause.end))) return false;
  // (Nor one that names another endpoint type than the clause: "Regional is the default" against "Edge-optimized is the default".)
  if (!clauseAboutEndpoints(closest.fact, closest.clause, norm)) return false;
  if (dropsContrary(norm, text)) return false;
  // (Nor one that names a gateway other than API Gateway, "a gateway VPC endpoint", where the clause names none: the word is then its own.)
  if (OTHER_GATEWAY.test(norm) && !OTHER_GATEWAY.test(text)) return false;
  // (Nor one that joins two steps of an order into one thing: "per-client quotas are set with the account-level quota".)
  if (joinsSteps(index, norm, text)) return false;
  // (Nor one that makes a requirement of what the clause says can be done: "must be registered in a target group" against "can
  // invoke functions registered in a target group".)
  if (!turned && OBLIGES.test(norm) && !OBLIGES.test(text) && POSSIBLE.test(text)) return false;
  // ("each API key" says what "per API key" says; "not … any" turning a clause around is its denial, "no", not a claim of more.)
  // (Nor is a word in the denied half of a contrast, "targets rather than guaranteed ceilings", claimed.)
  // ("with no usage plan at all": "at all" stresses a denial, it claims no "all".)
  return [...norm.matchAll(ABSOLUTE)].every((m) => (turned && m[0] === 'any' && DENIED_ANY.test(norm.slice(0, m.index))) || (m[0] === 'all' && /\b(?:no|not|never|without|none)\b[^,;.]*\bat $/.test(norm.slice(0, m.index))) || inContrastedHalf(norm, m.index) || new RegExp(`\\b${m[0] === 'each' ? '(?:each|per)' : m[0]}\\b`).test(text));
}

/** Words that make something a requirement, not a possibility. */
const OBLIGES = /\b(?:must|has to|have to|needs? to|(?:is|are|be) required|requires?|mandatory|obligatory)\b/;
/** Words that say what can be done: a clause that says only these makes no requirement. */
const POSSIBLE = /\b(?:can|could|may|able to|optional(?:ly)?|allows?|lets?)\b/;

/** A negation just before some words: "never plain HTTP". */
const DENIED_JUST_BEFORE = denialJustBefore(2);

/** A negation earlier in the same clause: "does not, in any stage, …". */
const DENIED_IN_CLAUSE = new RegExp(String.raw`\b(?:${DENIAL_WORDS}|nor)\b[^,;.]*$`);

/** A negation a few words before "any": "does not depend on any". */
const DENIED_ANY = /\b(?:not|never|cannot|can't|doesn't|don't|isn't|aren't|without)\b(?: [\w-]+){0,3} $/;

/** "a gateway VPC endpoint", "a NAT gateway": a gateway that is not API Gateway ("the gateway" is). */
const OTHER_GATEWAY = /(?<!\b(?:api|the) )\bgateways?\b/;

/** A word the clause sets "against" ("AWS recommends against …") said by the option without it: it says the reverse. */
function dropsContrary(norm: string, text: string): boolean {
  if (/\bagainst\b/.test(norm)) return false;
  return [...text.matchAll(/\b([a-z]+) against\b/g)].some((m) => [...wordsOf(m[1]!)].some((stem) => wordsOf(norm).has(stem)));
}

/** The negation words of a text ("no", "without"), each once. */
/** A contraction denies as its words written out do: "don't support" is "do not support". */
/** (So does a contrast: "targets rather than guaranteed ceilings" denies as "targets, not hard ceilings" does.) */
const WRITTEN_OUT: Record<string, string> = { "don't": 'not', "doesn't": 'not', "isn't": 'not', "aren't": 'not', "can't": 'cannot', 'rather than': 'not', 'instead of': 'not' };
const NEGATIONS = new RegExp(`${NEGATED.source}|\\b(?:rather than|instead of)\\b`, 'g');
/** ("With no usage plan" denies as "without any usage plan" does.) */
const negationsOf = (text: string) => new Set([...text.replace(/\bwith no\b/g, 'without').matchAll(NEGATIONS)].map((m) => WRITTEN_OUT[m[0]] ?? m[0]));

/** Both deny with the same words ("without any usage plan" and "Without any usage plan …"), or neither denies: the option keeps the clause's sense. */
function sameNegations(norm: string, text: string): boolean {
  const option = negationsOf(norm);
  const clause = negationsOf(text);
  return option.size === clause.size && [...option].every((word) => clause.has(word));
}

/** The option denies with the clause's own words, or neither denies: a clause that denies more ("can't be evaluated or matches no route") still bears out one of its denials. */
function deniesWithin(norm: string, text: string): boolean {
  const option = negationsOf(norm);
  return sameNegations(norm, text) || (option.size > 0 && [...option].every((word) => negationsOf(text).has(word)));
}

/** The share of an option's words a clause must hold for its reach over every API type to count against "only". */
const HOLDS_EVERY_TYPE = 0.5;

/**
 * An option offered for what the question asks ("Which should it use to control access?"), judged
 * by what the facts deny: false when the facts deny the option that purpose, true when it denies
 * what they deny; undefined when no denial speaks of it.
 */
export function judgeProposal(text: string, purpose: string, index: FactIndex = factIndex()): Judgement | undefined {
  const denial = readDenial(index, denialsOf(index), text, purpose);
  return denial && denialJudgement(denial);
}

const denialJudgement = (reading: DenialReading): Judgement => ({ truth: reading.asserts ? 'false' : 'true', strength: reading.cover, why: `${reading.asserts ? 'it asserts what' : 'it denies as'} ${reading.denial.fact.id} denies ("${reading.denial.text}")` });

/** An option that is one name as written (a route key "$connect", a metric "CacheHitCount", "5XXError"). */
const BARE_NAME = /^\s*([$@][a-z]\w*|[A-Za-z0-9_]*(?:[A-Z0-9][a-z]|[a-z][A-Z0-9])[A-Za-z0-9_]*)\s*\.?\s*$/;

const nameOf = (option: Option) => BARE_NAME.exec(option.text)?.[1];
const namedIn = (text: string, name: string) => new RegExp(`(?<![\\w$@])${name.replace(/[$]/g, '\\$')}(?!\\w)`).test(text);

/** At most this many words, less those every option shares, make an option a plain name ("Edge-optimized", "Global endpoint"). */
const NAME_WORDS = 2;

interface NameReading {
  names: Map<Option, string>;
  /** The text a name is looked for in. */
  inText: (text: string) => string;
}

/**
 * The names the options are, when every option is one: as written ("$connect", "CacheHitCount",
 * matched in the case written), or as a word or two in lower case, less the words all options
 * share ("Regional endpoint", "Global endpoint").
 */
function nameReadings(options: readonly Option[]): NameReading[] {
  const readings: NameReading[] = [];
  if (options.every(nameOf)) readings.push({ names: new Map(options.map((o) => [o, nameOf(o)!])), inText: (text) => text });
  const words = options.map((o) => normalize(o.text).replace(/[.]$/, '').split(/\s+/).filter((w) => w && !/^(?:an?|the)$/.test(w)));
  const shared = words[0]!.filter((w) => words.every((ws) => ws.includes(w)));
  const names = words.map((ws) => ws.filter((w) => !shared.includes(w)).join(' '));
  if (names.every((n) => n && n.split(' ').length <= NAME_WORDS && /^[a-z0-9 ]+$/.test(n))) readings.push({ names: new Map(options.map((o, i) => [o, names[i]!])), inText: normalize });
  return readings;
}

/** The statement that lists most of the other options' names, read the first way that finds one. */
function listOf(index: FactIndex, option: Option, options: readonly Option[], types: readonly ServiceId[]): { fact: Fact; reading: NameReading } | undefined {
  for (const reading of nameReadings(options)) {
    const others = options.filter((o) => o !== option).map((o) => reading.names.get(o)!);
    let list: { fact: Fact; held: number } | undefined;
    for (const fact of index.facts) {
      if (!aboutTypes(normalize(fact.statement), types)) continue;
      const held = others.filter((n) => namedIn(reading.inText(fact.statement), n)).length;
      if (held >= 2 && (!list || held > list.held)) list = { fact, held };
    }
    if (list) return { fact: list.fact, reading };
  }
  return undefined;
}

/**
 * A name among names (route keys, metrics, endpoint types): the statement that lists most of the
 * other options' names is the list they are drawn from; the option is true when that list holds
 * its name too, false when it does not.
 */
function judgeListedName(index: FactIndex, option: Option, options: readonly Option[], types: readonly ServiceId[]): Judgement | undefined {
  const list = listOf(index, option, options, types);
  if (!list) return undefined;
  const name = list.reading.names.get(option)!;
  const listed = namedIn(list.reading.inText(list.fact.statement), name);
  return { truth: listed ? 'true' : 'false', strength: 1, why: `${list.fact.id} lists ${listed ? 'it' : 'the others but not it'}` };
}

/** The clause says the other side of a contradiction the option asserts, and not the option's side too. */
function saysOpposite(p: Opposite, norm: string, text: string): boolean {
  if (asserts(text, p.option)) return false;
  // ("not strictly REST-only" limits nothing: the clause's side must be said, not denied.)
  if (p.fact instanceof RegExp) return asserts(text, p.fact);
  return [...norm.matchAll(new RegExp(p.option.source, 'g'))].some((said) => (p.fact as (said: string) => RegExp)(said[1] ?? said[0]).test(text));
}

/** The very words the option says that match the pattern ("can be increased"), as a pattern of their own. */
function saidAsWritten(norm: string, pattern: RegExp): RegExp {
  const said = [...norm.matchAll(new RegExp(pattern.source, 'g'))].map((m) => m[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return said.length ? new RegExp(`\\b(?:${said.join('|')})\\b`) : /$^/;
}

/** The option says the words itself, not their denial ("is not covered by the Free Tier"). */
function asserts(norm: string, pattern: RegExp): boolean {
  const m = new RegExp(pattern.source, 'g');
  for (const hit of norm.matchAll(m)) {
    const before = norm.slice(Math.max(0, hit.index - 24), hit.index);
    // ("Set by AWS rather than adjusted by the customer": what comes after "rather than" or "instead of" is denied.)
    const contrasted = inContrastedHalf(norm, hit.index);
    if (!contrasted && !DENIED_IN_CLAUSE.test(before)) return true;
  }
  return false;
}
