import { claimsMatching } from './claims.js';
import { findClues } from './clues.js';
import { concept } from './concepts.js';
import { servicesNamed } from './options.js';
import type { Option } from './types.js';
import { API_GATEWAY_TYPES, namesOf, SERVICES } from './services.js';
import { scenarioMove } from './scenario-move.js';
import { statesLack } from './lacks.js';
import { withCapabilities } from './capabilities.js';
import { normalize } from './text.js';
import type { ServiceId, SolvedOption } from './types.js';

/*
 * Questions that set one service against another and ask what one of them offers ("Which TWO can
 * Amazon API Gateway do that an Application Load Balancer cannot?", "Which TWO are true of HTTP
 * APIs compared with REST APIs?"). The options are features, not services: each is read as a
 * claim about the subject, checked against the concept tables (which service offers what) and
 * the fact sheet's statements, and it is an answer only when the subject has it and the rival
 * does not.
 */

export interface Comparison {
  /** The services the question asks about ("API Gateway" in general is each of its types). */
  subject: ServiceId[];
  /** The services it sets them against. */
  rival: ServiceId[];
  /** "What do BOTH X and Y offer?": then the subject is X and the rival Y, and an answer must hold for each. */
  both?: boolean;
  /** "Which are limitations of X compared with Y?": an answer is what the subject lacks and the rival has. */
  limits?: boolean;
  /**
   * "Which will it still have after the move?": with `both`, what the subject (where the API goes) has, whether or not the
   * rival (where it was) had it too: a question on what is kept counts a feature the new type has as kept.
   */
  kept?: boolean;
}

/** A question that asks for what the subject lacks against the rival. */
const LIMITS = /\b(?:limitations?|disadvantages?|drawbacks?|downsides?|weakness(?:es)?|shortcomings?|constraints?|limited|restricted|less capable|give up|gives up|giving up|lose|loses|losing|lost|sacrific\w*|forgo\w*|miss out)\b/i;


