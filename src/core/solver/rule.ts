import type { Condition, RuleStep } from './types.js';

/*
 * The chapter's decision rule (as corrected by the fact sheet), as data: ordered steps, applied
 * top-down; the first step that fires decides. Each step lists the clue concepts that make it
 * fire and the requirements that stop it (a load balancer cannot meter partners).
 */

const any = (...ids: string[]): Condition[] => ids.map((id) => ({ all: [id] }));

/** Requirements only an API manager meets: they stop the non-API steps. */
export const API_MANAGEMENT = ['per-client-quota', 'request-validation', 'body-transform', 'throttling', 'timeout-raise', 'mock', 'apigw-definition'] as const;

/** Features only REST APIs have (step 7a). Clients around the world mean an edge-optimized endpoint. */
export const REST_ONLY = [
  'per-client-quota',
  'api-cache',
  'request-validation',
  'body-transform',
  'waf',
  'private-endpoint',
  'edge-optimized',
  'resource-policy',
  'xray',
  'canary',
  'mock',
  'timeout-raise',
  'long-running',
  'rest-logging',
  'gateway-responses',
  'full-features',
  'rest-named',
  'global-reach',
  'edge-location',
  'managed-edge',
  'rest-service-integration',
] as const;

/** What favours an HTTP API once no REST-only feature is needed (step 7b). */
export const HTTP_LEANINGS = ['low-cost', 'simple-proxy', 'user-auth', 'auto-deploy', 'cloud-map', 'latency-goal', 'validation-in-code'] as const;

/** Anything that shows the scenario is about an API to expose or manage. */
const API_SIGNALS = [
  'api-context',
  'front-for-backend',
  'dynamic-backend',
  'private-integration',
  'multi-function',
  'apigw-explicit',
  'apigw-definition',
  'service-integration',
  'no-glue-code',
  'throttling',
  'custom-domain',
  'auto-deploy',
  'cloud-map',
  'lambda-authorizer',
  'user-auth',
  'iam-auth',
  ...REST_ONLY.filter((id) => id !== 'global-reach' && id !== 'long-running' && id !== 'edge-location'),
];

/**
 * REST-only clues that do not stop a function URL: where the callers are says nothing about what
 * the endpoint must offer, and a function URL runs as long as its function may (up to 15 minutes).
 */
const FUNCTION_URL_COPES_WITH: readonly string[] = ['long-running', 'global-reach', 'edge-location', 'rest-named'];

