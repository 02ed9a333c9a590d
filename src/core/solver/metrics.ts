import { typesNamed } from './api-type-names.js';
import { questionSpan } from './clues.js';
import { factIndex, oncePerIndex, type FactIndex } from './fact-index.js';
import { normalize } from './text.js';
import { CONTRASTED } from './set-aside.js';
import type { Option, ServiceId, SolvedOption } from './types.js';

/*
 * Questions whose options are the CloudWatch metrics API Gateway sends ("Which TWO metrics should be
 * compared?"). Each metric is known by what it measures; the answers are the metrics whose
 * measure the question's words describe.
 */

interface Metric {
  name: string;
  /** What it measures, for the trace. */
  measures: string;
  /** Words of a question that ask for this measure. */
  topics: RegExp;
}

/**
 * An HTTP status code of one class, written as a code ("HTTP 429", "429 Too Many Requests", "returns 503"), not
 * a count that looks like one ("400 requests per second").
 */
function statusCode(first: '4' | '5'): string {
  const code = String.raw`${first}\d\d`;
  return String.raw`(?:(?:https?|status|code|error|errors|with|an?|returns?|returned|returning|gets?|got|receives?|received|sees?|saw) ${code}(?! (?:requests?|calls?|per|ms|milliseconds?|seconds?|kb|mb|gb|users?|clients?|callers?)\b)|${code}(?= (?:too many|not found|forbidden|unauthori[sz]ed|bad (?:request|gateway)|internal|service unavailable|gateway time|errors?|responses?|status|codes?|repl(?:y|ies))\b))`;
}

const METRICS: readonly Metric[] = [
  { name: 'IntegrationLatency', measures: 'the time the backend takes', topics: /\b(?:backend|integration|lambda function|downstream|origin server|behind (?:the |its )?(?:api|gateway))\b/g },
  { name: 'Latency', measures: 'the whole time from request to response, API Gateway\'s own share included', topics: /\b(?:slow|latency|response times?|end to end|whole (?:request|time)|total time|api gateway itself|overhead)\b/g },
  { name: 'CacheHitCount', measures: 'requests served from the stage cache', topics: /\b(?:cache (?:hits?|serves|answers)|served from (?:the )?cache|cach[a-z]* (?:works|effective[a-z]*|efficien[a-z]*)|(?:effective[a-z]*|efficien[a-z]*|how well) (?:of )?(?:the |its |a )?(?:stage |api )?cach[a-z]*)\b/g },
  { name: 'CacheMissCount', measures: 'requests the stage cache could not serve', topics: /\b(?:cache miss(?:es)?|not (?:served|found) in (?:the )?cache|cach[a-z]* (?:works|effective[a-z]*|efficien[a-z]*)|(?:effective[a-z]*|efficien[a-z]*|how well) (?:of )?(?:the |its |a )?(?:stage |api )?cach[a-z]*)\b/g },
  { name: 'ConnectCount', measures: 'WebSocket connections opened', topics: /\b(?:connections? (?:opened|made)|new connections?|connect(?:s|ing)?|join(?:s|ed|ing)?|open(?:s|ing)? (?:a |an |their |its )?(?:\w+ )?connections?)\b/g },
  { name: 'MessageCount', measures: 'WebSocket messages sent and received', topics: /\bmessages?\b/g },
  { name: 'Count', measures: 'the number of requests', topics: /\b(?:how many (?:requests|calls)|(?:requests?|calls?|traffic) (?:counts?|volume)|number of (?:requests|calls)|request counts?)\b/g },
  { name: '4XXError', measures: 'client-side errors (4xx)', topics: new RegExp(String.raw`\b(?:4xx|${statusCode('4')}|client (?:side )?errors?|(?:by|from) (?:the |its )?clients?|malformed|bad requests?|caller errors?|unauthori[sz]ed|forbidden|not found|throttl(?:ed|ing)|too many requests|rate limited|(?:turn|turns|turned|turning) (?:\w+ ){0,3}away|(?:rejected|refused|denied) (?:calls?|requests?))\b`, 'g') },
  { name: '5XXError', measures: 'server-side errors (5xx)', topics: new RegExp(String.raw`\b(?:5xx|${statusCode('5')}|server (?:side )?errors?|(?:on|at) the server(?: side)?|internal errors?|backend (?:errors?|failures?)|bad gateway|service unavailable|gateway time\s*outs?)\b`, 'g') },
  // WebSocket APIs' own error counts (mon.cw-metrics-ws): known by name, so a question mixing them in stays one about metrics.
  { name: 'IntegrationError', measures: 'errors returned by the integration (WebSocket APIs)', topics: /\bintegration errors?\b/g },
  { name: 'ClientError', measures: 'errors caused by clients (WebSocket APIs)', topics: /\bclient errors?\b/g },
  { name: 'ExecutionError', measures: 'errors while calling the integration (WebSocket APIs)', topics: /\bexecution errors?\b/g },
  { name: 'DataProcessed', measures: 'the amount of data processed (HTTP APIs)', topics: /\b(?:data processed|bytes|payload volume|amount of data)\b/g },
];

