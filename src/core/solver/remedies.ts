import { questionSpan } from './clues.js';
import { asksCause } from './explanation.js';
import type { Option } from './types.js';
import { normalize } from './text.js';

/*
 * Troubleshooting questions: the stem tells what was done and what still goes wrong ("added a
 * method and tested it in the console, but the stage URL answers as if it were missing"), and asks
 * what to do. Each remedy pairs a symptom the stem states with the step that is missing, from the
 * fact sheet (deployment, integrations, throttling, caching, monitoring, WebSocket limits); the
 * option that names the step for the stem's symptom, or the reason behind it, is the answer.
 * Options naming a step no stated symptom calls for earn nothing.
 */

export interface Remedy {
  id: string;
  /** The missing step, for the trace. */
  label: string;
  fact: string;
  /** What a stem says went wrong that this step puts right. */
  symptom: RegExp;
  /** What in the stem makes the step impossible or already done. */
  unless?: RegExp;
  /** How an option names the step. */
  action: RegExp;
}

/** A change to the API's own configuration, not to the code behind it (deploy.lambda-config-no-redeploy). */
const API_CHANGE = String.raw`\b(?:add|added|adds|adding|creat\w*|built|build\w*|defin\w*|chang\w*|updat\w*|modif\w*|edit\w*|attach\w*|configur\w*|set up|connect\w*)\b[^.?!]*\b(?:methods?|resources?|routes?|integrations?|authori[sz]ers?|mapping templates?|models?|request validators?|paths?|endpoints?)\b`;
/** The stage's callers do not see it, while the console's own test works (int.test-button). */
const NOT_LIVE = String.raw`\bno (?:wss?:\/\/ |invoke |https )?url\b|\b(?:console'?s? )?test\w*\b[^.?!]*\b(?:works?|worked|succe(?:ed|ss)\w*|pass(?:es|ed)?|returns? (?:the )?(?:expected|correct))\b|\b(?:runs?|ran|tri\w*|calls?|called|invok\w*)\b[^.?!]*\bsuccessfully\b[^.?!]*\bconsole\b|\b(?:callers?|clients?|customers?|users?|apps?|applications?|partners?)\b[^.?!]*\b(?:cannot|can't|unable to|fail\w* to|not able to)\b[^.?!]*\b(?:reach|call|invoke|find|use)\b|\b(?:nobody|no one|no caller|no client|none of (?:the|its) (?:callers|clients|users))\b[^.?!]*\b(?:can|could|is able to|manages? to)\b[^.?!]*\b(?:reach|call|invoke|find|use)\b|\b(?:as if|though)\b[^.?!]*\b(?:(?:does|did) not exist|missing|not found|were not there)\b|\b(?:still|keeps?)\b[^.?!]*\b(?:gets?|get|returns?|receives?|sees?|see|old|previous|error|errors|403|404|missing authentication token)\b`;

/** With a cache on, a request for one value of a parameter gets the response stored for another value (cache.keys): "?category=tents … who asks for kayaks also sees tents", "?country=JP … calculated for country=BR", "who ask for Oslo are given the forecast cached for Lisbon". */
const ANOTHER_VALUES_ANSWER = String.raw`[^]*[?&](\w+)=(\w+)\b[^]*(?:[?&]|(?<![\w/])\b)\1=(?!\2\b)\w+|[^]*[?&]\w+=(\w+)\b[^]*\bfor (?!\3\b)\w+\b[^.?!]*\b(?:gets?|got|sees?|saw|receiv\w*|is shown|is served|is answered with)\b[^.?!]*\b\3\b|(?=[^]*(?:[?&]\w+=|\bquery strings?\b|\bparameters?\b|\bheaders?\b))[^]*\b(?:gets?|got|sees?|saw|receiv\w*|returns?|returned|shown|served|answered)\b[^.?!]*\b(?:of|for|from|meant for|belonging to|cached for) (?:an? |the )?(?:different|another|other|wrong)\b|(?=[^]*(?:[?&]\w+=|\bquery strings?\b|\bparameters?\b|\bheaders?\b))[^]*\b(?:ask\w*|search\w*|request\w*|look\w*|call\w*) for (?<asked>\w+)\b[^.?!]*\b(?:gets?|got|given|sees?|saw|receiv\w*|returns?|returned|shown|served|answered|handed)\b[^.?!]*\b(?:cached|stored|computed|calculated|worked out|meant|saved|kept) for (?!\k<asked>\b)\w+`;

