import { chooseArchitecture, isArchitectureQuestion, type ArchitectureReading } from './architecture.js';
import { answerFromFacts, answerStatements, judgeOptions, readStatements, statementsReading, STATEMENTS_CONFIDENCE } from './fact-answer.js';
import { withBestGuess, type OptionsJudged } from './best-guess.js';
import { rankStatements } from './statement-ranking.js';
import { ASKS_EXCEPTION, chooseClaims, comparisonIn, type ClaimReading, type Comparison } from './compare.js';
import { clueSet, findClues, questionSpan, type ClueSet } from './clues.js';
import { concept } from './concepts.js';
import { NAMED_IN_QUESTION_CONFIDENCE, questionNamesAnswer } from './asked-service.js';
import { ownNeeds, stoppedByOnePassage } from './contested.js';
import { restOnCdnWords } from './cdn-own.js';
import { answerCount, chooseOptions, picksAsked, LACKS_MARK, questionSubject, servicesNamed, splitOptions, type Subject } from './options.js';
import type { Option } from './types.js';
import { HTTP_LEANINGS, OPEN_QUESTION, REST_NOT_NEEDED, REST_ONLY, RULE } from './rule.js';
import { withoutInventories } from './inventory.js';
import { learnedClues } from './learned.js';
import { chooseMetrics, metricOptions } from './metrics.js';
import { chooseListedValues, type ListedChoice } from './listed-choice.js';
import { chooseTools, isMonitoringQuestion } from './monitoring.js';
import { chooseRemedies } from './remedies.js';
import { chooseExplanation } from './explanation.js';
import { chooseIntegrations } from './integrations.js';
import { chooseByLatencySplit } from './latency-split.js';
import { chooseByRedeployment } from './redeploy.js';
import { allAtLevel, askedLevel, chooseSettings, levelName, placeOptions, type Level, type Placement } from './levels.js';
import { areaOf, areasNamed, findAreas, mainArea, type ScopeFinding } from './scope.js';
import { offeredNeighbour } from './offered-neighbour.js';
import { typeInTrouble } from './trouble-subject.js';
import { API_GATEWAY_TYPES, namesOf, SERVICES } from './services.js';
import { SERVICE_IDS, type Clue, type Condition, type Outcome, type RuleStep, type ServiceId, type Solution, type TraceEntry } from './types.js';

interface Evaluation {
  step: RuleStep;
  outcome: Outcome;
  /** Concepts of the satisfied conditions (for a step that only leans, the ones present). */
  reasons: string[];
  blockers: string[];
  /** No condition is met in full: the step decides only because nothing else does. */
  partial?: boolean;
  /** The question asks why the API type the text has in use goes wrong: that type's step decides (trouble-subject.ts). */
  inUse?: boolean;
}

function evaluate(step: RuleStep, set: ClueSet): Evaluation {
  const satisfied = step.when.filter((c: Condition) => c.all.every(set.has) && !(c.none ?? []).some(set.has));
  const reasons = [...new Set(satisfied.flatMap((c) => c.all))];
  if (satisfied.length === 0) return { step, outcome: 'passed', reasons, blockers: [] };
  // What only the trained model found may make a step fire, but does not stop one the written clues make fire.
  const written = satisfied.some((c) => c.all.some((id) => !set.learnedOnly(id)));
  // Nor does it choose a REST API against a written need that only the HTTP API meets (its lower price, Cloud Map).
  if (!written && step.id === 'rest' && set.all.some((c) => !c.negated && !c.learned && HTTP_ONLY(c.concept))) return { step, outcome: 'passed', reasons: [], blockers: [] };
  const blockers = (step.unless ?? []).filter((id) => set.has(id) && !(written && set.learnedOnly(id)));
  // "… without API Gateway": whatever else says API, API Gateway is ruled out.
  if (step.id === 'api-gateway' && set.negated('apigw-explicit')) return { step, outcome: 'blocked', reasons, blockers: ['apigw-explicit'] };
  return { step, outcome: blockers.length ? 'blocked' : 'fired', reasons, blockers };
}

const HTTP_ONLY = (id: string) => {
  const by = concept(id).supportedBy;
  return by !== undefined && by.includes('apigw-http') && !by.includes('apigw-rest');
};

const quoted = (set: ClueSet, ids: readonly string[]) => [...new Set(ids.flatMap((id) => set.quotes(id).slice(0, 1)))];
const labelled = (set: ClueSet, ids: readonly string[]) => ids.map((id) => `${concept(id).label}${set.quotes(id)[0] ? ` — "${set.quotes(id)[0]}"` : ''}`);
const stepConcepts = (step: RuleStep) => [...new Set(step.when.flatMap((c) => c.all))];
/** The step's clues present in the text that say what is needed (not merely what it is about). */
const partialClues = (step: RuleStep, set: ClueSet) => stepConcepts(step).filter((id) => set.has(id) && !concept(id).context);

function traceEntry(e: Evaluation, set: ClueSet): TraceEntry {
  const base = { step: e.step.id, title: e.step.title, outcome: e.outcome };
  if (e.inUse) return { ...base, reason: `the question asks why the ${SERVICES[e.step.service!].short} the text has in use goes wrong, so it is about that API: what it is seen to do is a symptom, not a need`, clues: [] };
  if (e.outcome === 'fired') {
    const features = e.step.id === 'rest' ? `: ${labelled(set, e.reasons).join('; ')}` : '';
    const leanings = e.step.id === 'http' ? httpLeanings(set) : '';
    const partly = e.partial ? `the text says only part of this (${labelled(set, e.reasons).join('; ')}), and no other step fits better: ` : '';
    return { ...base, reason: `${partly}${e.step.fired}${features}${leanings}`, clues: quoted(set, e.reasons) };
  }
  if (e.outcome === 'blocked') {
    return { ...base, reason: `${e.step.blocked} ${labelled(set, e.blockers).join('; ')}`, clues: quoted(set, e.reasons) };
  }
  const ruledOut = stepConcepts(e.step).flatMap((id) => set.all.filter((c) => c.concept === id && c.negated).map((c) => `"${c.quote}"`));
  const unique = [...new Set(ruledOut)];
  if (unique.length) return { ...base, reason: `${e.step.passed}; ruled out by ${unique.join(', ')}`, clues: [] };
  const partial = partialClues(e.step, set);
  if (partial.length && e.step.service) return { ...base, reason: `only part of what this step needs: ${labelled(set, partial).join('; ')}`, clues: [] };
  return { ...base, reason: e.step.passed, clues: [] };
}