/** A measure no question about API Gateway asks for. */
const NEVER_ASKED = /(?!)/g;

/**
 * Metrics other services send, which exam options mix in among API Gateway's ("TargetResponseTime"
 * beside "IntegrationLatency"): known by name, so the question stays one about metrics, never chosen.
 */
const NEIGHBOUR_METRICS: readonly Metric[] = [
  ...['TargetResponseTime', 'RequestCount', 'HealthyHostCount', 'UnHealthyHostCount', 'ActiveConnectionCount', 'HTTPCode_Target_5XX_Count', 'HTTPCode_Target_4XX_Count'].map((name) => ({ name, measures: 'an Application Load Balancer metric, which API Gateway does not send', topics: NEVER_ASKED })),
  ...['OriginLatency', 'CacheHitRate', 'TotalErrorRate', 'BytesDownloaded'].map((name) => ({ name, measures: 'an Amazon CloudFront metric, which API Gateway does not send', topics: NEVER_ASKED })),
];

const bareName = (text: string) => text.trim().replace(/\.$/, '').replace(/\s+/g, '').toLowerCase();

/** An option that is a metric's name and nothing more ("IntegrationLatency", "4XXError", "5xx"). */
export function metricNamed(text: string): Metric | undefined {
  const bare = bareName(text);
  const alias = bare === '4xx' ? '4xxerror' : bare === '5xx' ? '5xxerror' : bare;
  return METRICS.find((m) => m.name.toLowerCase() === alias) ?? NEIGHBOUR_METRICS.find((m) => m.name.toLowerCase() === bare);
}

const isNeighbourMetric = (text: string) => NEIGHBOUR_METRICS.some((m) => m.name.toLowerCase() === bareName(text));

/** Every option is a metric's name, most of them API Gateway's: then the question asks which metrics, whatever its wording. */
export const metricOptions = (options: readonly Option[]): boolean =>
  options.length > 1 && options.every((o) => metricNamed(o.text)) && options.filter((o) => isNeighbourMetric(o.text)).length * 2 < options.length;

/** A metric the stem names as already watched ("the Latency metric has risen"): a given, not what is asked. */
const NAMED_METRIC = new RegExp(String.raw`\b(?:${METRICS.map((m) => m.name.toLowerCase()).join('|')}) metrics?\b`, 'g');

/** The stem's words that describe the measure it asks for: without the metrics it already watches and what it sets aside. */
const measureAsked = (norm: string) => norm.replace(NAMED_METRIC, ' ').replace(CONTRASTED, ' ');

/** A sentence that says what a metric must show ("wants the metric that shows …", "an alarm when …", "wants to know how long …"): it asks, like the question. */
const SAYS_MEASURE = /\b(?:metrics?|alarms?|graphs?|charts?|dashboards?|how (?:long|much|many|often)|wants? to (?:know|see|track|measure|monitor|find out|be alerted))\b/;

