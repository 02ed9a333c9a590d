import type { Option } from './types.js';
import { normalize } from './text.js';
import type { SolvedOption } from './types.js';

/*
 * Questions that ask where a setting lives ("Which THREE can be configured for an individual
 * stage of a REST API?"). The options are settings, not services: each is placed at the level
 * API Gateway keeps it (a stage, a method or route, the API, the account in a Region, or a VPC),
 * and the answers are the options kept at the level the question asks about.
 */

export type Level = 'stage' | 'method' | 'api' | 'account' | 'vpc';

const LEVEL_NAMES: Record<Level, string> = {
  stage: 'each stage',
  method: 'each method or route',
  api: 'the API as a whole',
  account: 'the account, once per Region',
  vpc: 'the VPC, outside the API',
};

/** How a question names a level it asks about: "for an individual stage", "stage-level", "per method". */
const ASKED: readonly { level: Level; pattern: RegExp }[] = [
  { level: 'stage', pattern: /\b(?:stage level|per stage|(?:each|every|an? (?:individual|single|given|specific|particular)|one) stage|(?:by|on|for|in) (?:the |a )?stage\b(?! variables?))/ },
  { level: 'method', pattern: /\b(?:method level|route level|per (?:method|route)|(?:each|every|an? (?:individual|single|given|specific|particular)|one) (?:method|route))\b/ },
  { level: 'account', pattern: /\b(?:account level|per account|(?:each|every|an?|one) (?:aws )?account(?: and region)?)\b(?! id)/ },
];

/** Words that make the question one about settings rather than about choosing a service. */
const SETTING = /\b(?:configur[a-z]*|set(?:tings?)?|enabled?|turn(?:ed)? on|appl(?:y|ies|ied)|defined?|overrid[a-z]*|adjust[a-z]*|controlled?)\b/;

/**
 * Where API Gateway keeps each setting. More specific wording first: "the account-level throttle
 * quota" is the account's before "throttling" is the stage's. A setting kept on a stage that a
 * method can override (throttling, caching) counts for both.
 */
const SETTINGS: readonly { label: string; pattern: RegExp; levels: readonly Level[] }[] = [
  { label: 'the CloudWatch Logs role ARN', pattern: /\b(?:cloudwatch (?:logs? )?role|role arn|log(?:ging)? role)\b/, levels: ['account'] },
  { label: 'the account throttle quota', pattern: /\b(?:account (?:level |wide )?(?:throttl[a-z]*|quota|limit)|(?:throttl[a-z]*|quota|limit)s? (?:for|of|across) (?:the |an? )?(?:whole |entire )?account|per account|regional (?:throttl[a-z]*|quota)|10,?000 (?:requests|rps))\b/, levels: ['account'] },
  { label: 'an interface VPC endpoint', pattern: /\b(?:interface )?vpc endpoints?\b/, levels: ['vpc'] },
  { label: 'the endpoint type', pattern: /\b(?:endpoint type|edge optimi[sz]ed|regional endpoint|private endpoint|(?:the )?api endpoint configuration)\b/, levels: ['api'] },
  { label: 'a resource policy', pattern: /\bresource polic(?:y|ies)\b/, levels: ['api'] },
  { label: 'a custom domain name', pattern: /\bcustom domain(?: names?)?\b/, levels: ['account'] },
  { label: 'binary media types', pattern: /\bbinary media types?\b/, levels: ['api'] },
  { label: 'models and request validation', pattern: /\b(?:request validat[a-z]*|models?|json schema)\b/, levels: ['method'] },
  { label: 'an authorizer', pattern: /\b(?:authori[sz](?:er|ers|ation)|api keys? required|require[sd]? (?:an )?api keys?)\b/, levels: ['method'] },
  { label: 'a mapping template or integration', pattern: /\b(?:mapping templates?|integration (?:type|request|response|timeout))\b/, levels: ['method'] },
  { label: 'throttling limits', pattern: /\b(?:throttl[a-z]*|rate limits?|burst limits?)\b/, levels: ['stage', 'method'] },
  { label: 'caching', pattern: /\b(?:cach[a-z]*|ttl)\b/, levels: ['stage', 'method'] },
  { label: 'logging, metrics and tracing', pattern: /\b(?:log(?:s|ging)?|x ray|tracing|trace|detailed (?:cloudwatch )?metrics)\b/, levels: ['stage'] },
  { label: 'stage variables', pattern: /\bstage variables?\b/, levels: ['stage'] },
  { label: 'a canary release', pattern: /\bcanary\b/, levels: ['stage'] },
  { label: 'a client certificate for the backend', pattern: /\bclient (?:side )?certificates?\b/, levels: ['stage'] },
  { label: 'an AWS WAF web ACL', pattern: /\b(?:waf|web acl)\b/, levels: ['stage'] },
];

/** The level a question asks about, when it asks which settings are kept there. */
export function askedLevel(question: string): Level | undefined {
  const norm = normalize(question);
  if (!SETTING.test(norm)) return undefined;
  return ASKED.find((a) => a.pattern.test(norm))?.level;
}

export interface Placement {
  label: string;
  levels: readonly Level[];
}

/** Where the setting an option names is kept; undefined for a setting the table does not know. */
export function placeSetting(text: string): Placement | undefined {
  const norm = normalize(text);
  return SETTINGS.find((s) => s.pattern.test(norm));
}

export const levelName = (level: Level) => LEVEL_NAMES[level];

/** Points of an option kept at the asked level, or elsewhere. */
const AT_LEVEL = 6;

/** Every option placed at a level; undefined when one names a setting the table does not know (then the options are not settings). */
export function placeOptions(options: readonly Option[]): Map<string, Placement> | undefined {
  const placements = new Map<string, Placement>();
  for (const o of options) {
    const placed = placeSetting(o.text);
    if (!placed) return undefined;
    placements.set(o.letter, placed);
  }
  return placements;
}

/**
 * The options kept at the asked level, as many as the question asks for; none when a different
 * number of options is kept there (then the table does not settle it).
 */
export function chooseSettings(options: readonly Option[], placements: ReadonlyMap<string, Placement>, level: Level, pick: number): { choices: string[]; scored: SolvedOption[] } {
  const scored = options.map((o): SolvedOption => ({ ...o, services: [], score: placements.get(o.letter)!.levels.includes(level) ? AT_LEVEL : -AT_LEVEL }));
  const kept = scored.filter((o) => o.score > 0);
  return { choices: kept.length === pick ? kept.map((o) => o.letter).sort() : [], scored };
}

/** Every option is kept at the asked level: then the question asks which of them, and where they are kept cannot tell them apart. */
export const allAtLevel = (placements: ReadonlyMap<string, Placement>, level: Level): boolean => [...placements.values()].every((p) => p.levels.includes(level));
