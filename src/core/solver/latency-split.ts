import type { Option } from './types.js';
import { quantitiesIn } from './quantities.js';
import { normalize } from './text.js';

/*
 * A stem that gives an API's Latency and IntegrationLatency, and options that say what the figures
 * mean. Latency is the whole time from request to response and includes IntegrationLatency, the
 * backend's time; the difference is API Gateway's own share (mon.cw-metrics-rest). Options that say
 * where most of the time goes, or how long one side takes, are checked against the two figures;
 * options about anything else (throttling, the cache) are not what these metrics measure.
 */

export interface LatencySplit {
  /** Seconds: the whole request, and the backend's part of it. */
  total: number;
  backend: number;
}

type Side = 'gateway' | 'backend';

const INTEGRATION_LATENCY = /\bintegration ?latency\b/g;
/** How far before an amount its metric's name may stand ("IntegrationLatency metric averages 850 ms"). */
const NAME_REACH = 40;

const SIDES: Record<Side, RegExp> = {
  gateway: /\b(?:api gateway|the gateway|gateway's)\b/g,
  backend: /\b(?:backend|integration|lambda|function|downstream|origin|database)\b/g,
};

/** Where the last of these matches before a position starts, or -1. */
function lastBefore(pattern: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index;
  return at;
}

/** The two figures the stem gives, when it gives both. */
export function readLatencySplit(scenario: string): LatencySplit | undefined {
  const norm = normalize(scenario);
  let total: number | undefined;
  let backend: number | undefined;
  for (const q of quantitiesIn(norm)) {
    if (q.measure !== 'time') continue;
    const before = norm.slice(Math.max(0, q.start - NAME_REACH), q.start);
    const integration = lastBefore(INTEGRATION_LATENCY, before);
    const whole = lastBefore(/\blatency\b/g, before.replace(INTEGRATION_LATENCY, (m) => '#'.repeat(m.length)));
    if (integration < 0 && whole < 0) continue;
    if (integration > whole) backend ??= q.value;
    else total ??= q.value;
  }
  return total !== undefined && backend !== undefined && backend <= total ? { total, backend } : undefined;
}

/** The side a stretch of an option names last, if any. */
function sideIn(text: string): Side | undefined {
  const gateway = lastBefore(SIDES.gateway, text);
  const backend = lastBefore(SIDES.backend, text);
  if (gateway < 0 && backend < 0) return undefined;
  return gateway > backend ? 'gateway' : 'backend';
}

/** "Most" of something counted, not timed ("most calls", "the majority of requests"): no share of the time. */
const OF_A_COUNT = /^(?:most|majority|bulk|nearly all|almost all)\s+(?:of\s+)?(?:(?:the|its|their|these|all)\s+)?(?:calls?|requests?|traffic|callers?|clients?|users?|responses?|messages?|invocations?)\b(?! (?:times?|latency|delays?|durations?)\b)/;

/** The side an option says takes most of the time: named after "most" ("most of it is spent in the backend"), else before it ("the backend takes most"). */
function mostOn(norm: string): Side | undefined {
  const most = [...norm.matchAll(/\b(?:most|majority|bulk|nearly all|almost all)\b/g)].find((m) => !OF_A_COUNT.test(norm.slice(m.index)));
  if (!most) return undefined;
  const after = norm.slice(most.index);
  const first = (['gateway', 'backend'] as const).map((side) => ({ side, at: after.search(new RegExp(SIDES[side].source)) })).filter((s) => s.at >= 0).sort((a, b) => a.at - b.at)[0];
  return first?.side ?? sideIn(norm.slice(0, most.index));
}

/** Two amounts agree when they differ by at most a tenth or 10 ms. */
const agrees = (claimed: number, actual: number) => Math.abs(claimed - actual) <= Math.max(0.01, actual * 0.1);

/** True, false, or undefined when the option says nothing the two figures settle. */
export function judgeLatencyClaim(option: string, split: LatencySplit): boolean | undefined {
  const norm = normalize(option);
  const share = { gateway: split.total - split.backend, backend: split.backend };
  const most = mostOn(norm);
  if (most) return share[most] > share[most === 'gateway' ? 'backend' : 'gateway'];
  for (const q of quantitiesIn(norm)) {
    if (q.measure !== 'time') continue;
    const side = sideIn(norm.slice(0, q.start));
    if (side) return agrees(q.value, share[side]);
  }
  return undefined;
}

/** The points a statement the figures confirm earns, and one they refute loses. */
const SETTLED = 6;

/** The options the two figures confirm, when as many as asked for; undefined when the stem gives no such figures. */
export function chooseByLatencySplit(options: readonly Option[], scenario: string, pick: number): { choices: string[]; scores: Map<string, number>; lines: string[] } | undefined {
  const split = readLatencySplit(scenario);
  if (!split) return undefined;
  const ms = (s: number) => `${Math.round(s * 1000)} ms`;
  const scores = new Map<string, number>();
  const lines = options.map((o) => {
    const verdict = judgeLatencyClaim(o.text, split);
    scores.set(o.letter, verdict === undefined ? 0 : verdict ? SETTLED : -SETTLED);
    return `${o.letter} ${verdict === undefined ? 'not what Latency and IntegrationLatency measure' : verdict ? 'agrees with the figures' : 'contradicts the figures'}`;
  });
  const chosen = options.filter((o) => scores.get(o.letter)! > 0);
  if (chosen.length !== pick) return undefined;
  return { choices: chosen.map((o) => o.letter).sort(), scores, lines: [`Latency ${ms(split.total)} includes IntegrationLatency ${ms(split.backend)} (the backend), so API Gateway's own share is ${ms(split.total - split.backend)}`, ...lines] };
}