/** The question sentence and the sentences that say what the metric must show: the case around them only sets the scene. */
function askedSentences(scenario: string): string {
  const span = questionSpan(scenario);
  const before = span ? scenario.slice(0, span.start) : scenario;
  const wanting = before.split(/(?<=[.!?])\s+/).filter((sentence) => SAYS_MEASURE.test(normalize(sentence)));
  return [...wanting, span ? scenario.slice(span.start, span.end) : ''].join(' ');
}

/** Metrics the statements list only for API types other than the one the stem names (IntegrationError of a REST API): never the answer. */
function ofOtherType(metric: Metric, scenario: string, index: FactIndex): boolean {
  const named = typesNamed(normalize(scenario));
  const listed = metricTypes(index).get(metric.name);
  return named.length === 1 && listed !== undefined && !listed.has(named[0]!);
}

const count = (pattern: RegExp, text: string) => (text.match(pattern) ?? []).length;

/** The API types each metric is listed for, read from the statements that list one type's metrics ("WebSocket API metrics are ConnectCount, …"). */
const metricTypes = oncePerIndex((index: FactIndex): Map<string, Set<ServiceId>> => {
  const types = new Map<string, Set<ServiceId>>();
  for (const fact of index.facts) {
    const norm = normalize(fact.statement);
    const listFor = /^(.*?)\bmetrics\b/.exec(norm);
    const named = listFor ? typesNamed(listFor[1]!) : [];
    if (named.length !== 1) continue;
    for (const word of fact.statement.split(/[^A-Za-z0-9]+/)) {
      const metric = metricNamed(word);
      if (metric) types.set(metric.name, (types.get(metric.name) ?? new Set()).add(named[0]!));
    }
  }
  return types;
});

/** "Which is NOT a metric …", "… EXCEPT", "Which is not among …?": it asks for the metrics the API type lacks. */
const ASKS_NOT_LISTED = /\bNOT\b|\bEXCEPT\b|\b(?:is|are) not\b[^.?!]*\?/;

/** For a question on which metrics one API type lacks: the options whose metric the statements never list for it, when they are as many as it asks for. */
function metricsNotListed(options: readonly Option[], scenario: string, pick: number, index: FactIndex): string[] {
  const named = typesNamed(normalize(scenario));
  if (!ASKS_NOT_LISTED.test(scenario) || named.length !== 1) return [];
  const types = metricTypes(index);
  const lacking = options.filter((o) => isNeighbourMetric(o.text) || !(types.get(metricNamed(o.text)!.name)?.has(named[0]!) ?? true));
  return lacking.length === pick ? lacking.map((o) => o.letter) : [];
}

