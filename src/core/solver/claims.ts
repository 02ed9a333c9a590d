import type { ServiceId } from './types.js';

/*
 * Statements the exam makes about the services, true or false by the fact sheet, for questions
 * that ask which statements are correct (or false). Each is a pattern over an option's
 * normalised text (lower case, hyphens as spaces), the fact it rests on, whether it holds, and
 * for which services when it is about some only (a statement about "they" takes the question's
 * subject). Absolute words ("every", "only", "unlimited", "guarantee") are the usual traps and
 * most false statements here carry one.
 */

export interface Claim {
  fact: string;
  pattern: RegExp;
  truth: boolean;
  /** The services the statement is about; undefined: about any of the chapter's services. */
  about?: readonly ServiceId[];
  /**
   * What the question must state for the option to make this claim: a bare answer ("$connect",
   * "Nothing") says something only together with what was asked (a connection opening, a change
   * made inside the function).
   */
  given?: { test(text: string): boolean };
}

const APIGW: ServiceId[] = ['apigw-rest', 'apigw-http', 'apigw-websocket'];
const REST_HTTP: ServiceId[] = ['apigw-rest', 'apigw-http'];
const r = (source: string) => new RegExp(source);

/** A question that states a change made only inside the Lambda function behind the API. Built with the claims, on first use. */
const backendChange = () => r(
  String.raw`\b(chang|updat|modif|rais|increas|edit|tun|adjust|rewr|redeploy|publish)\w*\b[^.?!]*\b(memory|timeout|code|handler|environment variables?|runtime)\b[^.?!]*\b(lambda )?function\b|` +
    String.raw`\b(chang|updat|modif|rais|increas|edit|tun|adjust|rewr)\w*\b[^.?!]*\b(lambda )?function'?s?\b[^.?!]*\b(memory|timeout|code|handler|environment variables?|runtime)\b|` +
    String.raw`\b(lambda )?function'?s? (memory|timeout|code|handler|environment variables?)\b[^.?!]*\b(chang|updat|modif|rais|increas|edit|adjust)\w*`,
);

/** The WebSocket API's predefined routes and the event that invokes each (ws.routes): a bare route key answers a question about its event. */
const routeKeys = (): readonly { key: string; event: NonNullable<Claim['given']> }[] => [
  { key: 'connect', event: r(String.raw`\b(opens?|opened|opening|initiat\w*|establish\w*|first connects?|connects? for the first)\b`) },
  { key: 'disconnect', event: r(String.raw`\b(clos(e|es|ed|ing)|disconnects?|disconnected|disconnecting|drops?|dropped|terminat\w*|hangs? up|ends? (the|its) (connection|session)|(goes|go|went|gone) away|leaves|left|logs? (off|out)|quits?)\b`) },
  { key: 'default', event: { test: (text: string) => NO_ROUTE.test(text) || unroutedMessage(text) } },
];

const NO_ROUTE = r(String.raw`\b(no (other |custom |matching |such |defined )?routes?|matches no|(does not|doesn't|do not|don't) match|unmatched|cannot be evaluated|fall ?back|fallback|catch all)\b|\broutes?\b[^.?!]*\b(is|are|was|were|has|have) (not|never) (been )?(defined|created|configured|set up)\b`);

/**
 * A message whose route key names none of the custom routes the text defines ("custom routes named
 * join and send", then {"action": "typing"}): the route selection expression matches no route.
 */
