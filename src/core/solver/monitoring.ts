import { claimsIn } from './claims.js';
import type { Option } from './types.js';
import { normalize } from './text.js';

/*
 * Questions about watching an API Gateway API, whose options are the monitoring tools: who made a
 * management call (CloudTrail), figures and alarms (CloudWatch metrics), each request's details
 * (access logs), what happened inside a request (execution logs), a request followed through the
 * services behind the API (X-Ray). The stem's needs say which tool; the option naming it is the
 * answer. The fact sheet's monitoring section: mon.cloudtrail, mon.cw-metrics-*, mon.alarms,
 * mon.metrics-automatic, mon.log-types, mon.xray.
 */

export interface Tool {
  id: string;
  label: string;
  fact: string;
  /** How an option names it. */
  names: RegExp;
  /** What a stem asks for that it provides. */
  needs: RegExp;
  /** HTTP APIs do not have it (X-Ray, execution logs). */
  restOnly?: boolean;
}

/** Most specific name first: "CloudWatch access logs" are access logs, not metrics. */
const TOOLS: readonly Tool[] = [
  {
    id: 'cloudtrail',
    label: 'AWS CloudTrail, the record of management calls (who, from where, when)',
    fact: 'mon.cloudtrail',
    names: /\bcloud ?trail\b/,
    needs: /\b(?:which|what|who)\b[^.?!]*\b(?:identity|identities|user|principal|person|role|someone|somebody|administrators?|admins?|engineers?|developers?|employees?|colleagues?|team members?|operators?)\b[^.?!]*\b(?:made|deleted|changed|modified|created|removed|called|did|enabled|disabled|turned (?:on|off)|switched (?:on|off))\b|\bwho\b[^.?!]*\b(?:deleted|changed|modified|created|removed|made|enabled|disabled|turned (?:on|off)|switched (?:on|off))\b|\b(?:deleted|changed|modified|removed)\b[^.?!]*\b(?:which|what) (?:iam )?(?:identity|user|principal)\b|\b(?:audit|management|control plane) (?:trail|events?|api calls?|activity)\b|\b(?:which|what|who)\b[^.?!]*\b(?:identity|identities|user|principal|person|role|account)\b[^.?!]*\b(?:issued|performed|initiated|triggered|executed|ran|carried out|requested)\b (?:the |that |this |a )?(?:\w+ )?(?:deletion|removal|change|modification|update|creation|configuration change|delete|api call)s?\b/,
  },
  {
    id: 'access-logs',
    label: 'access logs, one line per request in a format of your choosing',
    fact: 'mon.log-types',
    names: /\baccess log(?:s|ging)?\b/,
    needs: /\b(?:each|every|all|individual) (?:incoming )?(?:requests?|calls?)\b[^.?!]*\b(?:logged|log|record|recorded|kept|stored|retained|archived|source ip|caller)\b|\b(?:caller|client|source) ip\b[^.?!]*\b(?:each|every|all|individual) (?:incoming )?(?:requests?|calls?)\b|\b(?:log|record|capture|store|keep)\w*\b[^.?!]*\b(?:each|every|all|individual) (?:incoming )?(?:requests?|calls?)\b|\bper (?:request|call)\b[^.?!]*\b(?:records?|logs?|lines?|entr(?:y|ies))\b|\b(?:records?|logs?|lines?|entr(?:y|ies)) (?:for|of|per) (?:each|every) (?:request|call)\b|\b(?:format|layout|fields?) (?:that )?(?:the|its|their|our|your) (?:\w+ )?(?:team|company|developers?|engineers?)? ?(?:defines?|chooses?|picks?|specif(?:y|ies))\b|\b(?:custom|own|chosen|self defined) (?:log )?(?:format|layout)\b/,
  },
  {
    id: 'execution-logs',
    label: 'execution logs, what API Gateway did while handling a request',
    fact: 'mon.log-types',
    names: /\bexecution log(?:s|ging)?\b/,
    needs: /\b(?:debug|troubleshoot|diagnos)\w*\b[^.?!]*\b(?:integration|mapping|authori[sz]er|transformation)\b|\bwhy\b[^.?!]*\b(?:mapping templates?|integration|authori[sz]er|transformation|validation)\b[^.?!]*\b(?:fail\w*|errors?|rejected|breaks?)\b/,
    // HTTP APIs keep access logs only (mon.log-types).
    restOnly: true,
  },
  {
    id: 'xray',
    label: 'AWS X-Ray, a request traced through the services behind the API',
    fact: 'mon.xray',
    names: /\bx ?ray\b/,
    // (A request's time split among three or more parts, or each downstream call: a trace, not the two figures of Latency and IntegrationLatency.)
    needs: /\btrac(?:e|es|ed|ing)\b|\bservice map\b|\bend to end\b|\b(?:each|every) (?:hop|downstream (?:service|call|request|dependency))\b|\b(?:split\w*|divided|broken down|spread) (?:between|among|across) (?:\w+ ){1,3}?\w+, (?:\w+ ){0,3}?\w+,? and\b|\b(?:spends?|spent|takes?|taken)\b[^.?!]*\bin (?:\w+ ){1,3}?\w+, (?:\w+ ){0,3}?\w+,? and \w+/,
    restOnly: true,
  },
  {
    id: 'cloudwatch',
    label: 'Amazon CloudWatch metrics and alarms, sent by API Gateway every minute',
    fact: 'mon.metrics-automatic',
    // CloudWatch Synthetics, RUM and Internet Monitor are services of their own, outside the API's monitoring.
    names: /\bcloud ?watch\b(?! (?:synthetics|rum|internet monitor))/,
    needs: /\b(?:metrics?|dashboards?|alarms?|alert(?:s|ed)?|threshold|request counts?|latency|error rates?|4xx|5xx|per minute|every minute|graphs?|paged|pages?|notif(?:y|ied|ies|ication)|(?:client|server) side errors?)\b|\b(?:more than|over|above|exceeds?) \d+\b[^.?!]*\b(?:errors?|requests?|calls?)\b/,
  },
];