/** The metrics the question's words describe, as many as it asks for; none when the last chosen ties with the next. */
export function chooseMetrics(options: readonly Option[], scenario: string, pick: number, index: FactIndex = factIndex()): { choices: string[]; scored: SolvedOption[]; margin: number; lines: string[] } {
  const notListed = metricsNotListed(options, scenario, pick, index);
  if (notListed.length > 0) {
    const scored = options.map((o): SolvedOption => ({ ...o, services: [], score: notListed.includes(o.letter) ? 1 : 0 }));
    const lines = options.map((o) => `${o.letter} ${metricNamed(o.text)!.name}${notListed.includes(o.letter) ? ': not listed for the API type the question names' : ''}`);
    return { choices: notListed, scored, margin: 1, lines };
  }
  const norm = measureAsked(normalize(scenario));
  // The question sentence says what is measured; the case around it only sets the scene ("sees slow responses … which metric shows the backend's time?").
  const asked = measureAsked(normalize(askedSentences(scenario)));
  const scoreOf = (metric: Metric) => (ofOtherType(metric, scenario, index) ? 0 : count(metric.topics, norm) + count(metric.topics, asked));
  const scored = options.map((o): SolvedOption => ({ ...o, services: [], score: scoreOf(metricNamed(o.text)!) }));
  const lines = options.map((o) => {
    const m = metricNamed(o.text)!;
    return `${o.letter} ${m.name}: ${m.measures}${scored.find((s) => s.letter === o.letter)!.score ? ', which the question asks about' : ''}`;
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const last = ranked[pick - 1];
  const margin = last ? last.score - (ranked[pick]?.score ?? 0) : 0;
  if (!last || last.score === 0 || margin === 0) return { choices: [], scored, margin: 0, lines };
  return { choices: ranked.slice(0, pick).map((o) => o.letter).sort(), scored, margin, lines };
}

/** The API types each metric is listed for, by the name as the statement writes it ("4xx" for HTTP APIs, "4XXError" for REST APIs). */
const writtenTypes = oncePerIndex((index: FactIndex): Map<string, Set<ServiceId>> => {
  const types = new Map<string, Set<ServiceId>>();
  for (const fact of index.facts) {
    const listFor = /^(.*?)\bmetrics\b/.exec(normalize(fact.statement));
    const named = listFor ? typesNamed(listFor[1]!) : [];
    if (named.length !== 1) continue;
    for (const word of fact.statement.split(/[^A-Za-z0-9]+/)) if (metricNamed(word)) types.set(word.toLowerCase(), (types.get(word.toLowerCase()) ?? new Set()).add(named[0]!));
  }
  return types;
});

/** The metric names a statement writes, as written: as named ("IntegrationLatency", "4XXError"), or a plain word ("Count", "4xx") beside "metric". */
function metricsWritten(text: string): string[] {
  const plainAllowed = /\bmetrics?\b/i.test(text);
  const found = text.split(/[^A-Za-z0-9]+/).filter((word) => {
    const metric = metricNamed(word);
    if (!metric || metric.topics === NEVER_ASKED) return false;
    if (/^[45]xx$/i.test(word)) return plainAllowed;
    return word === metric.name && (/[A-Z].*[A-Z]|\d/.test(metric.name) || plainAllowed);
  });
  return [...new Map(found.map((w) => [w.toLowerCase(), w])).values()];
}

/**
 * A metric claimed for an API type whose statement lists its metrics without it ("WebSocket APIs publish a 4XXError metric"
 * against the WebSocket list, "HTTP APIs report 4XXError" against their "4xx"): the type and the name it lacks; undefined when
 * every one is listed for it.
 */
export function metricNotOfType(text: string, types: readonly ServiceId[], index: FactIndex = factIndex()): { metric: string; type: ServiceId } | undefined {
  if (types.length !== 1) return undefined;
  const listed = writtenTypes(index);
  if (![...listed.values()].some((t) => t.has(types[0]!))) return undefined;
  const lacking = metricsWritten(text).find((m) => listed.has(m.toLowerCase()) && !listed.get(m.toLowerCase())!.has(types[0]!));
  return lacking ? { metric: lacking, type: types[0]! } : undefined;
}

/** Words that only say a metric is sent, around its name and the API type's. */
const SENDS_ONLY = /\b(?:amazon|api gateway|rest|http|web ?socket|apis?|publish(?:es)?|reports?|sends?|emits?|provides?|offers?|has|have|includes?|(?:cloudwatch )?metrics?|(?:to|in|into) (?:amazon )?cloudwatch|the|an?|and|both|also|its|their|named|called)\b/g;

/**
 * Metrics claimed for one API type that its statement lists, said with no more than that they are sent ("HTTP APIs publish a
 * DataProcessed metric"): the list bears the statement out.
 */
export function metricsOfType(text: string, types: readonly ServiceId[], index: FactIndex = factIndex()): boolean {
  const written = metricsWritten(text);
  if (types.length !== 1 || written.length === 0) return false;
  const listed = writtenTypes(index);
  if (!written.every((m) => listed.get(m.toLowerCase())?.has(types[0]!))) return false;
  let rest = normalize(text);
  for (const m of written) rest = rest.replace(new RegExp(`\\b${m.toLowerCase()}\\b`, 'g'), ' ');
  return rest.replace(SENDS_ONLY, ' ').replace(/[^a-z]+/g, '') === '';
}
