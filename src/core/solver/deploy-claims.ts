import { normalize } from './text.js';

/*
 * A statement about which change reaches a REST API's callers and how ("The new code ran without a
 * redeployment; the new method needs a deployment", "Both changes needed a new deployment"): a change
 * to the API itself (methods, resources, routes, integrations, authorizers) reaches a stage only with a
 * new deployment (deploy.redeploy), while a change to the code behind it takes effect at once
 * (deploy.lambda-config-no-redeploy); an alias, a cache flush or a stage variable publishes no method.
 * Each part of the statement is read on its own; the statement holds when every part does.
 */

type Change = 'api' | 'backend' | 'both' | 'neither';
type Step = 'deployment' | 'none' | 'other';

const BOTH = /\bboth (?:changes|of them|updates|edits)\b/;
const NEITHER = /\bneither (?:change|of them|update|edit)\b/;
const API_PART = /\b(?:new |added |changed |edited )?(?:methods?|resources?|routes?|integrations?|authori[sz]ers?|models?)\b/;
// (Or the settings the case changed, said again as new: "runs with the new memory and timeout".)
const BACKEND = /\b(?:new |updated |changed )?(?:function )?code\b|\bfunction'?s? (?:memory|timeout|code)\b|\b(?:memory|timeout) (?:of|on) the (?:lambda )?function\b|\b(?:new|updated|raised|higher|changed) (?:memory|timeout)(?: (?:and|or) (?:memory|timeout))?\b/;
/** Reaching callers with no deployment: "without a redeployment", "at once", "no API change needs deploying". */
const NO_STEP = /\b(?:no|nothing)(?: \w+){0,4}? (?:needs?|requires?|has) (?:to be )?(?:re ?)?deploy\w*|\bwithout (?:\w+ ){0,3}?(?:re ?)?deploy\w*|\bno (?:new )?(?:re ?)?deploy\w*|\b(?:not|never|no need to) (?:\w+ )?(?:require|need)\w* (?:\w+ ){0,2}?(?:re ?)?deploy\w*|\b(?:at once|immediately|right away|straight away)\b/;
const DEPLOYMENT = /\b(?:re ?)?deploy\w*\b/;
const WAITS_FOR = /\b(?:wait\w*|reach\w*|live|take effect|takes effect|took effect|callable|served|until|only after|once|needs?|needed|requires?|required)\b/;
const OTHER_STEP = /\balias(?:es)?\b|\bcache\b|\bflush\w*|\bstage variables?\b/;
/** Other API types deploy on their own ("automatic deployments" of HTTP and WebSocket APIs): the reading holds for REST APIs. */
const NOT_REST = /\b(?:http|web ?socket) apis?\b|\bautomatic(?:ally)? deploy/;

/** The case tells of a change to the code behind the API, and of one to the API itself. */
const CODE_CHANGED = /\b(?:upload\w*|updat\w*|chang\w*|deploy\w*|push\w*|edit\w*|modif\w*|publish\w*)\b[^.?!]*\b(?:code|memory|timeout)\b/;
const API_CHANGED = /\b(?:add\w*|creat\w*|defin\w*|chang\w*|updat\w*|edit\w*|modif\w*|attach\w*)\b[^.?!]*\b(?:methods?|resources?|routes?|integrations?|authori[sz]ers?)\b/;

function changeOf(part: string): Change | undefined {
  if (BOTH.test(part)) return 'both';
  if (NEITHER.test(part)) return 'neither';
  const api = API_PART.test(part);
  const backend = BACKEND.test(part);
  return api === backend ? undefined : api ? 'api' : 'backend';
}

function stepOf(part: string): Step | undefined {
  if (NO_STEP.test(part)) return 'none';
  if (DEPLOYMENT.test(part)) return 'deployment';
  // (Another step only as what a change waits for: "cache settings overridden for methods" says nothing of publishing one.)
  return OTHER_STEP.test(part) && WAITS_FOR.test(part) ? 'other' : undefined;
}

/** Whether the part holds by the facts; undefined when they do not settle it (an alias for a pinned function may be needed). */
function holds(change: Change, step: Step, mixed: boolean): boolean | undefined {
  // ("Both changes", "neither change": of one change to the API and one to the code, one needs a deployment and one does not.)
  if (change === 'both' || change === 'neither') return mixed ? false : undefined;
  if (change === 'api') return step === 'deployment';
  return step === 'other' ? undefined : step === 'none';
}

/** The statement judged part by part: false when a part is refuted, true when every part holds; undefined when it says nothing of this. */
export function judgeDeployClaim(text: string, scenario: string): { truth: boolean; why: string } | undefined {
  const norm = normalize(text);
  const stem = normalize(scenario);
  if (NOT_REST.test(norm) || NOT_REST.test(stem)) return undefined;
  const mixed = CODE_CHANGED.test(stem) && API_CHANGED.test(stem);
  const parts = norm.split(/;|,? (?:but|while|whereas) /).map((p) => p.trim()).filter(Boolean);
  const read = parts.map((part) => {
    const change = changeOf(part);
    const step = stepOf(part);
    return change && step ? holds(change, step, mixed) : undefined;
  });
  if (read.includes(false)) return { truth: false, why: 'a change to the API needs a new deployment and one to the code behind it does not (deploy.redeploy, deploy.lambda-config-no-redeploy)' };
  if (read.length > 0 && read.every((r) => r === true)) return { truth: true, why: 'the API changes it names need a new deployment and the code changes none (deploy.redeploy, deploy.lambda-config-no-redeploy)' };
  return undefined;
}