/** A sentence about a tool already in place ("The team already has CloudWatch dashboards"): what it has is not what it now asks for. */
const IN_PLACE = /\balready (?:has|have|had|uses?|using|runs?|keeps?|collects?|watches?|monitors?|gets?|sends?|sets? up|enabled|turned on|looked at|checked)\b/;

/** A sentence about tools nobody turned on ("Nobody enabled logging or tracing beforehand"): what was missing is not what it now asks for either. */
const NEVER_ON = /\b(?:nobody|no one|no|never|not|n't)\b[^.?!]*\b(?:enabled|turned on|switched on|set up|configured|activated)\b/;
const TOOL_WORD = /\b(?:log|logs|logging|tracing|traces|x ray|metrics|monitoring|alarms?)\b/;
/** (A sentence that asks who did something, "Nobody knows who turned on caching", or says what is wanted now, is the need itself.) */
const neverOn = (sentence: string) => NEVER_ON.test(sentence) && TOOL_WORD.test(sentence) && !/\b(?:who|which|what|wants?|needs?|must|should|requires?|asks?)\b/.test(sentence);

/** A sentence that says a tool has been on for a while or was turned on before ("has been sending metrics since launch", "tracing was switched on for the stage"). */
const WAS_ON = /\b(?:has|have|had) been (?:sending|publishing|collecting|writing|recording|emitting|running|enabled|turned on|switched on|active)\b|\b(?:was|were) (?:already )?(?:enabled|turned on|switched on|activated)\b/;
/** A clause of a sentence: up to a comma, a semicolon or a joining word. */
const CLAUSE = /(?:[^,;]+?)(?=[,;]|\b(?:and|but|while|whereas)\b|$)|[,;]|\b(?:and|but|while|whereas)\b/g;
/** (Unless it also asks or wants something: "Which engineer switched it on?" is the need itself.) */
const wasOn = (sentence: string) => WAS_ON.test(sentence) && TOOL_WORD.test(sentence) && !/\b(?:who|which|what|wants?|needs?|must|should|requires?|asks?)\b/.test(sentence);

/** The stem's words that may state a need: sentences about tools already in place are blanked, keeping offsets. */
function askedIn(scenario: string): string {
  const blank = (text: string) => ' '.repeat(text.length);
  // (A tool that was on is blanked clause by clause: "X-Ray was switched on, and the auditors want to know who enabled it" still asks.)
  return normalize(scenario).replace(/[^.?!]+[.?!]?/g, (sentence) => (IN_PLACE.test(sentence) || neverOn(sentence) ? blank(sentence) : sentence.replace(CLAUSE, (clause) => (wasOn(clause) ? blank(clause) : clause))));
}

/** A stem that asks only how to watch the API: every tool the API has meets it. */
const ANY_TOOL = /\b(?:monitor\w*|observ\w*|visibility)\b/;

/** Whether a tool meets what the stem asks: its own job, or, when the stem names no tool's job, watching the API at all. */
const meets = (tool: Tool, norm: string) => tool.needs.test(norm) || (ANY_TOOL.test(norm) && !TOOLS.some((t) => t.needs.test(norm)));

/** The tool an option names, if any. */
export const toolNamed = (option: string): Tool | undefined => {
  const norm = normalize(option);
  return TOOLS.find((t) => t.names.test(norm));
};

/** Options that are monitoring tools, two or more of them, for a stem that asks for at least one tool's job. */
export function isMonitoringQuestion(scenario: string, options: readonly Option[]): boolean {
  const norm = askedIn(scenario);
  const tools = new Set(options.map((o) => toolNamed(o.text)).filter((t) => t !== undefined));
  return tools.size >= 2 && [...tools].some((t) => meets(t, norm));
}

/** An option that pairs a need with a tool ("Finding who deleted a stage: AWS CloudTrail"): the need it states, for that tool alone. */
function pairedNeed(norm: string): string | undefined {
  const [need, tool, ...rest] = norm.split(/:\s+/);
  return tool !== undefined && rest.length === 0 && toolNamed(tool) && !toolNamed(need!) ? need : undefined;
}

/** The two classes of errors API Gateway counts: server-side ones are 5XX, client-side ones 4XX (mon.cw-metrics-rest, mon.cw-metrics-http). */
const ERROR_CLASSES = [
  { metric: /\b5 ?xx(?:error)?s?\b/, said: /\b(?:server|backend)(?: side)? (?:errors?|failures?)\b|\b5 ?xx\b|\b5\d\d (?:errors?|responses?|status)/ },
  { metric: /\b4 ?xx(?:error)?s?\b/, said: /\bclient(?: side)? (?:errors?|failures?)\b|\b4 ?xx\b|\b4\d\d (?:errors?|responses?|status)/ },
];

/** An option that counts the other class of errors than the one the stem asks about ("4XXError" for "server-side errors"). */
const otherErrorClass = (option: string, norm: string) =>
  ERROR_CLASSES.some((c, i) => c.metric.test(option) && !c.said.test(norm) && ERROR_CLASSES[1 - i]!.said.test(norm));

/** A question about which statements hold. */
const STATEMENTS = /\b(?:statements?|claims?)\b/;

/** The points an option naming a tool the stem needs earns; one the API cannot use loses them. */
const MEETS = 6;

/**
 * Each option by the tool it names: the tool meets a need the stem states, or it does not; X-Ray
 * on an HTTP API is something the API does not have.
 */
export function chooseTools(options: readonly Option[], scenario: string, http: boolean, pick: number): { choices: string[]; scores: Map<string, number>; margin: number; lines: string[] } {
  const norm = askedIn(scenario);
  const scores = new Map<string, number>();
  const lines: string[] = [];
  for (const o of options) {
    const tool = toolNamed(o.text);
    // The API the option puts the tool on: the type it names ("Move to a REST API and enable X-Ray"), else the stem's.
    const text = normalize(o.text);
    const onHttp = /\brest apis?\b/.test(text) ? false : http || /\bhttp apis?\b/.test(text);
    const need = pairedNeed(text) ?? norm;
    // What the option says of the tool is checked too: a tool credited with another's job is no answer ("CloudTrail records each request's
    // response time", mon.cloudtrail), and asked which statements hold, one the facts hold is one ("Latency covers IntegrationLatency …").
    const stated = claimsIn(text, null);
    const refuted = stated.includes(false);
    const holds = !refuted && stated.length > 0 && STATEMENTS.test(norm);
    const byTool = !tool ? 0 : tool.restOnly && onHttp ? -MEETS : meets(tool, need) && !otherErrorClass(text, norm) ? MEETS : 0;
    const score = refuted ? -MEETS : holds ? Math.max(byTool, MEETS) : byTool;
    scores.set(o.letter, score);
    const said = refuted ? ', but the facts say it does not do what the option says' : holds ? ', and the facts hold what it says' : '';
    lines.push(`${o.letter} ${!tool ? 'no monitoring tool' : `${tool.label}${tool.restOnly && onHttp ? ', which HTTP APIs do not have' : byTool > 0 ? ': the question asks for it' : ': nothing asks for it'}`}${said}`);
  }
  const ranked = [...options].sort((a, b) => scores.get(b.letter)! - scores.get(a.letter)!);
  const last = ranked[pick - 1];
  const lastScore = last ? scores.get(last.letter)! : 0;
  const margin = lastScore - (ranked[pick] ? scores.get(ranked[pick]!.letter)! : 0);
  const choices = lastScore > 0 && margin > 0 ? ranked.slice(0, pick).map((o) => o.letter).sort() : [];
  return { choices, scores, margin, lines };
}