/** With a parameter in the request, one answer whatever its value ("?isbn=… returns the same book whichever ISBN they enter", "the same page for every category"). */
const SAME_WHATEVER_VALUE = String.raw`(?=[^]*(?:[?&]\w+=|\bquery strings?\b|\bparameters?\b|\bheaders?\b))[^]*\bsame (?:\w+ ){0,2}?\w+,? (?:whichever|whatever|no matter (?:which|what)|regardless of (?:which|what|the)|for (?:every|each|any|all))\b`;

/** Calls that reach the backend each time all the same ("those calls still reach the backend every time", "every request hits the function anyway"). */
const REACH_BACKEND_EACH_TIME = String.raw`(?:\b(?:still|always|every|each|all)\b[^.?!]*\b(?:reach\w*|hit\w*|go(?:es)? (?:through )?to|sent to|forwarded to|call\w*|invok\w*)\b[^.?!]*\b(?:backend|integration|origin|function|database|server)s?\b|\b(?:reach\w*|hit\w*|go(?:es)? (?:through )?to|sent to|forwarded to)\b[^.?!]*\b(?:backend|integration|origin|function|database|server)s?\b[^.?!]*\b(?:every time|each time|always|still|anyway|regardless)\b)`;

/** Changes that show up late while the business allows only so long ("take several minutes to show up … at most 30 seconds out of date"). */
const STALE_BEYOND_LIMIT = String.raw`^(?=[^]*\bcach\w*)(?=[^]*(?:\b(?:old|stale|outdated|out of date|previous)\b|\btakes? (?:up to )?(?:\d+|a few|several|five|ten|some) (?:minutes?|seconds?) (?:to|before)\b))(?=[^]*\b(?:at most|no more than|within|no older than|not older than|under) (?:\d+|one|five|ten|thirty) (?:seconds?|minutes?)\b)`;

/** Traffic counted for the whole account rather than one API or client ("the account's total traffic", "across all its APIs", "across the account in one Region"). */
const ACCOUNT_WIDE_TRAFFIC = String.raw`\b(?:across|for|of|over|in) (?:the|its|their|this|that|an|one|each) (?:whole |entire )?(?:aws )?account\b|\baccount'?s? (?:total|overall|combined|whole|aggregate|entire)\b|\b(?:across|for|over|of) (?:all|every|each) (?:of )?(?:its |their |the |the account'?s? |his |her )?apis\b|\b(?:total|combined|overall|aggregate) (?:traffic|requests?|request rate|rate)\b[^.?!]*\b(?:account|all (?:its |their |the )?apis)\b`;

/** Changes that reach callers minutes late while a cache is on ("price changes take several minutes to appear", "the old price stays for a few minutes"). */
const STALE_FOR_MINUTES = String.raw`^(?=[^]*\bcach\w*)(?=[^]*(?:\b(?:takes?|took|taking)\b (?:up to |about |around |nearly |almost )?(?:\d+|a few|several|five|ten|some|many|a couple of) minutes? (?:to|before)\b[^.?!]*\b(?:appear|show|reach|be seen|be visible|disappear|update|change|refresh|take effect)\w*|\b(?:old|stale|outdated|previous)\b[^.?!]*\bfor (?:up to |about |around |nearly |almost )?(?:\d+|a few|several|five|ten|some|many|a couple of) minutes\b))`;

/** A request body over the 10 MB payload quota ("clips of up to 200 MB", "a 1 GB file in the body of a POST"). */
const OVER_PAYLOAD_LIMIT = String.raw`\b(?:(?:1[1-9]|[2-9]\d|\d{3,}) ?mb|\d+(?:\.\d+)? ?gb)\b[^]*\b(?:body|bodies|upload\w*|payloads?|post|put)\b|\b(?:body|bodies|upload\w*|payloads?|post|put)\b[^]*\b(?:(?:1[1-9]|[2-9]\d|\d{3,}) ?mb|\d+(?:\.\d+)? ?gb)\b`;

/** A Lambda proxy function that runs and returns a bare value while callers get an error from API Gateway (int.lambda-proxy). */
const PROXY_BARE_RETURN = String.raw`^(?=[^]*\bproxy\b)(?=[^]*\b(?:returns?|returned|returning|sends? back|sent back|gives? back|gave back|respond(?:s|ed)? with)\b[^.?!]*\b(?:string|text|plain|number|array|html|xml)\b)(?=[^]*\b(?:502|5xx|bad gateway|server error|internal server error|error responses?|malformed)\b)`;