export const RULE: readonly RuleStep[] = [
  {
    id: 'static',
    title: 'Static content?',
    service: 's3-cloudfront',
    when: any('static-site'),
    unless: [...API_MANAGEMENT, 'dynamic-backend', 'multi-function', 'origin-offload', 'service-integration', 'rest-service-integration', 'field-selection', 'multi-source'],
    fired: 'static files are stored and delivered, not computed: S3 hosts them and CloudFront adds HTTPS, a custom domain and low latency worldwide (API Gateway never hosts static sites)',
    passed: 'nothing in the text is a static website or static files to host',
    blocked: 'static files are mentioned, but the question is about an API that needs',
    settle: 'Is the content static files (HTML, CSS, JavaScript, images), or an API that runs code?',
  },
  {
    id: 'graphql',
    title: 'GraphQL?',
    service: 'appsync',
    when: [...any('graphql', 'field-selection', 'multi-source', 'offline-sync', 'data-subscriptions'), { all: ['pubsub-channels', 'no-connection-mgmt'] }],
    fired: 'GraphQL-style needs point to AppSync: one GraphQL endpoint over several data sources, clients pick their fields, subscriptions carry live data',
    passed: 'nothing mentions GraphQL, clients picking their fields, one endpoint over several data sources, or offline sync',
    blocked: 'GraphQL hints, but',
    settle: 'Do clients query exactly the fields they need (GraphQL), or call fixed REST resources?',
  },
  {
    id: 'push',
    title: 'Server push or two-way connection?',
    service: 'apigw-websocket',
    when: any('server-push', 'two-way', 'realtime-app', 'connection-ids', 'broadcast'),
    unless: ['load-balance'],
    fired: 'the backend must push to connected clients over a persistent two-way connection: a WebSocket API ($connect, $disconnect, @connections callbacks)',
    passed: 'nothing asks the server to push to clients over a persistent connection',
    blocked: 'two-way connections, but to instances behind a load balancer, and ALB carries WebSockets to instances natively:',
    settle: 'Must the server push messages to clients without being asked (chat, live scores), or is it request and response?',
  },
  {
    id: 'cdn',
    title: 'Content delivery or edge caching?',
    service: 'cloudfront',
    when: [
      ...any('edge-cache', 'media-delivery', 'edge-compute', 'cdn-control', 'origin-offload', 'signed-urls', 'large-payload'),
      // An API whose clients want the nearest edge location is an edge-optimized API, not a CDN.
      { all: ['cdn'], none: ['managed-edge'] },
      { all: ['edge-location'], none: ['api-context', 'apigw-explicit', 'managed-edge'] },
      { all: ['global-reach', 'latency-goal'], none: ['api-context', 'apigw-explicit', 'managed-edge'] },
    ],
    unless: [...API_MANAGEMENT, 'managed-edge'],
    fired: 'the goal is delivering content from edge locations close to viewers: CloudFront (in front of S3, an ALB or a Regional API)',
    passed: 'nothing asks to deliver or cache content at edge locations',
    blocked: 'edge delivery is mentioned, but CloudFront is not an API manager, and the scenario needs',
    settle: 'Is the goal to cache and deliver content close to viewers, or to manage an API?',
  },
  {
    id: 'load-balancer',
    title: 'Load balancing?',
    service: 'alb',
    when: [
      ...any('load-balance', 'long-running'),
      { all: ['compute-fleet', 'host-path-routing'] },
      // A web application on a fleet whose users must sign in: the load balancer authenticates them (no API in sight).
      { all: ['compute-fleet', 'user-auth'], none: ['api-context', 'apigw-explicit', 'lambda-mention'] },
    ],
    unless: [...API_MANAGEMENT, 'apigw-explicit', 'private-integration'],
    fired: 'spreading HTTP(S) traffic over instances or containers (health checks, target groups, layer 7, long synchronous requests) is the goal and no API management is asked for: an Application Load Balancer',
    passed: 'nothing asks to spread traffic over servers or containers',
    blocked: 'there are servers to balance, but an ALB has no API management, and the scenario needs',
    settle: 'Is the job to spread traffic across servers, or to manage an API (keys, quotas, validation)?',
  },
  {
    id: 'function-url',
    title: "A single function's URL?",
    service: 'lambda-url',
    when: [
      ...any('function-url'),
      { all: ['single-function', 'quick-endpoint'] },
      { all: ['single-function', 'endpoint-need'] },
      { all: ['quick-endpoint', 'lambda-mention'] },
    ],
    unless: [
      ...API_MANAGEMENT,
      ...REST_ONLY.filter((id) => !FUNCTION_URL_COPES_WITH.includes(id)),
      'multi-function',
      'no-endpoint',
      'custom-domain',
      'user-auth',
      'lambda-authorizer',
      'apigw-explicit',
      'no-glue-code',
      'service-integration',
    ],
    fired: 'one function needs a quick HTTPS endpoint with IAM or no auth and nothing else: its function URL is the simplest and cheapest',
    passed: 'nothing asks for one function that needs only an HTTPS URL',
    blocked: 'one function, but a function URL offers only IAM or no auth and nothing more, and the scenario needs',
    settle: 'Does the function need more than an HTTPS URL with IAM or no auth: user sign-in, throttling, caching, a custom domain, validation?',
  },
  {
    id: 'direct-invoke',
    title: 'Direct invocation?',
    service: 'lambda-invoke',
    when: [
      { all: ['direct-invoke'], none: ['endpoint-need', 'quick-endpoint', 'api-context', 'apigw-explicit'] },
      { all: ['lambda-mention', 'no-endpoint'] },
    ],
    unless: API_MANAGEMENT,
    fired: 'the caller holds IAM credentials and needs no HTTP endpoint: invoke the function directly with the SDK or CLI (lambda:InvokeFunction)',
    passed: 'nothing says the caller invokes the function from code with AWS credentials',
    blocked: 'direct invocation gives no API management, and the scenario needs',
    settle: 'Do the callers hold AWS credentials and call from code (SDK/CLI), or do they need an HTTPS endpoint?',
  },
  {
    id: 'api-gateway',
    title: 'An API to expose and manage?',
    when: any(...API_SIGNALS),
    fired: 'it is about exposing, securing or throttling an API (the front door to Lambda, HTTP backends or AWS services): Amazon API Gateway',
    passed: 'nothing here describes an API to expose or manage',
    blocked: 'an API, but',
    settle: 'Is this an API that clients call over HTTPS?',
  },
  {
    id: 'rest',
    title: 'A REST-only feature?',
    service: 'apigw-rest',
    // A REST API the scenario only names (the one it has today) does not stand against a wish to cut its cost.
    when: [...any(...REST_ONLY.filter((id) => id !== 'rest-named')), { all: ['rest-named'], none: ['low-cost'] }],
    fired: 'it needs a feature only REST APIs have',
    passed: 'nothing asks for a REST-only feature (API keys, usage plans, caching, validation, body mapping, WAF, private or edge-optimized endpoint, X-Ray, canary)',
    blocked: 'a REST-only feature, but',
    settle: 'Do you need API keys or per-client quotas, caching, request validation, AWS WAF or a private endpoint? If yes, a REST API; if not, an HTTP API.',
  },
  {
    id: 'http',
    title: 'Otherwise: HTTP API',
    service: 'apigw-http',
    when: [{ all: [] }],
    fired: 'nothing needs a REST-only feature, so the cheaper, faster HTTP API fits ($1.00 vs $3.50 per million requests)',
    passed: '',
    blocked: '',
    settle: 'Do you need API keys or per-client quotas, caching, request validation, AWS WAF or a private endpoint? If yes, a REST API; if not, an HTTP API.',
  },
];

/** Asked when no step of the rule fires. */
export const OPEN_QUESTION =
  'What must the solution do: host static files, answer GraphQL queries, push messages to connected clients, deliver content from the edge, spread traffic over servers, or expose an API?';

/** Why a REST API is not chosen when nothing needs it. */
export const REST_NOT_NEEDED = 'it would work, but none of its extra features is needed and it costs 3.5 times as much ($3.50 vs $1.00 per million requests)';
