import type { Option } from './types.js';
import { normalize } from './text.js';

/*
 * "Which change does NOT require a new deployment of the API?": a change to the API's own
 * configuration (resources, methods, routes, integrations, authorizers, models) reaches a stage only
 * when the API is deployed again (deploy.redeploy), while a change to the backend behind it (the
 * Lambda function's code, memory or timeout) takes effect at once (deploy.lambda-config-no-redeploy).
 */

/** The question asks which change needs, or does not need, the API deployed again. */
const ASKS_REDEPLOY = /\b(?:require|requires|need|needs|needed|without)\b[^.?!]*\b(?:(?:new |another |fresh )deployment|re ?deploy\w*|deploy\w* (?:the api )?again)\b/;
const ASKS_NOT = /\b(?:not|n't|without|no)\b[^.?!]*\b(?:require|requires|need|needs|needed|deploy\w*|re ?deploy\w*)\b/;

/** A part of the API's own configuration. */
const API_PART = /\b(?:resources?|methods?|routes?|integrations?|authori[sz]ers?|mapping templates?|models?|request validators?|route keys?)\b/;
/** A setting of the function behind the API ("a longer timeout on the Lambda function behind the route"): not the API's own. */
const FUNCTION_SETTING = /\bfunction'?s?\b[^.?!]*\b(?:code|memory|timeout|environment variables?|concurrency|runtime)\b|\b(?:code|memory|timeout|environment variables?|concurrency|runtime)\b[^.?!]*\b(?:lambda )?functions?\b/;
const changesApi = (text: string) => API_PART.test(text) && !FUNCTION_SETTING.test(text);

export function chooseByRedeployment(options: readonly Option[], scenario: string, pick: number): { choices: string[]; scores: Map<string, number>; lines: string[] } | undefined {
  const asked = normalize(scenario).split(/(?<=[.!])\s+/).find((s) => ASKS_REDEPLOY.test(s) && /\?/.test(s));
  if (!asked) return undefined;
  const wantsNoDeployment = ASKS_NOT.test(asked);
  const apiChange = new Map(options.map((o) => [o.letter, changesApi(normalize(o.text))]));
  const chosen = options.filter((o) => apiChange.get(o.letter) !== wantsNoDeployment);
  if (chosen.length !== pick) return undefined;
  const scores = new Map(options.map((o) => [o.letter, chosen.includes(o) ? 10 : 0]));
  const lines = options.map((o) => `${o.letter} ${apiChange.get(o.letter) ? 'changes the API itself, so it reaches the stage only with a new deployment (deploy.redeploy)' : 'changes nothing in the API, so it takes effect without a deployment (deploy.lambda-config-no-redeploy)'}`);
  return { choices: chosen.map((o) => o.letter).sort(), scores, lines };
}