/** A WebSocket message over the 128 KB quota ("a message of about 200 kilobytes", "a 1.5 MB image"). */
const OVER_WEBSOCKET_MESSAGE_LIMIT = String.raw`\b(?:129|1[3-9]\d|[2-9]\d\d) ?(?:kb|kilobytes?)\b|\b[1-9]\d*(?:\.\d+)? ?(?:mb|megabytes?)\b`;

/** One caller named apart from the rest ("one large agency", "a single partner", "a single broadcaster on the Basic plan"). */
const ONE_CALLER = String.raw`\b(?:one|a single|a particular|a specific|only (?:one|the|this|that))(?: [\w']+){0,2} (?:client|partner|customer|caller|tenant|agency|reseller|consumer|subscriber|merchant|integrator|key)s?\b|\b(?:one|a single|a particular|a specific|only one)(?: [\w']+){1,3} (?:on|in|with) (?:the|its|their|a) (?:[\w']+ ){0,2}(?:plan|tier|key)\b`;
/** The other callers unharmed ("while agencies on the other tiers see no errors", "the remaining partners are unaffected"). */
const OTHERS_SPARED = String.raw`\b(?:other|remaining|rest of the)\b[^.?!]*\b(?:no (?:errors?|429s?|throttl\w*|problems?)|not (?:throttled|affected)|unaffected|fine|normally)\b`;
/** The account's traffic well under its quota ("total account traffic is far below the Regional quota"). */
const ACCOUNT_UNDER_QUOTA = String.raw`\baccount\b[^.?!]*\b(?:far|well|way|much) (?:below|under|beneath)\b[^.?!]*\b(?:quota|limit)s?\b|\b(?:far|well|way|much) (?:below|under|beneath)\b[^.?!]*\b(?:account|regional) (?:quota|limit)s?\b`;