/** Where the rival comes in: after these words, or before "cannot …" in "that an ALB cannot". */
const RIVAL_AFTER = /\b(?:compared\s+(?:with|to)|than|in\s+comparison\s+(?:with|to)|rather\s+than|instead\s+of|over|versus|vs\.?|but\s+not(?:\s+(?:in|by|with|on|for|from))?|(?<=,\s*)not\s+(?:in|by|with|on|for|from)|and\s+not(?:\s+(?:in|by|with|on|for|from))?|unlike)\s+((?:\S+\s+){0,6}?\S+?)\s*(?:[?,.(]|$|\b(?:does|do|can|offers?|provides?|supports?|lacks?)\b)/i;
const RIVAL_BEFORE = /\b(?:that|which|what|but)\s+((?:an?\s+|the\s+)?(?:\S+\s+){0,5}?\S+?)\s+(?:cannot|can\s*not|can't|does\s+not|doesn't|do\s+not|don't|lacks?|is\s+missing)\b/i;

/** "… is deciding between an Application Load Balancer and Amazon API Gateway …", "comparing an HTTP API with a REST API and will …": the two the scenario weighs. */
const BETWEEN = /\b(?:between|choosing|deciding|comparing|weighing)\s+((?:\S+\s+){0,6}?\S+?)\s+(?:and|or|with|versus|vs\.?)\s+((?:\S+\s+){0,6}?\S+?)(?=\s+(?:for|to|in|on|as|at|because|when|while|and)\b|[.,;?]|$)/i;
/**
 * A question that asks which requirements point to one of them ("would force the REST API", "require the ALB"); not
 * one that forces a team off one ("force them off the REST API" asks what it cannot meet).
 */
const POINTS_TO = /\b(?:point|points|lead|leads|favou?r|favou?rs|call for|calls for|suit|suits|justify|justifies|argue for|argues for|force|forces|require|requires|necessitate|necessitates|oblige|obliges)\b(?!(?:\s+\S+){0,2}\s+(?:off|away)\b)/i;

/** The comparison a question makes: in its own sentence, or between the two the scenario weighs when it asks which point to one. */
export function comparisonIn(question: string, scenario = ''): Comparison | undefined {
  return comparisonInQuestion(question, scenario) ?? weighedIn(question, scenario) ?? movedIn(question, scenario) ?? movedInScenario(question, scenario);
}

/** "… would justify moving the endpoint to Amazon API Gateway?", "… could move to HTTP APIs without losing any functionality?" */
const MOVE_TO = /\b(?:mov|migrat|switch|chang|convert|port|upgrad|replac)\w*\b(?:\s+\S+){0,8}?\s+to\s+((?:\S+\s+){0,5}?\S+?)(?=\s+(?:without|with|and|but|so|because|for|in order)\b|\s*[?,.(]|$)/i;
/** "… justify putting Amazon API Gateway in front of the function instead?": what is put in place of where it is now. */
const INSTEAD = /\b(?:put|puts|putting|plac\w*|us(?:e|es|ing)|adopt\w*|introduc\w*|add|adds|adding|choos\w*)\s+((?:\S+\s+){0,5}?\S+?)\s+(?:(?:in front of|ahead of|before)\s+(?:\S+\s+){0,4}?)?instead\b/i;
const MOVE_FROM = /\bfrom\s+((?:\S+\s+){0,5}?\S+?)\s+to\b/i;
/** What asks for the differences a move needs: the requirements that justify it. */
const JUSTIFY = /\b(?:justif\w*|warrant\w*|reasons?|requirements?|needs?\s+that|call\s+for|calls\s+for)\b/i;
/** What asks for what the two share: a move that loses nothing. */
const KEEPS = /\bwithout\s+(?:losing|giving\s+up|dropping)\b|\bno\s+loss\b|\b(?:lose|losing|lost)\s+nothing\b|\bkeep(?:s|ing)?\s+(?:all|every|each)\b|\b(?:still|continue\s+to|keep)\s+work(?:s|ing)?\b|\bwork(?:s)?\s+(?:the\s+same|unchanged)\b/i;
/** "… replace its Application Load Balancer with Amazon API Gateway …": where it is now, then where it moves. */
const REPLACE_WITH = /\breplac\w*\s+((?:\S+\s+){0,10}?\S+?)\s+(?:with|by)\s+((?:\S+\s+){0,5}?\S+?)(?=\s+(?:for|to|in|so|because|and|but|without)\b|\s*[?,.(]|$)/i;

/**
 * A move from one service to another: the requirements that justify it are what the new one adds
 * (the subject is where it moves, the rival where it is now); what can move without losing
 * anything is what both have. Where it is now: "from …" in the question, the service the
 * question calls existing, or the one the scenario runs on.
 */
function movedIn(question: string, scenario: string): Comparison | undefined {
  const keeps = KEEPS.test(question);
  if (!(keeps || JUSTIFY.test(question))) return lostOrGained(question);
  // The move is in the question, or in the scenario the question asks about ("Which TWO requirements would justify the change?").
  const moved = MOVE_TO.exec(question) ?? INSTEAD.exec(question);
  const replaced = REPLACE_WITH.exec(question) ?? (moved ? null : REPLACE_WITH.exec(scenario));
  if (replaced) {
    const [from, to] = [servicesNamed(replaced[1]!), servicesNamed(replaced[2]!)];
    if (from.length === 0 || to.length === 0 || overlaps(from, to)) return undefined;
    return keeps ? { subject: to, rival: from, both: true } : { subject: to, rival: from };
  }
  const m = moved;
  if (!m) return undefined;
  const subject = servicesNamed(m[1]!);
  if (subject.length === 0) return undefined;
  const from = MOVE_FROM.exec(question);
  const others = (text: string) => servicesNamed(text).filter((s) => !subject.includes(s));
  const candidates = [from ? others(from[1]!) : [], others(question.slice(0, m.index)), others(scenario.replace(question, ''))];
  const rival = candidates.find((c) => c.length > 0);
  if (!rival) return undefined;
  return keeps ? { subject, rival, both: true } : { subject, rival };
}

/** Words for a move from one service to another. */
const MOVE_VERB = /\b(?:mov|migrat|switch|chang|convert|port|rebuil|re-?platform|replac)\w*\b/i;
/** What a move brings that was not there: the new service is the subject. */
const GAINS = /\b(?:gain|gains|gained|gaining|get|gets|getting|acquires?|acquiring|picks? up)\b/i;

/**
 * "Which THREE would it give up by moving from a REST API to an HTTP API?": what the old one has
 * and the new one lacks (the old one is the subject); "Which TWO does it gain by switching from
 * … to …?": what the new one has and the old one lacks.
 */
function lostOrGained(question: string): Comparison | undefined {
  const lost = LIMITS.test(question);
  if (!lost && !GAINS.test(question)) return undefined;
  const from = MOVE_FROM.exec(question);
  if (!from || !MOVE_VERB.test(question.slice(0, from.index))) return undefined;
  // (The new one is what follows "to", up to the end of the question: "… to an HTTP API?")
  const [before, after] = [servicesNamed(from[1]!), servicesNamed(question.slice(from.index + from[0].length).split(/[?,;(]/)[0]!)];
  if (before.length === 0 || after.length === 0 || overlaps(before, after)) return undefined;
  return lost ? { subject: before, rival: after } : { subject: after, rival: before };
}

/** What is kept through a change: "still have", "can still use", "retain". */
const STILL = /\bstill\s+(?:\w+\s+)?(?:have|has|use|get|offer|support|be able)\b|\b(?:keep|keeps|kept|retain|retains|retained)\b/i;
/** What is lost by it, said outright: "lose", "give up". */
const LOSES = /\b(?:lose|loses|losing|lost|give up|gives up|giving up)\b/i;

/**
 * "Which THREE features will the studio still have after the move?", "Which TWO capabilities would it lose by moving?", "It
 * can still use all of the following EXCEPT": a question that names no other service asks what the move the scenario tells
 * of keeps (what both sides have), loses (what the old one has and the new one lacks) or gains.
 */
function movedInScenario(question: string, scenario: string): Comparison | undefined {
  if (!servicesNamed(question).every((s) => API_GATEWAY_TYPES.includes(s))) return undefined;
  const kept = KEEPS.test(question) || STILL.test(question);
  const lost = !kept && LIMITS.test(question) && (LOSES.test(question) || MOVE_VERB.test(question));
  const gained = !kept && !lost && GAINS.test(question) && MOVE_VERB.test(question);
  if (!(kept || lost || gained)) return undefined;
  const move = scenarioMove(scenario.replace(question, ''));
  if (!move || overlaps(move.from, move.to)) return undefined;
  if (kept) return { subject: move.to, rival: move.from, both: true, kept: true };
  return lost ? { subject: move.from, rival: move.to } : { subject: move.to, rival: move.from };
}

/** "… must decide whether the service sits behind an Application Load Balancer or an Amazon API Gateway REST API." */
const WHETHER = /\bwhether\s+((?:\S+\s+){0,12}?\S+?)\s+or\s+((?:\S+\s+){0,7}?\S+?)(?=\s+(?:for|to|in|on|as|at|because|when|while)\b|[.,;?]|$)/i;
/** "Which TWO capabilities would only the REST API give them?": what only one of the two weighed offers. */
const ONLY_ONE = /\bonly\s+(?:the\s+|an?\s+)?\S+/i;

function weighedIn(question: string, scenario: string): Comparison | undefined {
  const m = POINTS_TO.test(question) || ONLY_ONE.test(question) ? (BETWEEN.exec(scenario) ?? WHETHER.exec(scenario)) : null;
  if (!m) return undefined;
  const asked = servicesNamed(question);
  const [first, second] = [servicesNamed(m[1]!), servicesNamed(m[2]!)];
  if (asked.length === 0 || first.length === 0 || second.length === 0 || overlaps(first, second)) return undefined;
  if (asked.every((s) => first.includes(s))) return { subject: first, rival: second };
  if (asked.every((s) => second.includes(s))) return { subject: second, rival: first };
  return undefined;
}

/** "… would rule out a function URL and call for Amazon API Gateway?": the rival is what is ruled out. */
const RULE_OUT = /\brules?\s+out\s+((?:\S+\s+){0,6}?\S+?)\s+and\s+(?:call|calls|point|points|lead|leads)\s+(?:for|to)\s+((?:\S+\s+){0,6}?\S+?)\s*[?,.(]/i;

/** "Which TWO capabilities do BOTH an Application Load Balancer and an Amazon API Gateway REST API offer?" */
const BOTH = /\bboth\s+((?:\S+\s+){0,6}?\S+?)\s+and\s+((?:\S+\s+){0,7}?\S+?)\s+(?:offer|support|provide|have|share|do|can)\b/i;

/** "Which TWO features does it gain that …?": the question's subject is a pronoun for what the scenario chose. */
const PRONOUN_SUBJECT = /^\s*(?:which|what)\b[^?]*?\b(?:it|they|the team|the company)\b/i;

function comparisonInQuestion(question: string, scenario = ''): Comparison | undefined {
  const shared = BOTH.exec(question);
  if (shared) {
    const [subject, rival] = [servicesNamed(shared[1]!), servicesNamed(shared[2]!)];
    if (subject.length && rival.length && !overlaps(subject, rival)) return { subject, rival, both: true };
  }
  const ruled = RULE_OUT.exec(question);
  if (ruled) {
    const [rival, subject] = [servicesNamed(ruled[1]!), servicesNamed(ruled[2]!)];
    if (rival.length && subject.length && !overlaps(rival, subject)) return { subject, rival };
  }
  // The first wording that names a service on each side ("… for more than 30 seconds compared with an HTTP API" is compared with the HTTP API).
  for (const m of [RIVAL_BEFORE.exec(question), ...rivalsAfter(question)]) {
    if (!m) continue;
    const rival = servicesNamed(m[1]!);
    const named = servicesNamed(question.slice(0, m.index + m[0].indexOf(m[1]!))).filter((s) => !rival.includes(s));
    const subject = named.length === 0 && PRONOUN_SUBJECT.test(question) ? servicesNamed(scenario.replace(question, '')).filter((s) => !rival.includes(s)) : named;
    if (rival.length === 0 || subject.length === 0) continue;
    return LIMITS.test(question.slice(0, m.index)) ? { subject, rival, limits: true } : { subject, rival };
  }
  return undefined;
}

/** Every place a rival may come in after its word, in reading order. */
function rivalsAfter(question: string): RegExpExecArray[] {
  const all = new RegExp(RIVAL_AFTER.source, 'gi');
  return [...question.matchAll(all)] as RegExpExecArray[];
}

/**
 * Who offers a feature, for telling two services apart. The rule's tables leave out what every
 * candidate does (routing by path, running Lambda code); here those are shared, not unknown.
 */
const SHARED: Record<string, readonly ServiceId[]> = {
  'host-path-routing': ['alb', 'apigw-rest', 'apigw-http', 'apigw-websocket', 'cloudfront', 's3-cloudfront'],
  'lambda-mention': ['apigw-rest', 'apigw-http', 'apigw-websocket', 'alb', 'appsync', 'lambda-url', 'lambda-invoke'],
  // API Gateway holds a request 29–30 seconds unless a Regional REST API's quota is raised: set against it, minutes-long requests favour the others.
  'long-running': ['alb', 'lambda-invoke', 'lambda-url'],
};

/** Distinctions the rule's tables fold into one concept. A JWT authorizer is the HTTP API's own; a REST API checks JWTs through Cognito or Lambda. */
const DISTINCT: readonly { label: string; pattern: RegExp; by: readonly ServiceId[] }[] = [
  { label: 'a native JWT authorizer', pattern: /\b(?:native|built in)\b.*\bjwt\b|\bjwt authori[sz]ers?\b/, by: ['apigw-http'] },
  // A WebSocket API can carry publish/subscribe, but its channels and their subscribers are code to write; AppSync Events has them built in.
  { label: 'built-in publish/subscribe channels', pattern: /\b(?:native|built in|managed|serverless)\b.*\b(?:pub ?\/? ?sub|publish ?\/? ?(?:and )?subscribe)\b.*\bchannels?\b/, by: ['appsync'] },
];

const supporters = (id: string): readonly ServiceId[] | undefined => SHARED[id] ?? withCapabilities(id, concept(id).supportedBy);
const overlaps = (a: readonly ServiceId[], b: readonly ServiceId[]) => a.some((s) => b.includes(s));

const IT = /^\s*(?:it|they)\s+/i;

/** The points an option earns for one thing that sets the subject apart, or that the subject lacks. */
export const SETS_APART = 6;
/** Most services are cheap or reach Lambda: such a feature counts for less than one few services have. */
const COMMON = 4;
const weightOf = (by: readonly ServiceId[]) => (by.length > COMMON ? SETS_APART / 2 : SETS_APART);

/**
 * How well an option states what the subject has and the rival does not: what only the subject
 * offers counts for it, what the subject lacks against it, what both have nothing; the fact
 * sheet's statements and the rule's own reading of the option (a requirement that leads to the
 * subject, or to the rival) count the same way.
 */
/** What an option claims, as it counts: for the subject, against it. */
export interface ClaimReading {
  score: number;
  /** What sets the subject apart (or, for BOTH, what both have). */
  apart: string[];
  /** What the subject lacks, or the rival shares. */
  against: string[];
}

export function scoreClaim(written: string, { subject, rival, both = false, limits = false, kept = false }: Comparison, recommend: (text: string) => ServiceId | null): ClaimReading {
  // "It costs less": the statement is about the subject.
  const option = written.replace(IT, `${SERVICES[subject[0]!].short} `);
  const norm = normalize(option);
  // "It cannot send traces to X-Ray": the statement is that the subject lacks what it names.
  // Asked what the subject lacks, an option that is only a feature ("Request validation") names what is lacking.
  const bare = !IT.test(written) && !overlaps(servicesNamed(written), subject);
  // ("No extra service to set up" offered as an advantage is one: only a question about limitations reads a bare "No …" as a lack.)
  const stated = statesLack(norm, (words) => overlaps(servicesNamed(words), subject)) && (limits || !/^\s*no\b/.test(norm));
  const lacking = !both && (stated || (limits && bare));
  // The names stay: "a GraphQL schema" is a feature of AppSync as much as its name.
  const features = findClues(option).filter((c) => (lacking || !c.negated) && (!concept(c.concept).context || SHARED[c.concept]) && supporters(c.concept) !== undefined);
  const found = [...new Set(features.map((f) => f.concept))].map((c) => ({ label: concept(c).label, by: supporters(c)! }));
  found.push(...DISTINCT.filter((d) => d.pattern.test(norm)));
  const reading: ClaimReading = { score: 0, apart: [], against: [] };
  if (lacking || limits) return readLimits(reading, found, norm, { subject, rival, limits, lacking });
  for (const { label, by } of found) {
    if (!overlaps(by, subject) || (both && !kept && !overlaps(by, rival))) {
      reading.score -= weightOf(by);
      reading.against.push(label);
    } else if (both || !overlaps(by, rival)) {
      reading.score += weightOf(by);
      reading.apart.push(label);
    }
  }
  // What both offer is read from the tables only: the statements and the rule's reading tell one service apart from another.
  if (both) return reading;
  // The fact sheet's statements: one that holds for the subject sets it apart unless it holds for the rival too.
  readStatements(reading, norm, subject, rival, { general: true });
  // What the tables already know both services have is settled: the rule's reading of it alone ("Attach AWS WAF rules" leads to a REST API) does not tell them apart.
  // (Only a strong capability counts: a generic endpoint or one function says nothing alone, though together they lead somewhere.)
  const capabilities = [...new Set(features.map((f) => f.concept))].filter((id) => concept(id).weight === 'strong' && !SHARED[id]).map(supporters);
  const shared = capabilities.length > 0 && capabilities.every((by) => overlaps(by!, subject) && overlaps(by!, rival));
  const led = shared ? null : recommend(option);
  if (led && subject.includes(led)) {
    reading.score += SETS_APART;
    reading.apart.push(`read alone, the rule reaches ${SERVICES[led].short}`);
  } else if (led && rival.includes(led)) {
    reading.score -= SETS_APART;
    reading.against.push(`read alone, the rule reaches ${SERVICES[led].short}`);
  }
  return reading;
}

/**
 * A statement that the subject lacks something, or any statement in a question that asks for its
 * limitations: it must be true of the subject, and it is an answer when it tells the subject
 * apart in the direction asked (a limitation: what the subject lacks and the rival has; an
 * advantage: what the subject has and the rival lacks). A lack offered as an advantage, or a
 * feature offered as a limitation, counts against the option.
 */
function readLimits(
  reading: ClaimReading,
  found: readonly { label: string; by: readonly ServiceId[] }[],
  norm: string,
  { subject, rival, limits, lacking }: { subject: ServiceId[]; rival: ServiceId[]; limits: boolean; lacking: boolean },
): ClaimReading {
  for (const { label, by } of found) {
    const [ofSubject, ofRival] = [overlaps(by, subject), overlaps(by, rival)];
    const holds = lacking ? !ofSubject : ofSubject;
    const asked = limits ? lacking && ofRival : !lacking && !ofRival;
    const opposite = limits ? !lacking && !ofRival : lacking;
    if (!holds) {
      reading.score -= weightOf(by);
      reading.against.push(`${label}: ${lacking ? `${namesOf(subject)} has it` : `${namesOf(subject)} lacks it`}`);
    } else if (asked) {
      reading.score += weightOf(by);
      reading.apart.push(lacking ? `no ${label}, which ${namesOf(rival)} has` : label);
    } else if (opposite) {
      reading.score -= weightOf(by);
      reading.against.push(`${label}: ${limits ? 'a feature, not a limitation' : 'a lack, not an advantage'}`);
    }
  }
  // The fact sheet's statements carry their own wording ("offers only the Regional endpoint type"): true of the subject alone is an answer.
  // (One true of any service, "HTTP APIs cost less", says nothing of which way it tells them apart.)
  return readStatements(reading, norm, subject, rival, { general: false });
}

/**
 * The fact sheet's statements an option makes: false of the subject counts against it; true of
 * the subject and not of the rival counts for it (a statement about no service in particular too,
 * when `general`).
 */
function readStatements(reading: ClaimReading, norm: string, subject: readonly ServiceId[], rival: readonly ServiceId[], { general }: { general: boolean }): ClaimReading {
  for (const claim of claimsMatching(norm)) {
    const ofSubject = !claim.about || overlaps(claim.about, subject);
    if (!claim.truth || !ofSubject) {
      reading.score -= SETS_APART;
      reading.against.push(`a statement the fact sheet holds false (${claim.fact})`);
    } else if (claim.about ? !overlaps(claim.about, rival) : general) {
      reading.score += SETS_APART;
      reading.apart.push(`a statement the fact sheet holds true (${claim.fact})`);
    }
  }
  return reading;
}



/** "All of the following are reasons to choose X over Y EXCEPT:", "Which is NOT a benefit of X over Y?" (not "that Y does NOT offer"). */
export const ASKS_EXCEPTION = /\bEXCEPT\b|\b(?:is|are)\s+NOT\b/;

/** Asked for the exception: the one option that does not set the subject apart, when it is clearly below every other and none counts for it. */
function theException(scored: readonly SolvedOption[], pick: number): { choices: string[]; margin: number } {
  const [lowest, next] = [...scored].sort((a, b) => a.score - b.score);
  if (pick !== 1 || !lowest || !next || lowest.score > 0 || next.score <= lowest.score) return { choices: [], margin: 0 };
  return { choices: [lowest.letter], margin: next.score - lowest.score };
}

/**
 * The options that set the subject apart, as many as the question asks for; none when fewer
 * do, or when the last one chosen ties with the first one left out.
 */
export function chooseClaims(
  options: readonly Option[],
  comparison: Comparison,
  pick: number,
  recommend: (text: string) => ServiceId | null,
  question = '',
): { choices: string[]; scored: SolvedOption[]; margin: number; readings: Map<string, ClaimReading> } {
  const readings = new Map(options.map((o) => [o.letter, scoreClaim(o.text, comparison, recommend)]));
  const scored = options.map((o) => ({ ...o, services: comparison.subject, score: readings.get(o.letter)!.score }));
  if (ASKS_EXCEPTION.test(question)) return { ...theException(scored, pick), scored, readings };
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const last = ranked[pick - 1];
  const margin = last ? last.score - (ranked[pick]?.score ?? 0) : 0;
  if (!last || last.score <= 0 || margin <= 0) return { choices: [], scored, margin: 0, readings };
  return { choices: ranked.slice(0, pick).map((o) => o.letter).sort(), scored, margin, readings };
}