function unroutedMessage(text: string): boolean {
  const sent = [...text.matchAll(/\{\s*"(\w+)"\s*:\s*"([\w-]+)"/g)];
  const field = /\$request\.body\.(\w+)/.exec(text)?.[1];
  const keys = sent.filter((m) => !field || m[1] === field).map((m) => m[2]!);
  // ("custom routes named join and send", or just "the custom routes join and bid": two names or more after "custom routes".)
  const defined = /\broutes? (?:named|called|keyed|with (?:the )?(?:route )?keys?) ([\w$-]+(?:(?:,| and| or|, and) [\w$-]+)*)/.exec(text)?.[1] ?? /\bcustom routes (?!(?:and|or|for|to|that|which|with|in|on|of|as|are|is)\b)([\w-]+(?:(?:,| and| or|, and) (?!(?:a|an|the)\b)[\w-]+)+)/.exec(text)?.[1];
  if (keys.length !== 1 || !defined) return false;
  return !defined.split(/,? and |, | or /).map((name) => name.trim()).includes(keys[0]!);
}

function routeEvents(): Claim[] {
  const bare = (key: string) => r(String.raw`^\s*[$@]${key}\s*\.?\s*$`);
  const keys = routeKeys();
  return keys.flatMap(({ key, event }) => [
    { fact: 'ws.routes', pattern: bare(key), truth: true, about: ['apigw-websocket'] as const, given: event },
    // Asked which route an event invokes, another route key, or the @connections callback URL (no route at all), is wrong.
    ...keys.filter((other) => other.key !== key).map((other) => ({ fact: 'ws.routes', pattern: bare(other.key), truth: false, given: event })),
    { fact: 'ws.connections-api', pattern: bare('connections'), truth: false, given: event },
    // A message that matches no route reaches no custom route either: a bare custom route key is wrong.
    // (Named as a route, "The chat route" is that custom route too.)
    ...(key === 'default' ? [{ fact: 'ws.route-selection', pattern: r(String.raw`^\s*(the )?[a-z][\w-]*( (custom )?route)?\s*\.?\s*$`), truth: false, given: event }] : []),
  ]);
}

/**
 * A route that opens or closes connections said to run on the other's event, within one clause ("$disconnect runs when a
 * client first opens its connection"): ws.routes gives each its own.
 */
// (Not a key listed after another, "$connect and $disconnect run when clients open and close a connection": each in its turn.)
function swappedRouteEvents(): Claim[] {
  const opening = routeKeys().filter((k): k is { key: string; event: RegExp } => k.key !== 'default' && k.event instanceof RegExp);
  return opening.flatMap(({ key }) =>
    opening.filter((other) => other.key !== key).map((other) => ({ fact: 'ws.routes', pattern: r(String.raw`(?<!\$\w+,? (?:and|or) )\$${key}\b[^$.;]*?${other.event.source}`), truth: false, about: ['apigw-websocket'] as const })),
  );
}

let claimList: readonly Claim[] | undefined;

/** Built on first use: only questions that weigh statements read them, and building them is a good part of loading the solver. */
const CLAIMS = (): readonly Claim[] => (claimList ??= buildClaims());

/** Text within one clause that denies nothing and names no other integration: what it says is still said of the one before it. */
const IN_CLAUSE = String.raw`(?:(?!\b(?:without|no|never|not|instead|rather|then|integrations?)\b)[^.;])`;

/** Words that say the API is deployed once more: "redeploy", "a new deployment", "deploy the REST API again". */
const DEPLOYING = String.raw`redeploy\w*|(new|fresh|another|second) deployments?|deploy\w*( \w+){0,4} again`;

function buildClaims(): readonly Claim[] {
  const BACKEND_CHANGE = backendChange();
  return [
  // What API Gateway is and is not
  { fact: 'int.not-only-lambda', pattern: r(String.raw`\b(only|just|solely|exclusively) (integrate|integrates|work|works|connect|connects|sit|sits|front|fronts)?\s*(with|to|in front of)? ?(aws )?lambda\b|\bintegrate[sd]? only with (aws )?lambda`), truth: false, about: APIGW },
  { fact: 'exam.watch-static', pattern: r(String.raw`\bserv(e|es|ing) (the )?(front ?end|website|web ?site|site|pages|storefront)\b.*\b(from|through|on|via|with) (an? )?(amazon )?api gateway`), truth: false, about: APIGW },
  { fact: 'exam.watch-static', pattern: r(String.raw`\b(host|hosts|hosting|serve|serves) (a |the )?static (web ?site|website|site|content|files)|\brecommended way to host`), truth: false, about: APIGW },
  // (The same said of the site: "a static website that API Gateway stores and serves itself".)
  { fact: 'exam.watch-static', pattern: r(String.raw`\bstatic (web ?site|website|site|content|files?)\b[^.]*\b(that|which) (amazon )?api gateway (itself )?((stores?|hosts?|serves?|keeps?),? )*(and )?(stores?|hosts?|serves?)\b`), truth: false, about: APIGW },
  { fact: 'types.not-required-for-serverless', pattern: r(String.raw`\b(every|all|each) serverless (application|app)s? (must|need|needs|has to|have to)|\brequired for (every|all|any) serverless`), truth: false },
  { fact: 'types.not-required-for-serverless', pattern: r(String.raw`\b(cannot|can't|can not|never) (be )?(invoke|invoked|call|called|run|reach|reached)\b.*\blambda\b.*\bunless\b.*\bapi gateway\b|\blambda\b.*\b(only|solely) (be )?(invoked|called|reached) (through|via|behind|by) (amazon )?api gateway\b`), truth: false },
  { fact: 'int.alb-lambda', pattern: r(String.raw`\b(application load balancers?|albs?)\b.*\b(invoke|invokes|call|calls|route to|routes to|forward to|forwards to|target|targets)\b.*\blambda\b`), truth: true, about: ['alb'] },
  { fact: 'types.front-door', pattern: r(String.raw`\bfront door\b|\bdecouples? (the )?clients? from\b|\bsingle entry point\b`), truth: true, about: APIGW },
  { fact: 'int.aws-service', pattern: r(String.raw`\b(integrate|integrates|call|calls|send|sends) directly (with|to) (other )?aws services\b|\bwithout (a |any )?lambda function\b.*\b(sqs|dynamodb|kinesis|aws service)|\baws service (actions?|integrations?)\b`), truth: true, about: APIGW },
  { fact: 'int.http', pattern: r(String.raw`\bhttp (endpoints?|backends?)\b|\bhttp endpoints?,? such as\b`), truth: true, about: APIGW },
  { fact: 'int.https-only', pattern: r(String.raw`\b(plain|unencrypted) (http|ws)\b|\b(http|ws):// (urls?|endpoints?|address(es)?)|\bconnect with (plain |an unencrypted )?(http|ws)://|\b(do|does) not use tls\b`), truth: false, about: APIGW },
  { fact: 'types.scale-claim', pattern: r(String.raw`\bunlimited (requests|calls|throughput|rate)|\bno (throttling )?(limits|quotas) (at all|of any kind)|\bscales? to unlimited`), truth: false, about: APIGW },
  { fact: 'throttle.account-default', pattern: r(String.raw`\b10,?000 requests per second\b.*\bper (aws )?region\b|\bper account,? per region\b`), truth: true, about: APIGW },
  { fact: 'throttle.429', pattern: r(String.raw`\b429\b|\btoo many requests\b`), truth: true, about: APIGW },
  // A throttled request is rejected with 429 and the client must retry it: the gateway never retries on the caller's behalf.
  { fact: 'throttle.429', pattern: r(String.raw`\b(?:the )?(?:api )?gateway (?:then |automatically |will )?retr(?:y|ies)\b|\bretr(?:y|ies|ied) (?:automatically )?by (?:the )?(?:api )?gateway\b`), truth: false, about: APIGW },
  { fact: 'throttle.burst-5000', pattern: r(String.raw`\bburst\b.*\b5,?000\b|\btoken bucket\b`), truth: true, about: APIGW },
  { fact: 'throttle.best-effort', pattern: r(String.raw`\b(guarantee|guarantees|guaranteed)\b|\bcan never exceed\b|\bnever exceed\b|\bhard (cap|ceiling|limit)s?\b`), truth: false },
  // Caching
  { fact: 'cache.not-automatic', pattern: r(String.raw`\b(all|every) (api )?responses? (are|is) cached automatically|\bcached automatically\b|\bautomatically cach(e|es|ed) (all|every)`), truth: false },
  { fact: 'cache.ttl', pattern: r(String.raw`\b(default|defaults)\b.*\b300 seconds\b|\b300 seconds\b.*\bdefault\b|\b(maximum|max|up to)\b.*\b3,?600 seconds\b|\bone hour\b.*\bmaximum\b`), truth: true, about: ['apigw-rest'] },
  { fact: 'cache.ttl', pattern: r(String.raw`\b(maximum|max|up to)\b.*\b(24 hours|one day|86,?400 seconds|a day)\b|\bdefault\b[^,;]*\b(60|3,?600) seconds\b`), truth: false },
  { fact: 'cache.ttl', pattern: r(String.raw`\bttl of (7,?200|10,?800|14,?400|86,?400|[4-9],?\d00) seconds\b|\b(two|three|six|12|24) hours?\b.*\bttl\b`), truth: false },
  { fact: 'cache.edge-not-cdn', pattern: r(String.raw`\bedge optimi[sz]ed\b.*\bcach(e|es|ed|ing)\b`), truth: false },
  // (Responses stored or kept at the edge are cached there, whatever the verb.)
  { fact: 'cache.edge-not-cdn', pattern: r(String.raw`\bedge optimi[sz]ed\b.*\b(stor(e|es|ed|ing)|keeps?|kept|holds?|held|saves?|saved)\b.*\bresponses?\b.*\b(cloudfront|edge|pops?)\b`), truth: false },
  { fact: 'cache.hourly-no-free-tier', pattern: r(String.raw`\b(billed|charged|priced) (per|by the) hour\b|\bhourly\b.*\bcache (size|capacity)\b|\bnot (covered by|eligible for) the (aws )?free tier`), truth: true, about: ['apigw-rest'] },
  { fact: 'cache.optional-per-stage', pattern: r(String.raw`\b(enabled|configured|turned on) (per|for each|on each|on a) stage\b`), truth: true, about: ['apigw-rest'] },
  { fact: 'cache.edge-not-cdn', pattern: r(String.raw`\bcached (automatically )?at (every|each|all) edge locations?|\bedge locations? cache (the )?(api )?responses`), truth: false },
  // Pricing
  { fact: 'price.model', pattern: r(String.raw`\bminimum (monthly )?(fee|charge|commitment)s?\b|\bupfront (fee|commitment|payment)s?\b|\b(?:one time|set ?up|initial|creation) (?:set ?up )?(?:fee|charge|payment)s?\b`), truth: false },
  { fact: 'types.http-cheaper', pattern: r(String.raw`\bhttp apis? (cost|costs|are|is) (less|cheaper|lower)\b|\brest apis? (cost|costs|are|is) more\b|\bhttp apis? .*\bcheaper than rest`), truth: true },
  { fact: 'types.http-cheaper', pattern: r(String.raw`\b(cost|costs|are|is) (less|cheaper|lower)\b.*\bthan (an? |the )?(amazon )?(api gateway )?rest apis?\b`), truth: true },
  { fact: 'types.http-cheaper', pattern: r(String.raw`\bhttp apis? (cost|costs|are|is) more\b|\bhttp apis? .*\bmore expensive\b|\brest apis? (cost|costs|are|is) (less|cheaper)\b`), truth: false },
  { fact: 'price.websocket', pattern: r(String.raw`\bbilled only (per|by) (the )?connection|\bonly (per|by) connection\b|\bnot per message\b`), truth: false },
  // WebSocket APIs are billed by messages and connection minutes, not per request like REST and HTTP APIs.
  { fact: 'price.websocket', pattern: r(String.raw`\bweb ?socket apis?\b[^.;]*\b(billed|charged|priced|cost|costs) (only )?(per|by the|by) (api )?(request|requests|call|calls)\b`), truth: false },
  { fact: 'price.websocket', pattern: r(String.raw`\bmessages?\b.*\bconnection minutes?\b`), truth: true, about: ['apigw-websocket'] },
  // API keys and usage plans
  { fact: 'throttle.usage-plan-definition', pattern: r(String.raw`\bquotas?\b.*\b(per )?(day|week|month)\b|\b(day|week|month)\b.*\bquota`), truth: true, about: ['apigw-rest', 'apigw-websocket'] },
  { fact: 'throttle.usage-plan-definition', pattern: r(String.raw`\b(uses?|use|with) api keys to identify\b|\bidentify (the )?clients\b|\bidentif(y|ies) (callers|clients|customers)\b`), truth: true, about: ['apigw-rest', 'apigw-websocket'] },
  { fact: 'auth.api-keys-not-auth', pattern: r(String.raw`\b(recommended|recommends|primary|best) (way|mechanism|method)? ?(to|for) (authenticat|authoriz|authoris)|\bas (the|a) (primary )?(authentication|authorization|login)\b|\b(api )?keys?\b.*\bauthenticate (end )?users\b`), truth: false },
  { fact: 'auth.api-keys-not-auth', pattern: r(String.raw`\b(should|must) not be the (only|sole|primary) (means|way|mechanism)\b.*\b(authenticat|authoriz|authoris)|\bnot (a|an) (substitute|replacement) for (authentication|authorization)`), truth: true },
  // API keys and usage plans are REST (and WebSocket) features: a statement that an HTTP API has them is false, unless it says so only to deny it.
  { fact: 'types.http-no-apikeys-usageplans', pattern: r(String.raw`\b(api keys?|usage plans?)\b(?![^.]*\b(not|no|only|except|but|lacks?)\b)[^.]*\b(supported|available|offered|works?|used|usable|enabled)\b[^.]*\bhttp apis?\b`), truth: false },
  { fact: 'auth.api-key-header', pattern: r(String.raw`\bapi keys?\b[^.]*\bauthori[sz]ation header\b`), truth: false },
  { fact: 'auth.api-key-header', pattern: r(String.raw`\bx api key\b`), truth: true, about: ['apigw-rest', 'apigw-websocket'] },
  { fact: 'auth.api-keys-not-auth', pattern: r(String.raw`\bencrypt(s|ed)? (the )?(request|body|traffic|payload)`), truth: false },
  // WebSocket APIs
  { fact: 'ws.connections-api', pattern: r(String.raw`@connections\b|\bpost ?to ?connection\b|\bconnection id\b.*\b(send|post|push)|\b(send|post|push)\b.*\bconnection id\b`), truth: true, about: ['apigw-websocket'] },
  { fact: 'ws.routes', pattern: r(String.raw`\$connect\b.*\b(open|opens|initiat|connect)|\$disconnect\b.*\b(close|closes|disconnect)`), truth: true, about: ['apigw-websocket'] },
  { fact: 'ws.route-selection', pattern: r(String.raw`\broute selection expression\b`), truth: true, about: ['apigw-websocket'] },
  { fact: 'ws.routes', pattern: r(String.raw`^\s*\$(connect|disconnect|default)\s*\.?\s*$`), truth: true, about: ['apigw-websocket'] },
  { fact: 'ws.routes', pattern: r(String.raw`^\s*\$(?!connect\b|disconnect\b|default\b)[a-z]+\s*\.?\s*$`), truth: false },
  ...routeEvents(),
  ...swappedRouteEvents(),
  // $default takes the messages no other route matches, not every message; $connect runs once, when a connection opens.
  { fact: 'ws.route-selection', pattern: r(String.raw`^(?!.*\b(no|not|none|unmatched|otherwise)\b).*(\b(all|every|each) (incoming )?messages?\b.*\$default\b|\$default\b.*\b(all|every|each) (incoming )?messages?\b)`), truth: false },
  // $connect and $disconnect run once per connection, at its start and end: no route for each message.
  { fact: 'ws.routes', pattern: r(String.raw`\b(all|every|each) (incoming )?messages?\b.*\$(connect|disconnect)\b|\$(connect|disconnect)\b.*\b(all|every|each) (incoming )?messages?\b`), truth: false },
  { fact: 'types.three-types', pattern: r(String.raw`\bwebsocket apis? (are|is) stateless\b|\bstateless,? like rest\b`), truth: false },
  { fact: 'types.three-types', pattern: r(String.raw`\b(stateful|persistent|full duplex|two way|bidirectional)\b`), truth: true, about: ['apigw-websocket', 'appsync', 'alb'] },
  // And the other way round: REST and HTTP APIs are stateless, with no connection kept open between requests.
  { fact: 'types.three-types', pattern: r(String.raw`\bstateful\b|\bfull duplex\b|\bkeeps? (each |every |a |the |its |their )?(client )?connections? open\b`), truth: false, about: REST_HTTP },
  { fact: 'ws.wss', pattern: r(String.raw`\bwss://`), truth: true, about: ['apigw-websocket'] },
  { fact: 'types.http-auth', pattern: r(String.raw`\bcognito (user pool )?authori[sz]er( type)?\b.*\bhttp apis?\b|\bhttp apis?\b.*\bcognito (user pool )?authori[sz]er\b`), truth: false },
  { fact: 'auth.websocket', pattern: r(String.raw`\b(cognito( user pool)?|jwt|token) authori[sz]ers?\b.*(\$(connect|default|disconnect)\b|\bcustom routes?\b)`), truth: false },
  { fact: 'auth.websocket', pattern: r(String.raw`\blambda request authori[sz]er\b.*\$connect\b`), truth: true, about: ['apigw-websocket'] },
  { fact: 'ep.edge-still-regional', pattern: r(String.raw`\b(still )?deployed (in|to) (a single|one) (aws )?region\b|\blives? in (a single|one) (aws )?region\b`), truth: true, about: ['apigw-rest'] },
  { fact: 'ep.edge', pattern: r(String.raw`\bapi gateway\b.*\b(creates|manages|owns)\b.*\bdistribution\b`), truth: true, about: ['apigw-rest'] },
  { fact: 'auth.websocket', pattern: r(String.raw`\bonly (amazon )?cognito\b|\bcognito user pool authori[sz]ers? only\b`), truth: false },
  { fact: 'ws.limits', pattern: r(String.raw`\b128 kb\b`), truth: true, about: ['apigw-websocket'] },
  // The payload quota: 10 MB for REST and HTTP APIs, 128 KB for a WebSocket message, and never unlimited.
  // (128 KB is the WebSocket message quota, ws.limits.)
  { fact: 'ws.limits', pattern: r(String.raw`\b(rest|http) apis? (accept|allow|take|handle|support|receive)s? (request (bodies|payloads) of )?(at most |up to |only |no more than )?128 kb\b`), truth: false },
  { fact: 'int.payload', pattern: r(String.raw`\b(payload|request body|body) sizes? (has|have|is|are) (no|not) (limit|limited|maximum|quota|capped)\b|\bunlimited (payload|request bod)|\b(payloads?|request bod(y|ies)) of any size\b`), truth: false },
  { fact: 'ws.limits', pattern: r(String.raw`\bidle\b.*\b(10|ten) minutes?\b|\b(10|ten) minutes?\b.*\bidle\b`), truth: true, about: ['apigw-websocket'] },
  { fact: 'ws.limits', pattern: r(String.raw`\b(2|two) hours?\b.*\b(connection|open)\b|\b(connection|connections)\b.*\b(at most|maximum|max|up to|after|within) (2|two) hours?\b`), truth: true, about: ['apigw-websocket'] },
  { fact: 'ws.limits', pattern: r(String.raw`\b(stay|stays|remain|remains|kept|keep) open (indefinitely|forever|without (a )?limit)\b|\b(\d+ )?gb\b.*\bmessages?\b|\bmessages?\b.*\b\d+ ?gb\b`), truth: false },
  // A connection with no end of its own: every connection closes after two hours at most, and after 10 idle minutes.
  { fact: 'ws.limits', pattern: r(String.raw`\bconnections?\b[^.;]*\bnever (close|closes|closed|time out|times out|expire|expires|drop|drops|end|ends)\b|\bno (maximum|max|limit (on|to)( the)?) (connection )?(duration|lifetime|length)\b`), truth: false, about: ['apigw-websocket'] },
  { fact: 'int.rest-types', pattern: r(String.raw`^\s*(aws_proxy|aws proxy|http_proxy|http proxy|mock|aws|http)\s*\.?\s*$`), truth: true, about: ['apigw-rest'] },
  { fact: 'int.rest-types', pattern: r(String.raw`^\s*(graphql|sql_query|sql query|ftp_relay|ftp relay|smtp|jdbc|grpc|soap)\s*\.?\s*$`), truth: false },
  { fact: 'price.websocket', pattern: r(String.raw`\bmessages\b.*\b(sent|received)\b.*\bconnection minutes\b|\bconnection minutes\b.*\bmessages\b`), truth: true, about: ['apigw-websocket'] },
  { fact: 'int.lambda-proxy', pattern: r(String.raw`\bstatus ?code\b.*\bheaders\b.*\bbody\b`), truth: true, about: ['apigw-rest', 'apigw-http'] },
  // A mock integration answers from API Gateway itself: it calls, feeds or passes on the output of no backend ("a mock
  // integration that stores each body in the queue", "… that returns the function's output").
  { fact: 'int.mock', pattern: r(String.raw`\bmock(?: integrations?)?\b${IN_CLAUSE}*?\b(?:invok\w*|calls?|calling|forward\w*|sends?|sending|pass(?:es|ing)? on|stor(?:e|es|ed|ing)|writ(?:e|es|ing)|puts?|putting|deliver\w*|relay\w*|returns? (?:the |its |each )?(?:function|lambda|backend|database|service|server|queue)'?s?|reach\w*)\b${IN_CLAUSE}*?\b(?:functions?|lambda|backends?|queues?|sqs|tables?|dynamodb|buckets?|s3|databases?|servers?|services?|output)\b`), truth: false },
  { fact: 'ws.connect-dynamodb', pattern: r(String.raw`\bdynamodb\b.*\bconnection ids?\b|\bconnection ids?\b.*\bdynamodb\b`), truth: true },
  { fact: 'ws.connect-dynamodb', pattern: r(String.raw`\b(sqs|queue|cloudfront|s3 bucket)\b.*\b(hold|store|keep)s?\b.*\bconnection ids?\b`), truth: false },
  // The $connect function the team writes stores the connection ID: API Gateway keeps no table of its own.
  { fact: 'ws.connect-dynamodb', pattern: r(String.raw`\bconnection ids?\b.*\b(without (any |writing )?(code|a function|lambda)|automatically|on its own)\b|\b(automatically|on its own)\b.*\bconnection ids?\b.*\bdynamodb\b`), truth: false },
  // Endpoints
  { fact: 'ep.private', pattern: r(String.raw`\bresource policy (is )?(required|mandatory|needed)\b|\brequires? a resource policy\b`), truth: true, about: ['apigw-rest'] },
  // A private API answers no one until a resource policy grants access.
  { fact: 'ep.private', pattern: r(String.raw`\bprivate (rest )?apis?\b.*\b(without|with no|no|needs? no|not need|does not need|do not need)( an?| any)? resource polic(y|ies)\b|\bprivate (rest )?apis?\b.*\bresource polic(y|ies) (is|are) (optional|not (needed|required))\b`), truth: false, about: ['apigw-rest'] },
  { fact: 'ep.private', pattern: r(String.raw`\binterface vpc endpoint\b|\bvpc endpoint for (the )?execute api\b`), truth: true, about: ['apigw-rest'] },
  { fact: 'ep.private', pattern: r(String.raw`\bprivate (endpoint|api)\b.*\b(so that|so|to let|lets?|allowing|in order)\b.*\b(reach|access|call)(es|ed|s)?\b.*\b(vpc|backend|instances|private subnets?)\b`), truth: false },
  { fact: 'ep.private', pattern: r(String.raw`\b(reachable|accessible|callable) from the internet\b|\bbecomes? (publicly )?reachable\b`), truth: false, about: ['apigw-rest'] },
  { fact: 'ep.private-pricing', pattern: r(String.raw`\bdata transfer out\b.*\binternet\b|\bcharged for data transfer\b`), truth: false, about: ['apigw-rest'] },
  { fact: 'ep.edge', pattern: r(String.raw`\bdistribution (is )?(created|owned|managed) (and managed )?by api gateway\b|\bapi gateway (creates|manages|owns)\b.*\bdistribution\b|\bnearest (cloudfront )?(point of presence|pop|edge location)\b`), truth: true, about: ['apigw-rest'] },
  // A Regional endpoint has no API Gateway-managed distribution, and is no VPC-only endpoint.
  { fact: 'ep.regional', pattern: r(String.raw`\bregional\b.*\b(cloudfront|distribution)\b.*\b(api gateway (owns|manages|creates|runs)|(owned|managed|created|run) by api gateway)\b|\bregional\b.*\b(api gateway managed|managed by api gateway)\b.*\b(cloudfront|distribution)\b`), truth: false },
  { fact: 'ep.private', pattern: r(String.raw`\bregional\b.*\bonly\b.*\b(inside|within|from) (an? |the |your )?vpcs?\b|\bregional\b.*\bonly\b.*\binterface (vpc )?endpoints?\b`), truth: false },
  // The edge-optimized endpoint's distribution belongs to API Gateway: a distribution one controls sits in front of a Regional endpoint.
  { fact: 'ep.edge', pattern: r(String.raw`\b(edge optimi[sz]ed|managed (cloudfront )?distribution)\b.*\b(customi[sz]\w*|tailor\w*|(set|change|edit|configure|add) (its |the )?(own )?(cache )?behaviou?rs?|(can|may) be (changed|modified|edited|tuned|configured))\b`), truth: false },
  { fact: 'ep.regional', pattern: r(String.raw`\bregional\b(?=.*\b(cloudfront|distribution)\b).*\b(as (its|the|an?) origin|origin of|behind (an? |the |its |their |your )?(own |company'?s? |team'?s? )?(cloudfront|distribution))\b`), truth: true },
  { fact: 'ep.regional', pattern: r(String.raw`\bregional\b.*\b(clients?|callers?|consumers?|applications?|services?)\b.*\bsame (aws )?region\b`), truth: true, about: ['apigw-rest', 'apigw-http', 'apigw-websocket'] },
  { fact: 'types.http-no-private-no-edge', pattern: r(String.raw`\bhttp apis?\b.*\b(same|all three|every)\b.*\bendpoint types?\b|\bhttp apis?\b.*\b(edge optimi[sz]ed|private) endpoints?\b`), truth: false },
  { fact: 'types.http-no-private-no-edge', pattern: r(String.raw`\bhttp apis?\b[^.]*\b(only|just|solely)\b[^.]*\bregional\b|\bhttp apis?\b[^.]*\bregional (endpoints? )?only\b`), truth: true, about: ['apigw-http'] },
  { fact: 'auth.jwt-on-rest', pattern: r(String.raw`\bjwt authori[sz]ers?\b.*\brest apis?\b|\brest apis?\b.*\bnative jwt\b`), truth: false },
  { fact: 'auth.websocket', pattern: r(String.raw`\bcognito (user pool )?authori[sz]er\b.*\bweb ?socket\b|\bweb ?socket\b.*\bcognito (user pool )?authori[sz]er\b`), truth: false },
  { fact: 'ep.default', pattern: r(String.raw`\bdefault endpoint type\b.*\bedge optimi[sz]ed\b|\bedge optimi[sz]ed\b.*\bdefault\b`), truth: true, about: ['apigw-rest'] },
  // Timeouts
  // (Not what a Lambda function itself may run for: "each function can be set to run for up to 15 minutes" is int.lambda-timeout.)
  { fact: 'int.timeout-raisable', pattern: r(String.raw`^(?!.*\b(?:lambda )?functions?\b(?: [\w']+){0,5} run(?:s|ning)? for (?:up to )?(?:15 minutes|900 seconds))(?:.*?)\b(up to|for up to|as long as|run for) (90 seconds|two minutes|2 minutes|five minutes|5 minutes|15 minutes|several minutes)\b|\bno (integration )?timeout\b|\bwhose integrations have no timeout\b`), truth: false, about: ['apigw-http', 'apigw-websocket'] },
  { fact: 'int.timeout-raisable', pattern: r(String.raw`\bhttp apis?\b.*\b(30|thirty) seconds\b`), truth: true },
  { fact: 'int.timeout-raisable', pattern: r(String.raw`\bedge optimi[sz]ed\b.*\btimeout (increase|raise|extension)|\btimeout (increase|raise|extension)\b.*\bedge optimi[sz]ed\b|\b(increase|raise|extend)\b.*\btimeout\b.*\bedge optimi[sz]ed\b`), truth: false },
  // (A Regional or private REST API's timeout said to be raisable, whatever the order of its words: "a Regional REST API's integration timeout can be raised".)
  { fact: 'int.timeout-raisable', pattern: r(String.raw`\b(regional|private)\b.*\btimeout (increase|raise)|\b(request|raise|increase)\b.*\btimeout\b.*\b(regional|private)\b|\b(regional|private)\b.*\btimeout\b.*\bcan be (raised|increased|extended)\b`), truth: true, about: ['apigw-rest'] },
  { fact: 'int.timeout-raisable', pattern: r(String.raw`^(?!.*\b(regional|private)\b).*\b(integration )?timeout can be (raised|increased|extended)\b`), truth: false, about: ['apigw-rest'] },
  // Deployment and stages
  { fact: 'deploy.stage-variables', pattern: r(String.raw`\bstage variables?\b.*\b(secrets?|passwords?|credentials)\b|\b(secrets?|passwords?|credentials)\b.*\bstage variables?\b`), truth: false },
  { fact: 'deploy.stage-variables', pattern: r(String.raw`\bstage variables?\b.*\b(limits?|quotas?|throttl\w*|enforce\w*)\b`), truth: false },
  { fact: 'deploy.stages', pattern: r(String.raw`\b(each|every) stage (has|gets) its own (invoke )?url\b|\bown invoke url\b`), truth: true, about: APIGW },
  { fact: 'deploy.redeploy', pattern: r(String.raw`\b(${DEPLOYING})\b.*\b(memory|timeout|function code)\b|\b(memory|timeout)\b.*\b(${DEPLOYING})\b`), truth: false },
  // An HTTP API can deploy each change automatically: a manual deployment is never required of it.
  { fact: 'types.http-auto-deploy', pattern: r(String.raw`\b(every|each|any|all) (changes?|edits?|updates?)\b[^.]*\b(always )?(needs?|requires?|must (be followed by|have))\b[^.]*\bmanual (re)?deploy\w*|\bmanual (re)?deploy\w* (is |are )?(always )?(needed|required|necessary)\b`), truth: false, about: ['apigw-http'] },
  // A change to the REST API's own configuration reaches no stage until it is deployed.
  { fact: 'deploy.redeploy', pattern: r(String.raw`^(?=[^.]*\b(add\w*|new|chang\w*|edit\w*|updat\w*|modif\w*)\b)[^.]*\b(methods?|routes?|resources?|integrations?|authori[sz]ers?)\b[^.]*(\b(without|with no|no need for|needs? no|requires? no)( any| a| an)?( new| manual| fresh)? (re)?deploy\w*|\bno (new |manual )?(re)?deploy\w* (is )?(needed|required|necessary))`), truth: false, about: ['apigw-rest'] },
  // A change made inside the Lambda function (its code, memory, timeout) reaches callers without a new deployment of the API.
  { fact: 'deploy.lambda-config-no-redeploy', pattern: r(String.raw`^\s*(nothing|none|no action|no change|no (re)?deploy\w*|no,)(\W|$)|\bno (re)?deploy\w* (is )?(needed|required|necessary)\b`), truth: true, given: BACKEND_CHANGE },
  { fact: 'deploy.lambda-config-no-redeploy', pattern: r(String.raw`\b(must|should|has to|have to|needs? to) be (re)?deployed\b|^(?![^.]*\b(without|no|not|never|needn't)\b)[^.]*\bredeploy\w*\b|\bnew (stage|deployment)s? must\b|(^\s*|\bmust )(create|add) (a )?new stage\b`), truth: false, given: BACKEND_CHANGE },
  { fact: 'deploy.canary', pattern: r(String.raw`\bautomatically (ramps?|shifts?|increases?|promotes?)\b`), truth: false, about: ['apigw-rest'] },
  // Function URLs
  { fact: 'int.function-urls', pattern: r(String.raw`\bown (dedicated )?https? endpoint\b|\bdedicated https? endpoint\b`), truth: true, about: ['lambda-url'] },
  { fact: 'int.function-urls', pattern: r(String.raw`\baws_iam\b.*\bnone\b|\bnone\b.*\baws_iam\b|\b(aws )?iam (auth\w* )?or none\b|\bnone or (aws )?iam\b`), truth: true, about: ['lambda-url'] },
  { fact: 'int.function-urls', pattern: r(String.raw`\brequires? an? (application )?load balancer\b`), truth: false, about: ['lambda-url'] },
  // Load balancers
  { fact: 'int.alb-lambda', pattern: r(String.raw`\blambda target groups?\b|\bregistered as targets?\b|\bsynchronously\b.*\bjson\b|\bjson event\b`), truth: true, about: ['alb'] },
  { fact: 'int.alb-lambda', pattern: r(String.raw`\bwebsocket connections? (open )?to lambda\b|\bkeep websocket connections? open to lambda`), truth: false, about: ['alb'] },
  { fact: 'cmp.alb-layer7', pattern: r(String.raw`\bnetwork layer\b|\blayer (4|four)\b`), truth: false, about: ['alb'] },
  // Monitoring
  { fact: 'mon.cloudtrail', pattern: r(String.raw`\bcloudtrail\b.*\b(records?|logs?)\b.*\b(management|api) calls?\b`), truth: true },
  // A REST API's resource policy can let principals of another AWS account call it (auth.resource-policies, ep.private).
  { fact: 'auth.resource-policies', pattern: r(String.raw`\bresource polic(y|ies)\b.*\b(grant|grants|allow|allows|give|gives|permit|permits|let|lets)\b.*\b(another|other|different|a second|separate) (aws )?accounts?\b|\b(these|the|such|those) polic(y|ies)\b.*\b(grant|grants|allow|allows|give|gives|permit|permits)\b.*\b(another|other|different|separate) aws accounts?\b`), truth: true, about: ['apigw-rest'] },
  // Latency is IntegrationLatency plus API Gateway's own time (mon.cw-metrics-rest).
  { fact: 'mon.cw-metrics-rest', pattern: r(String.raw`^(?!.*\b(only|just|excludes?|without)\b).*\blatency\b.*\b(covers?|includes?|is|equals?|adds? up to|made up of|measures?)\b.*\bintegration ?latency\b.*\b(plus|and)\b.*\b(api gateway|overhead)\b`), truth: true },
  // CloudTrail records management calls; performance (latency, error rates, request counts) is CloudWatch's.
  { fact: 'mon.cloudtrail', pattern: r(String.raw`^(?!.*\bcloudwatch\b).*\bcloudtrail\b.*\b(latency|latencies|response times?|error rates?|performance metrics?)\b`), truth: false },
  // And the other way round: management calls are CloudTrail's, not CloudWatch's.
  { fact: 'mon.cloudtrail', pattern: r(String.raw`^(?!.*\bcloudtrail\b).*\bcloudwatch\b.*\b(management|control plane|configuration) (api )?(calls?|changes?)\b`), truth: false },
  { fact: 'mon.metrics-automatic', pattern: r(String.raw`\bone minute\b.*\bmetrics?\b|\bmetrics?\b.*\b(one|1) minute\b`), truth: true, about: APIGW },
  { fact: 'mon.bodies', pattern: r(String.raw`\b(request|response) bodies (are )?(always )?logged by default\b`), truth: false },
  { fact: 'types.http-auth', pattern: r(String.raw`\bhttp apis? support only jwt\b|\bonly jwt (and oidc )?authori`), truth: false },
  // REST APIs are not on their way out: retired, phased out, deprecated, superseded, succeeded or replaced by HTTP APIs are one claim.
  { fact: 'types.coexist', pattern: r(String.raw`\bhttp apis? (will |have |has )?(replace|succeed|supersede)[sd]? (the )?rest apis?\b|\brest apis?\b[^.]*\b(are|is) no longer (offered|available|supported|sold)\b|\bhttp apis?\b[^.]*\b(successors?|replacements?|next (version|generation)|newer version|new version) (of|to|for) (the )?rest apis?\b|\b(retir|phas|deprecat|sunset|discontinu)\w*( out)? (the )?rest apis?\b|\brest apis?\b[^.]*\b(are|is|will be|being) (now )?(deprecated|retired|phased out|sunset|discontinued|being retired|being phased out|replaced by http)\b|\brest apis? (are|is) (being )?(retir|phas|deprecat)\w*|\b(support for rest apis?|rest( api)? support) (will )?(end|ends|ended|stops?)\b|\brest apis? (are|is) the (newer|newest|latest)\b|\b(http|rest) apis?\b[^.]*\b(remain|exist|kept|kept on|offered)\w* only (for|as) (backward|backwards) compatib`), truth: false },
  { fact: 'types.definition', pattern: r(String.raw`\bcreate,? publish,? maintain,? monitor,? and secure\b`), truth: true, about: APIGW },
  { fact: 'cmp.s3-static', pattern: r(String.raw`\bhttps\b.*\bs3 website endpoint|\bs3 website endpoint\b.*\bhttps\b`), truth: false },
  { fact: 'auth.waf', pattern: r(String.raw`\bcach\w*\b.*\b(malicious|attacks?|exploits?|injection)\b`), truth: false },
  { fact: 'int.rest-types', pattern: r(String.raw`\b(jdbc|smtp|port 25|custom udp|udp protocol|mqtt broker|raw tcp|tcp sockets?|non http protocols?)\b`), truth: false, about: APIGW },
  // GraphQL is AppSync's: API Gateway has no GraphQL integration, resolver or schema of its own (whatever service the option is read as).
  { fact: 'cmp.appsync', pattern: r(String.raw`^(?!.*\bappsync\b)(.*\b(amazon )?api gateway\b[^.]*\bgraphql (integrations?|resolvers?|schemas?)\b|.*\bgraphql (integrations?|resolvers?|schemas?)\b[^.]*\b(amazon )?api gateway\b|.*\b(amazon )?api gateway (itself )?(resolves?|hosts?|runs?|executes?) (a |the )?graphql\b)`), truth: false },
  { fact: 'int.payload', pattern: r(String.raw`\b10 mb\b`), truth: true, about: REST_HTTP },
  ];
}

/** The statements an option makes: each matching claim, with whether it holds for the subject. */
export function claimsIn(norm: string, subject: ServiceId | null, { aboutSubjectOnly = false, asked = '', skip = (_: Claim): boolean => false } = {}): boolean[] {
  const found: boolean[] = [];
  for (const claim of claimsMatching(norm, asked)) {
    if (skip(claim)) continue;
    // Outside a question about one service, a statement tied to some services counts only for the service the option names.
    if (aboutSubjectOnly && claim.about && (!subject || !claim.about.includes(subject))) continue;
    // What holds only for other services is false of this one; what is false of others says nothing about it.
    if (!claim.about || !subject || claim.about.includes(subject)) found.push(claim.truth);
    else if (claim.truth) found.push(false);
  }
  return found;
}

/** The fact sheet's statements an option's normalised text makes, read with the question's normalised text. */
export const claimsMatching = (norm: string, asked = ''): Claim[] => CLAIMS().filter((claim) => claim.pattern.test(norm) && (!claim.given || claim.given.test(asked)));