const REMEDIES: readonly Remedy[] = [
  {
    id: 'deploy',
    label: 'deploy the API to the stage: a stage serves the deployment it was last given, and the console test does not go through it',
    fact: 'deploy.redeploy',
    symptom: new RegExp(`^(?=[^]*(?:${API_CHANGE}))(?=[^]*(?:${NOT_LIVE}))`),
    unless: /\bautomatic deployments? (?:is |are )?(?:on|enabled|turned on)\b/,
    action: /\b(?:re ?)?deploy(?:s|ed|ing)?\b[^.?!]*\b(?:api|stage|changes?)\b|\b(?:new|fresh|create an?) deployment\b|\bnot (?:been |yet )?(?:re ?)?deployed\b|\bno deployment\b/,
  },
  {
    id: 'integration-timeout',
    label: "request a higher integration timeout: a Regional or private REST API's 29-second limit can be raised, and the function's own timeout is not the binding limit",
    fact: 'int.timeout-raisable',
    symptom: /\b(?:504|timed? ?out|time ?outs?|cut off|gives? up)\b[^.?!]*\b29 (?:seconds?|s)\b|\b29 (?:seconds?|s)\b[^.?!]*\b(?:504|timed? ?out|time ?outs?|cut off)\b/,
    unless: /\bedge optimi[sz]ed\b|\bhttp api\b|\bwebsocket\b/,
    action: /\b(?:quota|limit)\b[^.?!]*\bintegration time ?out\b|\bintegration time ?out\b[^.?!]*\b(?:quota|limit|increase|rais\w*|higher|beyond|above)\b|\b(?:rais\w*|increas\w*)\b[^.?!]*\bintegration time ?out\b/,
  },
  {
    id: 'account-throttle',
    label: "request a higher account throttle quota: the 10,000 requests per second per Region are shared by every API of the account and can be raised",
    fact: 'throttle.account-default',
    symptom: new RegExp(String.raw`\b(?:1[1-9]|[2-9]\d|[1-9]\d\d) ?,?000 (?:requests per second|rps)\b[^]*\bdefault (?:quotas?|limits?)\b|\b(?:429|too many requests|throttl\w*)\b[^.?!]*\b(?:every|all|each|several|other)\b[^.?!]*\bapis?\b|\b(?:every|all|each|several)\b[^.?!]*\bapis?\b[^.?!]*\b(?:429|too many requests|throttl\w*)\b|^(?=[^]*\b(?:429|too many requests|throttl\w*)\b)(?=[^]*(?:${ACCOUNT_WIDE_TRAFFIC}))`),
    // (Nor when the account's traffic is well under its quota, or only one client is throttled.)
    unless: /\b(?:one|a single|each|every|particular|specific) (?:client|partner|customer|caller|tenant)s?\b[^.?!]*\b(?:uses?|using|consum\w*|takes?|hogs?)\b|\b(?:far|well|way|much) (?:below|under|beneath)\b[^.?!]*\b(?:quota|limit)s?\b|\b(?:nowhere near|far from|well within)\b[^.?!]*\b(?:quota|limit)s?\b|\bno other (?:client|partner|customer|caller|tenant|consumer)s?\b/,
    // ("Raise the account-level requests-per-second quota": a few words may name the quota, none the functions' concurrency;
    // the ask is what the option does, near its start, not a reason it gives: "because caching raises the account quota".)
    action: /\b(?:quota|limit)\b[^.?!]*\b(?:increase|raise)\b[^.?!]*\b(?:account|region)\w*\b|\b(?:request|ask for|raise|increase)\b[^.?!]*\baccount(?: level)? (?:throttl\w*|quota|limit|request rate)\b|^(?:[\w']+ ){0,3}(?:request|ask|raise|increase|lift)\b[^.?!]*\b(?:account|regional)(?: level)?(?: (?!lambda\b|concurrency\b|function\b)\w+){0,4} (?:quota|limit)s?\b/,
  },
  {
    id: 'client-throttle',
    label: "give the client's API key a usage plan with higher limits: only that client is throttled, so the binding limit is its plan's per-client rate, burst or quota, not the account's",
    fact: 'throttle.client-specific',
    symptom: new RegExp(`^(?=[^]*\\b(?:429|too many requests|throttl\\w*)\\b)(?=[^]*(?:${ONE_CALLER}))(?=[^]*(?:${OTHERS_SPARED}|${ACCOUNT_UNDER_QUOTA}))`),
    action: /\b(?:move|moving|associat\w*|assign\w*|switch\w*|attach\w*|add\w*|put|upgrad\w*|migrat\w*)\b[^.?!]*\bkeys?\b[^.?!]*\b(?:usage plan|plan|tier)s?\b|\b(?:rais\w*|increas\w*|higher|larger|lift\w*)\b[^.?!]*\b(?:usage plan|plan|tier)'?s? (?:rate|burst|quota|throttl\w*|limits?)\b/,
  },
  {
    id: 'logs-role',
    label: 'set the CloudWatch Logs role ARN in API Gateway settings: logging writes nothing until an IAM role lets API Gateway write to CloudWatch Logs, once per Region',
    fact: 'mon.cw-role',
    symptom: /\b(?:enabl\w*|turn\w* on|switch\w* on)\b[^.?!]*\blog(?:s|ging)?\b[^]*(?:\b(?:no|never|nothing|not)\b[^.?!]*\b(?:logs?|log groups?|entries|appear\w*|written|shows? up)\b|\blog (?:groups?|streams?)?\b[^.?!]*\b(?:empty|nothing|no entries|never)\b)|\brole arn\b[^.?!]*\b(?:not set|missing|must be set)\b|\b(?:enabl\w*|turn\w* on|switch\w* on)\b[^.?!]*\blog(?:s|ging)?\b[^.?!]*\b(?:reject\w*|refus\w*|fail\w*|errors?|denied|not allowed)\b/,
    action: /\b(?:role|iam role)\b[^.?!]*\b(?:cloud ?watch|logs?)\b[^.?!]*\b(?:settings?|arn|api gateway)\b|\b(?:cloud ?watch (?:logs? )?|log(?:s|ging)? )role(?: arn)?\b|\brole arn\b[^.?!]*\b(?:cloud ?watch|write (?:the )?logs?)\b/,
  },
  {
    id: 'full-logging',
    label: "turn on full request and response logging: execution logs carry bodies only with data tracing, even at INFO",
    fact: 'mon.bodies',
    symptom: /\blogs?\b[^.?!]*\b(?:no|not|never|without|lack|missing|do not|don't)\b[^.?!]*\b(?:request|response|payload)s? bod(?:y|ies)\b|\b(?:request|response) bod(?:y|ies)\b[^.?!]*\b(?:missing|not (?:in|shown|logged|appear))\b/,
    action: /\bfull request and response (?:logs?|logging)\b|\bdata trac(?:e|ing)\b/,
  },
  {
    id: 'method-cache',
    label: 'turn caching on for that method with a method override: a stage cache stores only GET responses unless a method is set to be cached',
    fact: 'cache.get-only-default',
    symptom: new RegExp(`\\bcach\\w*\\b[^]*\\b(?:post|put|patch|delete|non get)\\b[^.?!]*\\b(?:never|not|no|zero|0|always miss\\w*)\\b[^.?!]*\\b(?:cached|from (?:the )?cache|cache hits?|hits?)\\b|\\bcache ?hit ?count\\b[^.?!]*\\b(?:zero|0|never)\\b[^.?!]*\\b(?:post|put|patch|delete)\\b|^(?=[^]*\\bcach\\w*)(?=[^]*\\b(?:post|put|patch|delete)\\b)[^]*${REACH_BACKEND_EACH_TIME}`),
    action: /\bmethod (?:level )?(?:override|setting)s?\b[^.?!]*\bcach\w*|\bcach\w*\b[^.?!]*\bmethod (?:level )?(?:override|setting)s?\b|\b(?:enable|turn on)\w*\b[^.?!]*\bcach\w*\b[^.?!]*\b(?:for|on) (?:the )?(?:post|put|patch|delete)\b|\bonly get\b[^.?!]*\bcached\b|\bget (?:methods?|requests?)\b[^.?!]*\bonly\b[^.?!]*\bcached by default\b/,
  },
  {
    id: 'stage-quota',
    label: 'request a higher stages-per-API quota: 10 stages per API is a default that can be raised',
    fact: 'deploy.stages',
    symptom: /\b(?:cannot|can't|unable to|fails? to|error)\b[^.?!]*\b(?:create|add)\w*\b[^.?!]*\b(?:eleventh|11th|another|more|new) stages?\b|\bstages?\b[^.?!]*\b(?:limit|quota)\b[^.?!]*\b(?:reached|exceeded|hit)\b/,
    action: /\b(?:quota|limit)\b[^.?!]*\bstages?\b|\bstages?\b[^.?!]*\b(?:quota|limit) (?:increase|raise)\b/,
  },
  {
    id: 'request-validator',
    label: 'attach a request validator: a model describes the body, and only a validator on the method makes API Gateway reject what does not match',
    fact: 'int.request-validation',
    symptom: /\b(?:model|json schema|schema)\b[^]*\b(?:still|nevertheless|yet|but)\b[^.?!]*\b(?:reach|reaches|get through|gets through|accepted|not rejected|arrive)\b/,
    action: /\brequest validat(?:or|ion)\b|\bvalidat\w*\b[^.?!]*\bagainst (?:the )?model\b/,
  },
  {
    id: 'rejected-by-validator',
    label: "the request fails the method's request validation: API Gateway answers 400 without calling the backend",
    fact: 'int.request-validation',
    // (A 400 while the function never runs: the request stopped at the gateway, before the backend.)
    symptom: /^(?=[^]*\b(?:400|bad request)\b)[^]*\b(?:functions?|backend|lambda|integration)\b[^.?!]*\b(?:never|not|no longer)\b(?: \w+)? (?:invoked|called|reached|run|ran|triggered)\b/,
    action: /\b(?:model|schema)\b[^.?!]*\bvalidat\w*|\bvalidat\w*\b[^.?!]*\b(?:model|schema)\b|\bfail\w* (?:the )?(?:request |body )?validation\b/,
  },
  {
    id: 'cache-key',
    label: 'add the parameter as a cache key: only the parameters named as cache keys tell cached responses apart',
    fact: 'cache.keys',
    symptom: new RegExp(`\\b(?:different|two|each)\\b[^.?!]*\\b(?:query strings?|parameters?|headers?|values?|categor\\w*|ids?)\\b[^.?!]*\\bsame (?:cached )?(?:response|list|result|data|answer)s?\\b|[?&]\\w+=\\w+\\b[^.?!]*\\band\\b[^.?!]*[?&]\\w+=\\w+\\b[^.?!]*\\bsame\\b|^(?=[^]*\\bcach\\w*)(?:${ANOTHER_VALUES_ANSWER}|${SAME_WHATEVER_VALUE})`),
    action: /\bcache keys?\b/,
  },
  {
    id: 'lower-ttl',
    label: "lower the cache TTL: cached responses stay until their TTL ends (300 seconds by default)",
    fact: 'cache.ttl',
    symptom: new RegExp(`\\b(?:old|stale|outdated|previous)\\b[^.?!]*\\bfor (?:up to )?(?:\\d+|five|ten|several) (?:minutes?|seconds?)\\b[^]*\\bat most\\b|${STALE_BEYOND_LIMIT}|${STALE_FOR_MINUTES}`),
    // (Set to some seconds, not to 0: a TTL of 0 turns caching off.)
    // (Or the reason behind it: responses kept for the default 300 seconds.)
    action: /\b(?:lower|reduce|decrease|shorten)\w*\b[^.?!]*\b(?:ttl|time to live)\b|\bset\w*\b[^.?!]*\b(?:ttl|time to live)\b[^.?!]*\bto [1-9]\d* (?:seconds?|minutes?)\b|\b(?:cached|stays?|kept|stored|held|served)\b[^.?!]*\b(?:300 seconds|five minutes|5 minutes)\b[^.?!]*\b(?:ttl|time to live|default)\b|\b(?:default )?(?:ttl|time to live)\b[^.?!]*\b(?:300 seconds|five minutes|5 minutes)\b/,
  },
  {
    id: 'test-no-logs',
    label: "console test invocations leave no logs or metrics: they do not go through the stage",
    fact: 'int.test-button',
    symptom: /\b(?:console'?s? )?test\b[^]*\b(?:finds? nothing|no (?:logs?|metrics|entries|data)|nothing (?:appears|shows))\b/,
    action: /\btest\w*\b[^.?!]*\b(?:generate|produce|create|write|emit|send)s? no (?:logs?|metrics)\b|\btest\w*\b[^.?!]*\bnot (?:logged|recorded|counted)\b/,
  },
  {
    id: 'websocket-heartbeat',
    label: 'keep the connection alive: a WebSocket connection closes after 10 idle minutes',
    fact: 'ws.limits',
    symptom: /\bconnections?\b[^.?!]*\b(?:drop|dropped|close|closed|closes|end|ends|disconnect\w*)\b[^.?!]*\b(?:idle|inactiv\w*|without (?:any )?(?:activity|messages|traffic)|(?:10|ten) minutes)\b/,
    action: /\b(?:heartbeat|keep ?alive|ping)\b/,
  },
  {
    id: 'websocket-reconnect',
    label: 'reconnect when the connection closes: a WebSocket connection lasts at most 2 hours, however busy it is',
    fact: 'ws.limits',
    symptom: /\bconnections?\b[^.?!]*\b(?:drop|dropped|close|closed|closes|end|ends|ended|disconnect\w*|cut)\b[^.?!]*\b(?:(?:2|two) hours|120 minutes)\b|\b(?:(?:2|two) hours|120 minutes)\b[^.?!]*\bconnections?\b[^.?!]*\b(?:drop|dropped|close|closed|closes|end|ends|ended|disconnect\w*|cut)\b/,
    action: /\breconnect\w*\b|\b(?:open|establish)\w*\b[^.?!]*\bnew connection\b/,
  },
  {
    id: 'private-resource-policy',
    label: 'attach a resource policy: a private REST API cannot be deployed without one',
    fact: 'ep.private',
    symptom: /^(?=[^]*\bprivate (?:rest )?apis?\b)(?=[^]*(?:\bdeploy\w*\b[^.?!]*\b(?:fails?|failed|failing|error\w*|rejected)\b|\b(?:cannot|can't|unable to|fails? to|failed to)\b[^.?!]*\bdeploy))/,
    action: /\b(?:attach|add|creat|writ|apply|defin)\w*\b[^.?!]*\bresource polic(?:y|ies)\b|\bresource polic(?:y|ies)\b[^.?!]*\b(?:required|missing|needed)\b/,
  },
  {
    id: 'api-key-required',
    label: 'mark the methods API key required: a usage plan limits only methods that require a key, the key is otherwise ignored',
    fact: 'auth.api-key-header',
    symptom: /^(?=[^]*\b(?:usage plans?|api keys?)\b)(?=[^]*(?:\b(?:without (?:ever )?being|never|not|isn't|aren't|none|no one|nobody)\b[^.?!]*\b(?:throttled|limited|enforced|applied|rejected|refused|blocked|denied|turned away)\b|\b(?:sends?|sending|with|carr\w*|present\w*) no (?:api )?key\b|\b(?:without|omit\w*|skip\w*) (?:an? |any |the |their |its )?(?:api )?key\b|\b(?:leav\w*|left) (?:an? |the |their |its )?(?:api )?key out\b|\b(?:limits?|quotas?|keys?)\b[^.?!]*\b(?:ignored|bypassed|have no effect)\b))/,
    unless: /\b(?:are|is|were|was) (?:already )?(?:marked|set)\b[^.?!]*\bapi key required\b/,
    action: /\bapi key required\b|\brequir\w* (?:an? )?api keys?\b/,
  },
  {
    id: 'api-key-missing',
    label: 'send a valid key in the X-API-Key header: a method marked API key required answers a call with a missing or wrong key with 403 Forbidden',
    fact: 'auth.api-key-header',
    symptom: /^(?=[^]*\bapi keys?\b[^.?!]*\brequir\w*|[^]*\brequir\w*[^.?!]*\bapi keys?\b)(?=[^]*\b(?:403|forbidden)\b)/,
    action: /\b(?:do(?:es)? not|don't|doesn't|never|fail\w* to|forg[eo]t\w* to|omit\w*|stopp?\w*) (?:send|include|pass|supply|present|add)\w*\b[^.?!]*\bkeys?\b|\b(?:missing|invalid|wrong|expired|revoked|no) (?:valid )?(?:api )?keys?\b|\bkeys?\b[^.?!]*\b(?:missing|invalid|not valid|wrong|absent|left out)\b/,
  },
  {
    id: 'cache-creation',
    label: "a new stage cache takes about 4 minutes to create, and until then every request reaches the backend",
    fact: 'cache.limits',
    symptom: /\b(?:enabl\w*|turn\w* on|creat\w*)\b[^?!]*?\bcache\b[^]*\b(?:for a (?:short )?while|at first|first few minutes|for (?:a few|several) minutes)\b[^.?!]*\b(?:every|all)\b[^.?!]*\breach\w*\b[^.?!]*\bbackend\b/,
    action: /\b(?:creat\w*|provision\w*|set up)\b[^.?!]*\bcache\b[^.?!]*\b(?:takes?|needs?)\b[^.?!]*\b(?:4|four) minutes\b/,
  },
  {
    id: 'cache-entry-size',
    label: 'a response larger than 1,048,576 bytes (1 MB) is never cached',
    fact: 'cache.limits',
    symptom: /\b(?:[2-9]|[1-9]\d+) (?:to \d+ )?mb\b[^]*\bnever (?:served from|stored in|kept in|put in) (?:the )?cache\b|\bnever (?:served from|stored in) (?:the )?cache\b[^]*\b(?:[2-9]|[1-9]\d+) (?:to \d+ )?mb\b/,
    action: /\b(?:largest|biggest|maximum|max)\b[^.?!]*\b(?:response|entry|item)\b[^.?!]*\bcache\w*\b[^.?!]*\b(?:1,048,576 bytes|1 mb)\b/,
  },
  {
    id: 'edge-not-cache',
    label: "an edge-optimized endpoint's managed distribution speeds up connections; it caches no API responses: the stage cache or a distribution of one's own does",
    fact: 'cache.edge-not-cdn',
    symptom: /\bedge optimi[sz]ed\b[^]*(?:\b(?:expect\w*|assum\w*|thought)\b[^.?!]*\b(?:edge|cloudfront)\b[^.?!]*\b(?:cach\w*|answer\w*|serv\w*)\b|\b(?:expect\w*|assum\w*|thought)\b[^.?!]*\b(?:cach\w*|answer\w*|serv\w*)\b[^.?!]*\b(?:edge|cloudfront)\b)/,
    action: /\b(?:speeds? up|improves?|faster)\b[^.?!]*\bconnect\w*\b[^.?!]*\b(?:not|never|no)\b[^.?!]*\bcach\w*|\bcloudfront distribution (?:(?:that )?(?:the|your|its) (?:team|company|own)|of (?:its|their|your) own)\b|\b(?:own|separate) cloudfront distribution\b/,
  },
  {
    id: 'proxy-response-shape',
    label: 'return the proxy response shape: with Lambda proxy integration the function must return statusCode, headers and body',
    fact: 'int.lambda-proxy',
    symptom: new RegExp(PROXY_BARE_RETURN),
    action: /\bstatus ?codes?\b[^.?!]*\bbody\b|\b(?:proxy|expected|required) (?:response )?(?:shape|format|structure)\b/,
  },
  {
    id: 'websocket-message-size',
    label: 'keep each message within 128 KB, split it or send a reference to content stored in S3: a WebSocket message is limited to 128 KB',
    fact: 'ws.limits',
    symptom: new RegExp(`^(?=[^]*\\bweb ?sockets?\\b)(?=[^]*(?:${OVER_WEBSOCKET_MESSAGE_LIMIT}))(?=[^]*\\b(?:reject\\w*|refus\\w*|fail\\w*|errors?|too large|dropped|never arriv\\w*|cut off|disconnect\\w*)\\b)`),
    action: /\b(?:under|below|within|at most|smaller than|less than|no more than|no larger than) 128 ?kb\b|\b(?:split|chunk|break)\w*\b[^.?!]*\b(?:messages?|parts?|pieces?|chunks?)\b/,
  },
  {
    id: 'payload-to-s3',
    label: 'send large files straight to Amazon S3 and only their metadata through the API: REST and HTTP APIs accept payloads of at most 10 MB',
    fact: 'int.payload',
    symptom: new RegExp(`^(?=[^]*${OVER_PAYLOAD_LIMIT})(?=[^]*\\b(?:reject\\w*|refus\\w*|fail\\w*|errors?|413|too large|cut off|turned away|denied)\\b)`),
    action: /\b(?:straight|directly|direct)\b[^.?!]*\b(?:to|into) (?:amazon )?s3\b|\b(?:to|into) (?:amazon )?s3 (?:directly|straight)\b|\bpresigned (?:s3 )?urls?\b|\bpre signed (?:s3 )?urls?\b/,
  },
  {
    id: 'http-metric-names',
    label: 'HTTP APIs name their error metrics 4xx and 5xx, not 4XXError and 5XXError',
    fact: 'mon.cw-metrics-http',
    symptom: /^(?=[^]*\b[45]xxerror\b)(?=[^]*\bhttp apis?\b)(?=[^]*\b(?:no data|empty|nothing|blank)\b)/,
    action: /\b(?:named?|call(?:s|ed)?)\b[^.?!]*\bdifferent\w*\b|\b4xx and 5xx\b/,
  },
];

/** A stem that asks what to do about a problem, or why it happens. */
const ASKS_FIX = /\bwhat (?:is|explains) (?:the )?(?:most (?:likely|accurate|probable) )?(?:reason|cause|missing|explanation)\b|\bwhat explains\b|\bwhat (?:must|should|does|do)\b[^.?!]*\b(?:enable|turn on|change|set|configure|add|know|check|verify|investigate|inspect|examine|review|look at)\b|\bwhat should\b[^.?!]*\bdo\b|\b(?:which|what) (?:action|step|change|approach|fix)\b|\bhow (?:can|should|could|do|does)\b[^.?!]*\b(?:fix|resolve|solve|correct|remedy)\b|\b(?:fix|resolve) (?:this|the|it)\b|\bmost likely (?:cause|reason|fix|solution)\b|\bwhy\b[^.?!]*\?/;

/** The remedies an option names ("mark the methods API key required, then redeploy" names two). */
export const remediesNamed = (option: string): Remedy[] => {
  const norm = normalize(option);
  return REMEDIES.filter((r) => r.action.test(norm));
};

/** The stem's sentences that say a step was already taken ("They already redeployed the API"), not its questions. */
const alreadyDone = (norm: string) => (norm.match(/[^.?!]+[.?!]?/g) ?? []).filter((sentence) => /\balready\b/.test(sentence) && !sentence.endsWith('?')).join(' ');

/** The remedies whose symptom the stem states, that nothing in it rules out, and that it does not say were already taken. */
export const remediesCalledFor = (scenario: string): Remedy[] => {
  const norm = normalize(scenario);
  const done = alreadyDone(norm);
  return REMEDIES.filter((r) => r.symptom.test(norm) && !r.unless?.test(norm) && !r.action.test(done));
};

/** The points an option naming a step the stem's symptom calls for earns. */
const CALLED_FOR = 6;

/**
 * A troubleshooting question's answer: the options naming a step the stem's symptom calls for,
 * when as many lead as are asked for; nothing when the stem asks no fix or no option names one.
 */
export function chooseRemedies(options: readonly Option[], scenario: string, pick: number): { choices: string[]; scores: Map<string, number>; lines: string[] } | undefined {
  const asked = questionSpan(scenario);
  // (Or any question for the reason: "Which explanation is the most likely?", "What accounts for this?".)
  if (!ASKS_FIX.test(normalize(scenario)) && !(asked && asksCause(scenario.slice(asked.start, asked.end)))) return undefined;
  const called = remediesCalledFor(scenario);
  if (called.length === 0) return undefined;
  const scores = new Map<string, number>();
  const lines: string[] = [];
  for (const o of options) {
    const named = remediesNamed(o.text);
    const remedy = named.find((r) => called.includes(r)) ?? named[0];
    const fits = remedy !== undefined && called.includes(remedy);
    scores.set(o.letter, fits ? CALLED_FOR : 0);
    lines.push(`${o.letter} ${!remedy ? 'names no step a stated symptom calls for' : fits ? `${remedy.label} (${remedy.fact})` : `${remedy.id}: nothing in the question calls for it`}`);
  }
  const chosen = options.filter((o) => scores.get(o.letter)! > 0);
  if (chosen.length !== pick) return undefined;
  return { choices: chosen.map((o) => o.letter).sort(), scores, lines };
}
