import { typesNamed } from './api-type-names.js';
import type { Option } from './types.js';
import { normalize } from './text.js';
import type { ServiceId } from './types.js';

/*
 * Questions whose options are ways for an API method to reach its backend: each integration type
 * reaches one kind of target (int.aws-service, int.http, int.vpc-link-console, int.vpc-link-v2,
 * int.mock, int.lambda-proxy). The target the stem states (a DynamoDB table or SQS queue, a
 * public web service, a load balancer with no public address, no backend at all) chooses the
 * integration; a stem that wants no function or compute in the path rules out a Lambda one.
 */

interface Integration {
  id: string;
  label: string;
  fact: string;
  /** How an option names it. */
  names: RegExp;
  /** The target a stem states that only it reaches. */
  reaches?: RegExp;
  /** The API types that do not offer it. */
  missingFrom?: readonly ServiceId[];
}

/** Most specific name first: "a private integration over a VPC link" is not an HTTP one. An option may also be the bare type name (MOCK, HTTP, HTTP_PROXY, AWS, AWS_PROXY). */
const INTEGRATIONS: readonly Integration[] = [
  {
    id: 'private',
    label: 'a private integration through a VPC link, to resources with no public address',
    fact: 'int.vpc-link-v2',
    names: /\bprivate integrations?\b|\bvpc links?\b/,
    reaches: /\b(?:internal|private)\b[^.?!]*\b(?:load balancers?|albs?|nlbs?|subnets?)\b|\b(?:load balancers?|albs?|nlbs?|services?|servers?)\b[^.?!]*\b(?:private subnets?|no public (?:address|ip|endpoint)|not (?:reachable|exposed) (?:from|to) the internet)\b/,
  },
  {
    id: 'lambda',
    label: 'a Lambda integration, which puts a function in the request path',
    fact: 'int.lambda-proxy',
    names: /\blambda (?:proxy |non proxy |custom )?integrations?\b|\blambda functions?\b|^\s*aws proxy\.?\s*$/,
  },
  {
    id: 'aws-service',
    label: 'an AWS service integration, calling a service action directly',
    fact: 'int.aws-service',
    names: /\baws service integrations?\b|\baws (?:integration|integration type)\b|^\s*aws\.?\s*$/,
    reaches: /\b(?:writ|put|send|stor|sav|add|insert|publish|enqueu|post)\w*\b[^.?!]*\b(?:dynamodb|sqs|sns|kinesis|step functions|eventbridge)\b/,
  },
  {
    id: 'http',
    label: 'an HTTP integration, forwarding to a public HTTP endpoint',
    fact: 'int.http',
    names: /\bhttp (?:proxy |custom )?integrations?\b|\bhttp_proxy\b|^\s*http(?: proxy)?\.?\s*$/,
    reaches: /\b(?:public|external|third party|partner'?s?|on premises)\b[^.?!]*\b(?:web services?|http endpoints?|websites?|web apps?|urls?|https? apis?|servers?)\b/,
  },
  {
    id: 'mock',
    label: 'a mock integration, which calls no backend at all',
    fact: 'int.mock',
    names: /\bmock (?:integrations?|responses?)\b|^\s*mock\.?\s*$/,
    reaches: /\b(?:no backend (?:yet|exists|at all)|before (?:the )?backend (?:exists|is (?:built|ready))|(?:fixed|canned|hard ?coded|sample) (?:responses?|json|data))\b/,
    missingFrom: ['apigw-http'],
  },
];

/** "Which TWO integrations can the API use?", "Which integration types does a REST API support?". */
const ASKS_WHICH_INTEGRATIONS = /\b(?:which|what)\b[^?]*\bintegrations?(?: types?)?\b[^?]*\b(?:can|could|does|do|is|are|supports?|supported|offers?|available)\b[^?]*\?/;

/** A stem that wants no function or other compute between the API and the backend. */
const NO_COMPUTE = /\b(?:no|without (?:a |any )?(?:adding )?(?:any )?)(?:lambda(?: functions?| code)?|compute|code|servers?)\b(?! of (?:its|their) own\b)|\bwithout (?:adding |writing )?(?:any )?(?:lambda|compute|code)\b/;

/** The integration an option names, if any. */
const integrationNamed = (option: string): Integration | undefined => {
  const norm = normalize(option);
  return INTEGRATIONS.find((i) => i.names.test(norm));
};

/** The points an option naming the integration the stem's target calls for earns; one the stem rules out loses them. */
const FITS = 6;

/**
 * A question whose options name two integration types or more: each option earns by whether its
 * integration reaches the target the stem states, and loses when it puts a function in a path
 * the stem wants free of compute. Nothing when the stem states no target.
 */
export function chooseIntegrations(options: readonly Option[], scenario: string, pick: number): { choices: string[]; scores: Map<string, number>; lines: string[] } | undefined {
  const named = new Set(options.map((o) => integrationNamed(o.text)).filter((i) => i !== undefined));
  if (named.size < 2) return undefined;
  const norm = normalize(scenario);
  // The target is the stem's, or the one an option pairs with its integration ("an AWS service integration that sends to SQS").
  const targetOf = (o: Option) => `${norm} ${normalize(o.text)}`;
  const questionSentence = norm.split(/(?<=[.?!])\s+/).filter((sentence) => sentence.includes('?')).pop();
  const kinds = questionSentence !== undefined && ASKS_WHICH_INTEGRATIONS.test(questionSentence);
  if (!kinds && !options.some((o) => INTEGRATIONS.some((i) => i.reaches?.test(targetOf(o))))) return undefined;
  const noCompute = NO_COMPUTE.test(norm);
  // The API type the question sentence asks about, when it names one.
  const asked = typesNamed(questionSentence ?? norm);
  const byTarget = scoreByTarget(options, pick, { targetOf, noCompute, asked });
  if (byTarget || !kinds) return byTarget;
  return scoreByKind(options, pick, asked.length ? asked : typesNamed(norm));
}

/**
 * "Which TWO integrations can the API use?": with no target to reach, each option is either an
 * integration the API offers (int.rest-types and the integrations above) or something that is
 * none ("a direct SQL connection", "a raw UDP socket").
 */
function scoreByKind(options: readonly Option[], pick: number, types: readonly ServiceId[]): { choices: string[]; scores: Map<string, number>; lines: string[] } | undefined {
  const scores = new Map<string, number>();
  const lines = options.map((o) => {
    const integration = integrationNamed(o.text);
    const missing = types.length === 1 && integration?.missingFrom?.includes(types[0]!) === true;
    scores.set(o.letter, integration && !missing ? FITS : -FITS);
    return `${o.letter} ${!integration ? 'names no integration the API offers' : `${integration.label} (${integration.fact})${missing ? `: ${types[0]} does not offer it` : ''}`}`;
  });
  const chosen = options.filter((o) => scores.get(o.letter)! > 0);
  if (chosen.length !== pick) return undefined;
  return { choices: chosen.map((o) => o.letter).sort(), scores, lines };
}

/** Each option by whether its integration reaches the target the stem (or the option itself) states. */
function scoreByTarget(options: readonly Option[], pick: number, { targetOf, noCompute, asked }: { targetOf: (o: Option) => string; noCompute: boolean; asked: readonly ServiceId[] }): { choices: string[]; scores: Map<string, number>; lines: string[] } | undefined {
  const scores = new Map<string, number>();
  const lines: string[] = [];
  for (const o of options) {
    const integration = integrationNamed(o.text);
    const missing = asked.length === 1 && integration?.missingFrom?.includes(asked[0]!) === true;
    const ruledOut = missing || (integration?.id === 'lambda' && noCompute);
    const fits = !ruledOut && integration?.reaches?.test(targetOf(o)) === true;
    scores.set(o.letter, ruledOut ? -FITS : fits ? FITS : 0);
    lines.push(`${o.letter} ${!integration ? 'names no integration' : `${integration.label} (${integration.fact})${missing ? `: ${asked[0]} does not offer it` : ruledOut ? ': the question wants no function in the path' : fits ? ': it reaches the target the question states' : ': the question states no target it alone reaches'}`}`);
  }
  const chosen = options.filter((o) => scores.get(o.letter)! > 0);
  if (chosen.length !== pick) return undefined;
  return { choices: chosen.map((o) => o.letter).sort(), scores, lines };
}