function httpLeanings(set: ClueSet): string {
  const found = HTTP_LEANINGS.filter((id) => set.has(id) && !(id === 'latency-goal' && set.has('global-reach')));
  const excluded = REST_ONLY.filter((id) => set.negated(id));
  const parts: string[] = [];
  if (found.length) parts.push(`the scenario also asks for ${labelled(set, found).join(', ')}`);
  if (excluded.length) parts.push(`it rules out ${excluded.map((id) => concept(id).label).join(', ')}`);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

const isStrong = (ids: readonly string[]) => ids.some((id) => concept(id).weight === 'strong' && !concept(id).context);

/**
 * Below this a scenario without options gets no answer: on fresh written rounds, such answers (a
 * step only partly met, or an HTTP API concluded from a mere mention of an API) were mostly wrong.
 */
const MIN_SCENARIO_CONFIDENCE = 0.5;

/** A conclusion the written patterns do not support, only the trained model, is never sure. */
const LEARNED_ONLY_CONFIDENCE = 0.7;

/** Below certainty: another service meets every need the text states, so the rule's order, not the text, chose. */
const BOTH_FIT_CONFIDENCE = 0.7;

/**
 * Below certainty: part of the text is a neighbouring service's job (a need only it meets), or the
 * only strong clue is the chosen service named as part of the setting ("behind an Application Load
 * Balancer"), so the step may have fired on what the design already has rather than what it asks.
 */
const SETTING_CONFIDENCE = 0.75;

/** The one service a REST API's features include: choosing the lighter type when nothing more is needed is the rule, not a doubt. */
const SUPERSET: Partial<Record<ServiceId, ServiceId>> = { 'apigw-http': 'apigw-rest', cloudfront: 's3-cloudfront', 's3-cloudfront': 'cloudfront' };

/** Another service whose own step of the rule the text meets too, and that meets every capability the text asks for. */
function alsoFits(service: ServiceId, set: ClueSet, evaluations: Evaluation[]): ServiceId | undefined {
  const needs = [...new Set(set.all.filter((c) => !c.negated && !concept(c.concept).context && concept(c.concept).supportedBy?.length).map((c) => c.concept))];
  const fired = evaluations.filter((e) => e.outcome === 'fired' && e.step.service).map((e) => e.step.service!);
  return fired.find((id) => id !== service && id !== SUPERSET[service] && needs.every((n) => concept(n).supportedBy!.includes(id)));
}

/** The clues a conclusion rests on: an HTTP API concludes by default, so what is strong about it is the API itself. */
const decidingOf = (winner: Evaluation, evaluations: Evaluation[]): readonly string[] =>
  winner.step.id === 'http' ? (evaluations.find((e) => e.step.id === 'api-gateway')?.reasons ?? []) : winner.reasons;

/** Whether every strong clue the conclusion rests on only names the chosen service. */
function restsOnItsName(winner: Evaluation, set: ClueSet, evaluations: Evaluation[]): boolean {
  const deciding = decidingOf(winner, evaluations);
  const strong = set.all.filter((c) => !c.negated && deciding.includes(c.concept) && concept(c.concept).weight === 'strong' && !concept(c.concept).context);
  return strong.length > 0 && strong.every((c) => servicesNamed(c.quote).includes(winner.step.service!));
}

function confidenceOf(winner: Evaluation, set: ClueSet, evaluations: Evaluation[], neighbour: ScopeFinding | undefined, text: string): number {
  const confidence = clueConfidence(winner, set, evaluations, text);
  const doubtful =
    (neighbour && neighbour.needs > 0) || restsOnItsName(winner, set, evaluations) || contested(winner, set, evaluations, text) || restOnCdnWords(winner.step.id, winner.reasons, set);
  return doubtful ? Math.min(SETTING_CONFIDENCE, confidence) : confidence;
}

/** A step ahead was stopped by one passage, and fewer than two passages of needs the winner alone reads agree. */
function contested(winner: Evaluation, set: ClueSet, evaluations: Evaluation[], text: string): boolean {
  const stopped = stoppedByOnePassage(winner, evaluations, set);
  if (stopped.length === 0) return false;
  const needs = winner.step.id === 'http' ? HTTP_LEANINGS.filter(set.has) : winner.reasons;
  return passages(set, ownNeeds(needs, stopped), winner.step.service!, text) < 2;
}

function clueConfidence(winner: Evaluation, set: ClueSet, evaluations: Evaluation[], text: string): number {
  if (winner.partial) return 0.4;
  if (alsoFits(winner.step.service!, set, evaluations)) return Math.min(BOTH_FIT_CONFIDENCE, ruleConfidence(winner, set, evaluations, text));
  const decidingClues = set.all.filter((c) => !c.negated && winner.reasons.includes(c.concept));
  if (decidingClues.length > 0 && decidingClues.every((c) => c.learned)) return Math.min(LEARNED_ONLY_CONFIDENCE, ruleConfidence(winner, set, evaluations, text));
  return ruleConfidence(winner, set, evaluations, text);
}

function ruleConfidence(winner: Evaluation, set: ClueSet, evaluations: Evaluation[], text: string): number {
  const agreeing = (ids: readonly string[]) => passages(set, ids, winner.step.service!, text);
  const extra = (ids: readonly string[]) => Math.max(0, ids.filter(set.has).length - 1) * 0.05;
  const id = winner.step.id;
  if (id === 'http') {
    const leanings = HTTP_LEANINGS.filter(set.has).length + REST_ONLY.filter(set.negated).length;
    const api = evaluations.find((e) => e.step.id === 'api-gateway');
    const apiStrong = api ? isStrong(api.reasons) : false;
    if (leanings === 0) return apiStrong ? 0.55 : 0.45;
    return apiStrong ? corroborated(leanings) : Math.min(0.95, 0.6 + (leanings - 1) * 0.05);
  }
  if (id === 'rest') return isStrong(winner.reasons) ? corroborated(agreeing(winner.reasons)) : Math.min(0.95, 0.65 + extra(winner.reasons));
  if (id === 'function-url') {
    // A function URL fits only when nothing else is needed: the text has to say so somehow.
    const simple = ['function-url', 'quick-endpoint', 'simple-proxy', 'iam-auth'].some(set.has) || set.all.some((c) => c.negated);
    if (!simple) return 0.55;
  }
  return isStrong(winner.reasons) ? corroborated(agreeing(winner.reasons)) : Math.min(0.95, 0.6 + extra(stepConcepts(winner.step)));
}

/**
 * How sure a conclusion resting on strong clues is, by how many of them agree. One clue can be
 * misread (a distractor, someone else's proposal, a negation the patterns miss, a need of a
 * neighbouring service worded like the rule's), so it is never sure on its own: on fresh written
 * rounds, answers resting on one strong clue were right about four times in five, those with two
 * or more about nine times in ten or better.
 */
function corroborated(clues: number): number {
  if (clues <= 1) return 0.75;
  return Math.min(0.95, 0.85 + (clues - 2) * 0.05);
}

/**
 * How many separate passages of the text state one of these concepts ("its own key", "cap every
 * partner at 10,000 calls"). Only the concepts of conditions the text meets are passed in ("around
 * the world" alone does not make a CDN). The same concept again as an alternative in one clause
 * ("billed per call or given a separate limit") is one idea reworded, and a clue that only names
 * the chosen service is the setting, not a need.
 */
function passages(set: ClueSet, ids: readonly string[], service: ServiceId, text: string): number {
  const spans = set.all
    .filter((c) => !c.negated && ids.includes(c.concept) && !servicesNamed(c.quote).includes(service))
    .sort((a, b) => a.start - b.start);
  let count = 0;
  let end = -1;
  spans.forEach((c, i) => {
    const reworded = spans.slice(0, i).some((p) => p.concept === c.concept && ALTERNATIVE.test(text.slice(p.end, c.start)));
    if (c.start >= end && !reworded) count++;
    end = Math.max(end, c.end);
  });
  return count;
}

/** Text between two phrases that offers the second as another wording of the first, within one clause. */
const ALTERNATIVE = /^[^.;:!?]*\bor\b[^.;:!?]*$/i;

/**
 * Why each other service is not the answer: the step of the rule that passed it over, and a
 * capability it lacks that the scenario needs; or, past the deciding step, what it is for.
 */
function rejections(set: ClueSet, winner: Evaluation | undefined, evaluated: Evaluation[]): Partial<Record<ServiceId, string>> {
  const deciding = winner ? winner.reasons : [];
  const positives = [...new Set([...deciding, ...set.all.filter((c) => !c.negated).map((c) => c.concept)])];
  const rejected: Partial<Record<ServiceId, string>> = {};
  for (const id of SERVICE_IDS) {
    if (id === winner?.step.service) continue;
    const missing = positives.find((c) => {
      const supported = concept(c).supportedBy;
      return supported !== undefined && !supported.includes(id);
    });
    const lack = missing ? `it ${concept(missing).lacks ?? `has no ${concept(missing).label.replace(/^an? /, '')}`} — "${set.quotes(missing)[0]}"` : undefined;
    const own = evaluated.find((e) => e.step.service === id);
    if (own && own.outcome !== 'fired') {
      const why = id === 'apigw-rest' && own.outcome === 'passed' ? REST_NOT_NEEDED : traceEntry(own, set).reason;
      rejected[id] = lack && own.outcome === 'passed' ? `${why}, and ${lack}` : why;
      continue;
    }
    if (lack) rejected[id] = lack;
    else if (!winner) rejected[id] = `${SERVICES[id].role}, and nothing in the scenario asks for it`;
    else {
      const excluded = [...new Set(set.all.filter((c) => c.negated && concept(c.concept).supportedBy?.includes(id)).map((c) => concept(c.concept).label))];
      const extra = excluded.length ? `, and the scenario rules out what it would add: ${excluded.join(', ')}` : '';
      rejected[id] = `the rule settles earlier, at "${winner.step.title}"; ${SERVICES[id].role}${extra}`;
    }
  }
  return rejected;
}

export type ScenarioSolution = Omit<Solution, 'options' | 'choice' | 'choices' | 'pick'> & {
  /** The concepts that decided (the winning step's clues; for an HTTP API, its leanings). */
  deciding: string[];
};

/** The rule's steps in order up to the first that concludes. */
function runRule(set: ClueSet): { evaluations: Evaluation[]; evaluated: Evaluation[]; winner: Evaluation | undefined } {
  const evaluations = RULE.map((step) => evaluate(step, set));
  const evaluated: Evaluation[] = [];
  let winner: Evaluation | undefined;
  for (const e of evaluations) {
    evaluated.push(e);
    if (e.outcome !== 'fired') {
      // Without an API there is nothing to choose a type for.
      if (e.step.id === 'api-gateway') break;
      continue;
    }
    if (e.step.service) {
      winner = e;
      break;
    }
  }
  if (winner) return { evaluations, evaluated, winner };
  // No step fires: the earliest step the text says part of decides, weakly, and the trace says so.
  const leaning = evaluated.find((e) => e.outcome === 'passed' && e.step.service && partialClues(e.step, set).length > 0);
  if (!leaning) return { evaluations, evaluated, winner: undefined };
  const at = evaluated.indexOf(leaning);
  const weak: Evaluation = { ...leaning, outcome: 'fired', reasons: partialClues(leaning.step, set), partial: true };
  return { evaluations, evaluated: [...evaluated.slice(0, at), weak], winner: weak };
}

/** A question on why the API type in use goes wrong is about that type: its step decides in place of another type's. */
function withTypeInUse(ruled: ReturnType<typeof runRule>, text: string): ReturnType<typeof runRule> {
  const inUse = typeInTrouble(text);
  const service = ruled.winner?.step.service;
  if (!inUse || !service || service === inUse || !API_GATEWAY_TYPES.includes(service)) return ruled;
  const own: Evaluation = { step: RULE.find((s) => s.service === inUse)!, outcome: 'fired', reasons: [], blockers: [], inUse: true };
  return { ...ruled, evaluated: [...ruled.evaluated.filter((e) => e !== ruled.winner && e.step !== own.step), own], winner: own };
}

/** How many strong needs of its own the conclusion rests on. */
function ruleSupport(winner: Evaluation, evaluations: Evaluation[]): number {
  const deciding = decidingOf(winner, evaluations);
  // Two weak clues that together make a condition of the step count as one strong one.
  const compound = winner.step.when.some((c) => c.all.length > 1 && c.all.every((id) => deciding.includes(id))) ? 1 : 0;
  return deciding.filter((id) => concept(id).weight === 'strong' && !concept(id).context).length + compound;
}

/**
 * Whether the question is about a neighbouring service rather than the rule's: a need no
 * chapter service meets; or that service's needs stated at least as often as the rule's strong
 * clues (an option naming that service counts as one more; the text naming it, as a part of the
 * design already there, one less); or only its name, with nothing the rule can decide on.
 */
function outsideRule(scope: ScopeFinding | undefined, winner: Evaluation | undefined, evaluations: Evaluation[], named: ReadonlySet<string>, hasOptions: boolean): boolean {
  if (!scope) return false;
  if (scope.strength === 'hard') return true;
  if (!winner || winner.partial) return true;
  if (scope.strength === 'name') return false;
  const ruleWeight = ruleSupport(winner, evaluations);
  const areaWeight = scope.needs - (scope.namedInText ? 1 : 0) + (named.has(scope.area) && scope.written ? 1 : 0);
  // A tie goes to the neighbour, unless the answer options offer the rule's services and none of the neighbour's.
  const optionsForRule = hasOptions && !named.has(scope.area);
  return areaWeight > 0 && (areaWeight > ruleWeight || (areaWeight === ruleWeight && !optionsForRule));
}

const dedupe = (clues: Clue[]): Clue[] => {
  const seen = new Set<string>();
  return clues.filter((c) => {
    const key = `${c.concept}\u0000${c.quote}\u0000${c.negated}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** Applies the decision rule to a scenario written in plain English. */
export function solveScenario(text: string, optionTexts: readonly string[] = []): ScenarioSolution {
  const written = withoutInventories(text, findClues(text));
  const writtenAreas = findAreas(text);
  const learned = learnedClues(text, written, writtenAreas);
  const clues: Clue[] = [...written, ...learned.clues].sort((a, b) => a.start - b.start);
  const set = clueSet(clues, text);
  const { evaluations, evaluated, winner } = withTypeInUse(runRule(set), text);
  const named = areasNamed(optionTexts);
  const found = mainArea([...writtenAreas, ...learned.areas], named);
  // A hard need is one no chapter service meets, so it never yields.
  const scope = found && found.strength !== 'hard' && areaOf(found.area)?.yieldsTo?.some((group) => group.every(set.has)) ? undefined : found;
  // With no neighbour in the stem, a chapter conclusion without a strong need of its own gives way to the outside service an option offers.
  const offered = !scope && (!winner || winner.partial || ruleSupport(winner, evaluations) === 0) ? offeredNeighbour(text, optionTexts, [...writtenAreas, ...learned.areas], !winner) : undefined;
  if (offered || outsideRule(scope, winner, evaluations, named, optionTexts.length > 0)) {
    const about = offered ?? scope!;
    const trace: TraceEntry[] = [
      ...evaluated.filter((e) => e !== winner).map((e) => traceEntry({ ...e, outcome: 'passed' }, set)),
      { step: 'scope', title: 'Outside the rule?', outcome: 'fired', reason: `this is about ${about.about}: ${about.quotes.map((q) => `"${q}"`).join(', ')}`, clues: about.quotes },
    ];
    const rejected = Object.fromEntries(SERVICE_IDS.map((id) => [id, `${SERVICES[id].role}; the question is about ${about.about}`])) as Record<ServiceId, string>;
    return { service: null, name: null, clues: dedupe(clues), trace, rejected, confidence: 0, question: null, outOfScope: { area: about.area, about: about.about, quotes: about.quotes }, deciding: [] };
  }
  const trace = evaluated.map((e) => traceEntry(e, set));
  if (!winner) {
    return { service: null, name: null, clues: dedupe(clues), trace, rejected: rejections(set, undefined, evaluated), confidence: 0, question: OPEN_QUESTION, outOfScope: null, deciding: [] };
  }
  const service = winner.step.service!;
  // (The type in use is read from the setting, not from needs: never sure.)
  const confidence = Math.round(Math.min(confidenceOf(winner, set, evaluations, scope, text), winner.inUse ? SETTING_CONFIDENCE : 1) * 100) / 100;
  // A conclusion this weak is a guess: without options to weigh, say what would settle it instead.
  if (optionTexts.length === 0 && confidence < MIN_SCENARIO_CONFIDENCE) {
    return { service: null, name: null, clues: dedupe(clues), trace, rejected: rejections(set, undefined, evaluated), confidence: 0, question: winner.step.settle, outOfScope: null, deciding: [] };
  }
  return {
    service,
    name: SERVICES[service].name,
    clues: dedupe(clues),
    trace,
    rejected: rejections(set, winner, evaluated),
    confidence,
    question: confidence < 0.65 ? winner.step.settle : null,
    outOfScope: null,
    deciding: winner.step.id === 'http' ? HTTP_LEANINGS.filter(set.has) : winner.reasons,
  };
}

/**
 * A question about one service's own features: the service is given, and what is left is to
 * check each option against what it offers.
 */
function solveSubject(text: string, { service: subject, absent }: Subject, quote: string): ScenarioSolution {
  const clues = findClues(text);
  const name = SERVICES[subject].name;
  const asks = absent ? `${LACKS_MARK}: the question asks which features ${name} does not have` : `the question asks what ${name} itself offers`;
  const trace: TraceEntry[] = [
    { step: 'subject', title: 'About one service?', outcome: 'fired', reason: `${asks} ("${quote}"), so each option is checked against its features`, clues: [quote] },
  ];
  const rejected = allBut(subject, `the question is about what ${SERVICES[subject].short} offers, not about choosing a service`);
  return { service: subject, name, clues: dedupe(clues), trace, rejected, confidence: 0.7, question: null, outOfScope: null, deciding: [] };
}

/** The subject as one service: API Gateway in general stands as its fullest type. */
const asOne = (services: readonly ServiceId[]): ServiceId => (services.length === 1 ? services[0]! : services.includes('apigw-rest') ? 'apigw-rest' : services[0]!);

/** Every service but the subject, each set aside for the same reason: the question does not ask to choose a service. */
const allBut = (service: ServiceId, why: string) => Object.fromEntries(SERVICE_IDS.filter((id) => id !== service).map((id) => [id, why])) as Partial<Record<ServiceId, string>>;

/** An answer read from the options against tables rather than chosen by the rule. */
function tableAnswer(scenario: string, service: ServiceId, name: string, trace: TraceEntry[], rejected: Partial<Record<ServiceId, string>>, confidence: number, { scored, pick, choices }: { scored: Solution['options']; pick: number; choices: string[] }): Solution {
  return { service, name, clues: dedupe(findClues(scenario)), trace, rejected, confidence, question: null, outOfScope: null, options: scored, pick, choices, choice: choices.length ? choices.join(', ') : null };
}

/** The service a question about settings or metrics is about: the one it names, or a REST API, the type that has them all. */
const subjectNamed = (scenario: string) => {
  const named = servicesNamed(scenario);
  return asOne(named.length ? named : ['apigw-rest']);
};

/** The one API Gateway type a text names, if it names only one. */
const oneTypeNamed = (text: string) => {
  const types = servicesNamed(text).filter((s) => API_GATEWAY_TYPES.includes(s));
  return types.length === 1 ? types[0] : undefined;
};

/** One line per option: what sets the subject apart in it, and what counts against it. */
function claimLines(options: readonly Option[], readings: Map<string, ClaimReading>): string {
  return options
    .map((o) => {
      const r = readings.get(o.letter)!;
      const parts = [r.apart.length ? `for: ${r.apart.join(', ')}` : '', r.against.length ? `against: ${r.against.join(', ')}` : ''].filter(Boolean);
      return `${o.letter} ${parts.length ? parts.join('; ') : 'nothing the tables know'}`;
    })
    .join(' · ');
}

/** A question that sets one service against another: each option is a claim checked against the feature tables. */
function solveComparison(scenario: string, question: string, options: Option[], comparison: Comparison): Solution {
  const pick = picksAsked(scenario, options);
  const { choices, scored, margin, readings } = chooseClaims(options, comparison, pick, (option) => solveScenario(option).service, question);
  const service = asOne(comparison.subject);
  const trace: TraceEntry[] = [
    {
      step: 'compare',
      title: 'One service against another?',
      outcome: 'fired',
      reason: `the question asks what ${asked(comparison)} ("${question}"), so each option is checked as a claim against which service offers which feature${ASKS_EXCEPTION.test(question) ? ', and the one that does not is the exception asked for' : ''}`,
      clues: [question],
    },
    { step: 'claims', title: 'Each option as a claim', outcome: choices.length ? 'fired' : 'passed', reason: claimLines(options, readings), clues: [] },
  ];
  const rejected = allBut(service, `the question compares ${namesOf(comparison.subject)} with ${namesOf(comparison.rival)}; it does not ask to choose a service`);
  const confidence = choices.length ? Math.min(TABLES_CONFIDENCE, optionConfidence(pick, margin)) : 0;
  const name = namesOf(comparison.subject) === 'API Gateway' ? 'Amazon API Gateway' : SERVICES[service].name;
  return tableAnswer(scenario, service, name, trace, rejected, confidence, { scored, pick, choices });
}

/** What a comparison asks of its two sides, in words. */
function asked({ subject, rival, limits, both, kept }: Comparison): string {
  const [one, other] = [namesOf(subject), namesOf(rival)];
  if (kept) return `${one} still offers after the move from ${other}`;
  return `${one} ${limits ? 'lacks that' : both ? 'offers as' : 'offers that'} ${other} ${limits ? 'has' : both ? 'does too' : 'does not'}`;
}

/** Options read from short texts against tables (claims, where settings are kept): sure enough to answer, never sure. */
const TABLES_CONFIDENCE = 0.75;

/** Options that are CloudWatch metric names: each is known by what it measures, and the question's words say which measures it asks for. */
function solveMetrics(scenario: string, options: Option[]): Solution {
  const pick = picksAsked(scenario, options);
  const { choices, scored, margin, lines } = chooseMetrics(options, scenario, pick);
  const service = subjectNamed(scenario);
  const trace: TraceEntry[] = [
    { step: 'metrics', title: 'Which metrics?', outcome: choices.length ? 'fired' : 'passed', reason: `every option is a CloudWatch metric API Gateway sends: ${lines.join(' · ')}`, clues: [] },
  ];
  const rejected = allBut(service, `the question asks which metrics of ${SERVICES[service].short} to read; it does not ask to choose a service`);
  const confidence = choices.length ? Math.min(TABLES_CONFIDENCE, optionConfidence(pick, margin)) : 0;
  return tableAnswer(scenario, service, SERVICES[service].name, trace, rejected, confidence, { scored, pick, choices });
}

/** Options that are values of one setting, written in capitals: those the statement lists are the answer. */
function solveListed(scenario: string, options: Option[], { choices, listed, fact }: ListedChoice): Solution {
  const service = subjectNamed(scenario);
  const scored = options.map((o) => ({ ...o, services: [], score: choices.includes(o.letter) ? 1 : 0 }));
  const trace: TraceEntry[] = [{ step: 'facts', title: 'Which values?', outcome: 'fired', reason: `the options are values of a setting, and ${fact} lists those it takes: "${listed}"`, clues: [] }];
  const rejected = allBut(service, `the question asks which values a setting of ${SERVICES[service].short} takes; it does not ask to choose a service`);
  return tableAnswer(scenario, service, SERVICES[service].name, trace, rejected, TABLES_CONFIDENCE, { scored, pick: choices.length, choices });
}

/** Options that are monitoring tools for an API Gateway API: the one the stem's need asks for is the answer. */
function solveMonitoring(scenario: string, options: Option[]): Solution {
  const pick = picksAsked(scenario, options);
  const service = subjectNamed(scenario);
  const { choices, scores, margin, lines } = chooseTools(options, scenario, service === 'apigw-http', pick);
  const scored = options.map((o) => ({ ...o, services: [service], score: scores.get(o.letter)! }));
  const trace: TraceEntry[] = [
    { step: 'monitoring', title: 'Which monitoring tool?', outcome: choices.length ? 'fired' : 'passed', reason: `every option is a way to watch ${SERVICES[service].short}s, and the question asks for a tool's job: ${lines.join(' · ')}`, clues: [] },
  ];
  const rejected = allBut(service, `the question asks how to watch ${SERVICES[service].short}s; it does not ask to choose a service`);
  const confidence = choices.length ? Math.min(MONITORING_CONFIDENCE, optionConfidence(pick, margin)) : 0;
  return tableAnswer(scenario, service, SERVICES[service].name, trace, rejected, confidence, { scored, pick, choices });
}

/** Options a reading of the stem's own facts settles: what it says goes wrong, or figures it gives. */
interface StemReading {
  choices: string[];
  scores: Map<string, number>;
  lines: string[];
}

/** The readings of the stem that outweigh the service it recommends, each with its step for the trace. */
const STEM_READINGS = [
  { step: 'remedy', title: 'What step is missing?', asks: 'states what goes wrong and asks what to do, so each option is read as a step that puts a stated symptom right', choose: chooseRemedies },
  { step: 'latency-split', title: 'What do the figures say?', asks: 'gives Latency and IntegrationLatency, so each option is checked against them', choose: chooseByLatencySplit },
  { step: 'integration', title: 'Which integration?', asks: 'names the target the API must reach, or asks which integrations it can use, so each option is read as the integration it names', choose: chooseIntegrations },
  { step: 'redeploy', title: 'Which change needs a deployment?', asks: 'asks which change needs the API deployed again, so each option is read as a change to the API itself or to what runs behind it', choose: chooseByRedeployment },
  { step: 'monitoring', title: 'Which monitoring tool?', asks: "asks for a monitoring tool's job, so each option is read as the tool it names", choose: chooseToolAsked },
  { step: 'explanation', title: 'What explains it?', asks: 'asks why the case went as it did, so each option is read as a reason against the verified statements most about the case', choose: chooseExplanation },
] as const;

/** In API Gateway, the monitoring tool the stem asks for outweighs the services the options name. */
function chooseToolAsked(options: Option[], scenario: string, pick: number): StemReading | undefined {
  if (!isMonitoringQuestion(scenario, options) || !servicesNamed(scenario).some((s) => API_GATEWAY_TYPES.includes(s))) return undefined;
  const { choices, scores, lines } = chooseTools(options, scenario, subjectNamed(scenario) === 'apigw-http', pick);
  return choices.length ? { choices, scores, lines } : undefined;
}

/** The first reading of the stem that settles the options, unless the recommendation chose the same letters more surely. */
function readStem(scenario: string, options: Option[], pick: number, recommended: { choices: readonly string[]; confidence: number }): Solution | undefined {
  for (const { step, title, asks, choose } of STEM_READINGS) {
    const reading: StemReading | undefined = choose(options, scenario, pick);
    if (!reading) continue;
    if (reading.choices.join() === recommended.choices.join() && recommended.confidence >= TABLES_CONFIDENCE) return undefined;
    const service = subjectNamed(scenario);
    const scored = options.map((o) => ({ ...o, services: [service], score: reading.scores.get(o.letter)! }));
    const trace: TraceEntry[] = [{ step, title, outcome: 'fired', reason: `the question ${asks}: ${reading.lines.join(' · ')}`, clues: [] }];
    const rejected = allBut(service, `the question asks about a problem with ${SERVICES[service].short}; it does not ask to choose a service`);
    return tableAnswer(scenario, service, SERVICES[service].name, trace, rejected, TABLES_CONFIDENCE, { scored, pick, choices: reading.choices });
  }
  return undefined;
}

/** A monitoring tool matched to a need by a few words: an answer, never a sure one. */
const MONITORING_CONFIDENCE = 0.7;

/** A question about where settings are kept: each option is placed at its level, and those at the asked level are the answer. */
function solveLevels(scenario: string, question: string, options: Option[], level: Level, placements: ReadonlyMap<string, Placement>): Solution {
  const pick = picksAsked(scenario, options);
  const { choices, scored } = chooseSettings(options, placements, level, pick);
  const service = subjectNamed(scenario);
  const placed = options.map((o) => {
    const p = placements.get(o.letter)!;
    return `${o.letter} ${p.label}: ${p.levels.map(levelName).join(', or overridden on ')}`;
  });
  const trace: TraceEntry[] = [
    { step: 'levels', title: 'Where a setting is kept?', outcome: 'fired', reason: `the question asks which settings are kept for ${levelName(level)} ("${question}"), so each option is placed where API Gateway keeps it`, clues: [question] },
    { step: 'placed', title: 'Each option placed', outcome: choices.length ? 'fired' : 'passed', reason: placed.join(' · '), clues: [] },
  ];
  const rejected = allBut(service, `the question asks where settings of ${SERVICES[service].short} are kept; it does not ask to choose a service`);
  const confidence = choices.length ? TABLES_CONFIDENCE : 0;
  return tableAnswer(scenario, service, SERVICES[service].name, trace, rejected, confidence, { scored, pick, choices });
}

/**
 * Solves a scenario or an exam question; lettered options, when present, are matched to the answer,
 * and a question within the rule gets as many letters as it asks for, those nothing settled labelled a best guess.
 */
export function solve(text: string): Solution {
  return withBestGuess(settledAnswer(text), () => judgedOptions(text));
}

/** Each option judged against the facts, read as statements when the question asks about statements. */
function judgedOptions(text: string): OptionsJudged {
  const { scenario, options } = splitOptions(text);
  const question = withGoal(scenario, writtenQuestion(scenario));
  const subject = questionSubject(question, scenario)?.service ?? oneTypeNamed(scenario);
  const statements = readStatements(scenario, question, options, picksAsked(scenario, options), subject);
  return { ...(statements ?? judgeOptions(scenario, question, options, subject)), statements: statements !== undefined };
}

/** The question sentence as written ("Which TWO are valid?"), or nothing when the text asks none. */
function writtenQuestion(scenario: string): string {
  const asked = questionSpan(scenario);
  return asked ? scenario.slice(asked.start, asked.end).trim() : '';
}

/** What the readings and the rule settle, letters or none. */
function settledAnswer(text: string): Solution {
  const solved = solveText(text);
  if (solved.choices.length > 0) return solved;
  // Set in API Gateway, a question about watching the API is the chapter's monitoring: rather than abstain (or name CloudTrail
  // or CloudWatch as the area), the tool the stem asks for is chosen. Without API Gateway named, it stays a neighbouring area.
  const { scenario, options } = splitOptions(text);
  if (options.length && isMonitoringQuestion(scenario, options) && servicesNamed(scenario).some((s) => API_GATEWAY_TYPES.includes(s))) {
    const monitored = solveMonitoring(scenario, options);
    if (monitored.choices.length > 0) return monitored;
  }
  return solved;
}

/**
 * The options judged against the facts when one of those chosen turns a clause around (a denial of what the facts say, in
 * nearly their words), in a question that asks for what holds; else undefined. (Other readings of the facts are left to
 * questions about statements: an amount or a name read against the wrong clause would veto a right answer.)
 */
function refutedChoice(scenario: string, question: string, options: readonly Option[], chosen: readonly string[], subject: ServiceId | undefined) {
  const read = judgeOptions(scenario, question, options, subject);
  return !read.wantsFalse && chosen.some((l) => read.judgements.get(l)?.turned) ? read : undefined;
}

function solveText(text: string): Solution {
  const { scenario, options } = splitOptions(text);
  const written = writtenQuestion(scenario);
  // (Only options make the question's services matter: a scenario alone never reads the names.)
  const question = options.length ? withGoal(scenario, written) : written;
  const comparison = options.length ? comparisonIn(question, scenario) : undefined;
  if (comparison) return solveComparison(scenario, question, options, comparison);
  const level = options.length ? askedLevel(question) : undefined;
  const placements = level ? placeOptions(options) : undefined;
  // (When every option sits at the asked level, the question asks which one of them, not where they are kept.)
  const levelled = level && placements ? solveLevels(scenario, question, options, level, placements) : undefined;
  if (levelled && (levelled.choices.length > 0 || !allAtLevel(placements!, level!))) return levelled;
  if (metricOptions(options)) return solveMetrics(scenario, options);
  const listed = options.length ? chooseListedValues(options, scenario, picksAsked(scenario, options)) : undefined;
  if (listed) return solveListed(scenario, options, listed);
  const subject = options.length ? questionSubject(question, scenario) : undefined;
  // (Read once: answered from the facts alone here, or ranking the options the readings below choose.)
  const picked = picksAsked(scenario, options);
  const statements = options.length ? readStatements(scenario, question, options, picked, subject?.service ?? oneTypeNamed(scenario)) : undefined;
  const checked = statements ? answerStatements(scenario, options, picked, subjectNamed(scenario), statements) : undefined;
  if (checked) return checked;
  const { deciding, ...solved } = subject ? solveSubject(scenario, subject, question) : solveScenario(scenario, options.map((o) => o.text));
  if (!subject && answerCount(scenario) === 1 && isArchitectureQuestion(options)) {
    const architecture = chooseArchitecture(options, solved.clues);
    if (architecture.choices.length) return withArchitecture(solved, options, architecture);
  }
  const chosen = chooseOptions({ ...solved, deciding }, options, scenario, (option) => solveScenario(option).service);
  const { pick, scored, margin } = chosen;
  // In a question about statements, what the facts say of each option outranks the services it names.
  // (In any other, an option chosen by its services whose claim the facts refute is not chosen: "Nothing: the cache cannot be encrypted".)
  const vetoing = statements || !options.length ? undefined : refutedChoice(scenario, question, options, chosen.choices, subject?.service ?? oneTypeNamed(scenario));
  const judged = statements ?? vetoing;
  const ranking = judged ? rankStatements(scored, judged.judgements, pick, judged.wantsFalse, chosen.choices) : undefined;
  const choices = ranking ? ranking.choices : chosen.choices;
  const reading = ranking?.changed ? statementsReading(options, judged!.judgements, judged!.wantsFalse) : chosen.reading;
  // Letters chosen without a recommendation of the whole text (each option was read on its own) are never sure.
  const base = solved.service ? solved.confidence : OPTIONS_ALONE_CONFIDENCE;
  const optionsConfidence = ranking?.changed ? (ranking.unsettled ? OPTIONS_ALONE_CONFIDENCE : STATEMENTS_CONFIDENCE) : optionConfidence(pick, margin);
  const namedAnswer = !ranking?.changed && questionNamesAnswer(written, solved.service) ? NAMED_IN_QUESTION_CONFIDENCE : 1;
  const confidence = choices.length ? Math.min(base, optionsConfidence, namedAnswer) : solved.confidence;
  // What the stem says goes wrong, or the figures it gives, outweigh the service the text recommends.
  const fromStem = options.length ? readStem(scenario, options, pick, { choices, confidence }) : undefined;
  if (fromStem) return fromStem;
  // Options no reading above could choose among may be amounts the verified statements give.
  const fromFacts = (chosen.choices.length === 0 || ranking?.changed) && options.length && !solved.outOfScope ? answerFromFacts(scenario, question, options, pick, subjectNamed(scenario)) : undefined;
  if (fromFacts) return fromFacts;
  // A question taken to be about one service's features that no option answers may be about the neighbour its stem describes.
  const neighbour = subject && choices.length === 0 ? solveScenario(scenario, options.map((o) => o.text)) : undefined;
  if (neighbour?.outOfScope) {
    const { deciding: _, ...outside } = neighbour;
    return { ...outside, options: scored, pick, choices: [], choice: null };
  }
  const trace = reading ? [...solved.trace, reading] : solved.trace;
  return { ...solved, trace, confidence, options: scored, pick, choices, choice: choices.length ? choices.join(', ') : null };
}

const OPTIONS_ALONE_CONFIDENCE = 0.6;

/** A question that refers to what was just said: "the points", "Which THREE are supported?". */
const POINTS_BACK = /\b(?:points?|statements?|claims?|arguments?|reasons?)\b|\b(?:are|is)\s+(?:supported|accurate|correct|true|valid|available|offered)\b/i;

/** A question that says nothing but how many ("Which THREE apply?", "Which TWO should the team expect?"): it asks what the sentence before it asks. */
const BARE_QUESTION = /^(?:which|what)(?: (?:one|two|three|four|ones))?(?: of (?:these|them|the following|those))? (?:apply|applies|hold|holds|qualify|qualifies|are they|fit|fits|(?:should|would|will|can|could) (?:the \w+|they|it|we|you) expect)\s*\?/i;

/**
 * A question that names no service ("Which TWO of the points are accurate?", "Which THREE are
 * supported?") asks about what the sentence before it names: the two are read as one question.
 */
function withGoal(scenario: string, question: string): string {
  const bare = BARE_QUESTION.test(question.trim());
  if (!question || !(POINTS_BACK.test(question) || bare) || servicesNamed(question).length > 0) return question;
  const at = scenario.indexOf(question);
  const before = at > 0 ? (scenario.slice(0, at).trim().split(/(?<=[.?!])\s+/).pop() ?? '') : '';
  return before && (bare || servicesNamed(before).length > 0) ? `${before} ${question}` : question;
}

/** The one architecture whose parts meet every need: the recommendation stays, and the trace says how each option was read part by part. */
function withArchitecture(solved: Omit<ScenarioSolution, 'deciding'>, options: Option[], { choices, scored, margin, readings }: { choices: string[]; scored: Solution['options']; margin: number; readings: Map<string, ArchitectureReading> }): Solution {
  const lines = options.map((o) => {
    const r = readings.get(o.letter)!;
    const against = [...r.open.map((label) => `leaves open ${label}`), ...r.faults, ...r.extras.map((label) => `adds ${label}, which nothing asks for`)];
    return `${o.letter} ${against.length ? against.join('; ') : 'meets every need'}`;
  });
  const trace: TraceEntry[] = [...solved.trace, { step: 'architecture', title: 'Each architecture part by part', outcome: 'fired', reason: lines.join(' · '), clues: [] }];
  const confidence = Math.min(solved.service ? solved.confidence : OPTIONS_ALONE_CONFIDENCE, TABLES_CONFIDENCE, optionConfidence(1, margin));
  return { ...solved, trace, confidence, options: scored, pick: 1, choices, choice: choices.join(', ') };
}

/**
 * How sure the choice among the options can be: a clear lead over the next option keeps the
 * recommendation's confidence; a narrow one, or several letters to get all right, lowers it.
 */
function optionConfidence(pick: number, margin: number): number {
  if (pick > 1) return 0.75;
  if (margin >= 6) return 1;
  return margin >= 3 ? 0.75 : 0.6;
}
