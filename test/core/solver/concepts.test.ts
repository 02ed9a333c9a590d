import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { CONCEPTS } from '../../../src/core/solver/concepts.js';
import { compilePattern } from '../../../src/core/solver/pattern.js';

/**
 * Every clue concept, written the many ways people write it: AWS wording, business wording,
 * paraphrase, other word forms and capitalisation. Each phrase must be recognised as the concept.
 */
const WRITTEN_AS: Record<string, string[]> = {
  'static-site': ['a static website', 'HTML, CSS and JavaScript files', 'plain HTML and images', 'a React single-page app', 'There is no server-side code at all', 'a product-brochure site', 'a STATIC SITE'],
  graphql: ['GraphQL queries and mutations', 'a Graph QL schema', 'AppSync'],
  'field-selection': ['the app asks for exactly the fields it needs', 'each screen requests only the data it displays', 'clients complain about over-fetching'],
  'multi-source': ['one endpoint over several data sources', 'shipment and invoice data from three different databases in a single query', 'a single request over multiple tables'],
  'offline-sync': ['the app must work offline', 'technicians lose connectivity', 'when they come back online', 'offline data synchronization', 'conflict resolution'],
  'data-subscriptions': ['subscribe to data changes', 'GraphQL subscriptions', 'clients subscribed to updates'],
  'pubsub-channels': ['pub/sub channels', 'a publish-subscribe API', 'channels that clients subscribe to'],
  'no-connection-mgmt': ['without managing connection IDs', 'no connection bookkeeping', 'without having to track websocket connections'],
  'server-push': ['push score changes to connected players', 'without the clients polling', 'no need for the browsers to refresh', 'the moment the market moves', 'odds change every second', 'pushed from the server', 'receive live updates'],
  'two-way': ['keep a socket open to each browser', 'connections the devices keep open', 'a two-way connection', 'bidirectional messaging', 'keep a persistent connection open', 'WebSockets', 'over the same connection', 'full-duplex communication'],
  'realtime-app': ['a chat app', 'a multiplayer game', 'live scores', 'a real-time dashboard', 'collaborative editing'],
  'connection-ids': ["each client's connection ID", 'the @connections callback URL', 'every connected user', '$connect'],
  broadcast: ['broadcast a message', 'broadcasts the update to all players', 'fan out messages to connected clients'],
  'edge-cache': ['cached close to the viewers', 'caching at the edge', 'servers near each viewer', 'edge caching'],
  'cdn-control': ['custom cache behaviors', 'multiple origins', 'origin failover'],
  cdn: ['a CDN', 'a content delivery network', 'a CloudFront distribution'],
  'edge-location': ['the nearest edge location', 'points of presence', 'the AWS edge network'],
  'media-delivery': ['distributes large video files', 'multi-gigabyte patches', 'trailers delivered to fans', 'millions of viewers', 'video on demand', 'downloads must be fast'],
  'edge-compute': ['Lambda@Edge', 'CloudFront Functions', 'run code at edge locations'],
  'global-reach': ['users in Asia', 'customers in other countries', 'visitors worldwide', 'users on several continents', 'callers in Europe, Asia and the Americas', 'a global audience', 'around the world'],
  'latency-goal': ['low latency', 'faster connections', 'speed up page loads', 'reduce latency'],
  'private-integration': ['passes requests through to an Application Load Balancer', 'a VPC link', 'a private integration'],
  'load-balance': ['spread traffic across healthy instances', 'HTTPS traffic distributed over the EC2 instances', 'health checks', 'target groups', 'a layer 7 load balancer', 'requests balanced across six servers'],
  'compute-fleet': ['an Auto Scaling group', 'EC2 instances', 'ECS tasks', 'containerized', 'across three Availability Zones'],
  'host-path-routing': ['path-based routing', 'route by host name', '/orders and /users sent to different target groups'],
  'long-running': ['runs synchronously for several minutes', 'needs about 2 minutes per request', 'takes ten minutes', 'longer than 29 seconds', 'long-running requests', 'keep the connection open for several minutes'],
  'function-url': ['a function URL', 'Lambda function URLs'],
  'single-function': ['a single Lambda function', 'one function', 'just one Lambda function'],
  'quick-endpoint': ['with the least setup possible', 'minimal configuration', 'a quick HTTPS endpoint', 'a webhook', 'a weekend prototype', 'a hackathon demo', 'proof of concept', 'GitHub webhook calls'],
  'lambda-mention': ['Lambda', 'a function', 'serverless'],
  'multi-function': ['three Lambda functions', 'several microservices', 'five routes', 'routes like /users'],
  'direct-invoke': ['through the AWS SDK', 'the AWS CLI', 'invoke the function directly', 'lambda:InvokeFunction', 'a nightly job calls the function'],
  'no-endpoint': ['no HTTP endpoint at all', 'no HTTP interface should exist', 'without any public endpoint', 'exposing an HTTP endpoint is forbidden'],
  'endpoint-need': ['expose it over HTTPS', 'an HTTPS endpoint', 'a public URL', 'from the internet', 'web browsers', 'internet-facing'],
  'apigw-explicit': ['Amazon API Gateway', 'the gateway', 'a gateway-level cache'],
  'apigw-definition': ['create, publish, maintain, monitor and secure APIs at any scale', 'a fully managed service for APIs', 'the front door'],
  'api-context': ['an API', 'RESTful endpoints', 'an HTTPS front end', 'POST requests', 'one base URL'],
  'service-integration': ['straight into an SQS queue', 'write to Kinesis', 'an AWS service integration', 'directly into a DynamoDB table'],
  'no-glue-code': ['without writing any Lambda code', 'no new compute', 'no Lambda code in the path', 'without deploying a translation function'],
  'per-client-quota': [
    'API keys',
    'usage plans',
    'each partner its own key',
    'cap every partner at 10,000 calls per month',
    'bronze, silver and gold plans',
    'monetise its API',
    'the API can be monetized',
    'meter how many calls each customer makes',
    'charging developers per call',
    'every broker may make at most 1,000 quotes a day',
    "enforces each partner's contracted request volume",
    'each airline gets credentials to identify it',
    'identified by a key it sends in a header',
    'AWS Marketplace',
  ],
  throttling: ['throttling', 'a rate limit', '500 requests per second', 'protect the backend from traffic spikes', 'Too Many Requests'],
  'api-cache': ['a stage-level cache', 'caching responses', 'responses held at the API layer for five minutes', 'keep a copy of responses for 30 seconds', 'a TTL of 60 seconds', 'CACHED'],
  'validation-in-code': ['validate input inside the function', 'the Lambda function validates the input'],
  'request-validation': ['validate request bodies', 'reject bodies that do not match a schema', 'reject request bodies that do not match a JSON Schema model', 'malformed JSON', 'missing required fields', 'a JSON Schema'],
  'param-mapping': ['add a header to every request', 'rename a query string parameter'],
  'body-transform': ['mapping templates', 'accepts only XML', 'convert the request and response bodies', 'rewrite the payloads between JSON and XML', 'VTL'],
  waf: ['AWS WAF', 'a web application firewall', 'SQL injection', 'cross-site scripting', 'block malicious bots'],
  'private-endpoint': ['reachable only from inside the VPC', 'never from the internet', 'a private API', 'an interface VPC endpoint', 'must not be reachable publicly', 'consumed only by services inside our VPC'],
  'edge-optimized': ['an edge-optimized endpoint', 'Edge-Optimised API'],
  'regional-endpoint': ['a Regional endpoint', 'clients in the same AWS Region'],
  'rest-named': ['its API Gateway REST API', 'a Regional REST API'],
  'full-features': ['the fullest API-management feature set', 'the most features', 'full API management'],
  'resource-policy': ['a resource policy', 'known IP address ranges', 'deny requests from other AWS accounts', 'an IP allow list'],
  xray: ['AWS X-Ray', 'an end-to-end trace', 'a service map', 'tracing each API call', 'how much time each request spends in each service'],
  canary: ['a canary release', '10% of live traffic to the new deployment', 'a small percentage of real traffic', 'before a full cutover', 'promote the new version when'],
  mock: ['a mock integration', 'canned sample responses', 'before the backend exists'],
  'timeout-raise': ['raise the integration timeout', 'increasing the timeout', 'an integration timeout above 29 seconds'],
  'rest-logging': ['execution logs', 'Amazon Data Firehose'],
  'gateway-responses': ['custom gateway responses', 'customized error responses'],
  'user-auth': ['Amazon Cognito', 'a JWT', 'OIDC', 'users sign in', 'log in with the corporate identity provider', 'OAuth 2.0'],
  'lambda-authorizer': ['a Lambda authorizer', 'custom token logic', 'SAML'],
  'iam-auth': ['IAM auth', 'Signature Version 4', 'signed requests'],
  'custom-domain': ['a custom domain', 'its own domain', 'a branded URL'],
  'low-cost': ['the lowest cost', 'cheapest', 'cost-effective', 'a tight budget', 'we want to pay as little as possible', 'does not want to pay for features'],
  'simple-proxy': ['simple', 'just proxies to Lambda', 'nothing else special', 'no special features'],
  'auto-deploy': ['automatic deployments', 'deployed automatically', 'without redeploying'],
  'cloud-map': ['AWS Cloud Map'],
  'origin-offload': ['reduce the load on the EC2 origin', 'offloading requests from the origin servers'],
  'signed-urls': ['private downloads through signed URLs', 'signed cookies', 'origin access control'],
  'managed-edge': ['without managing a distribution', 'without running its own CDN', 'API Gateway manages the distribution'],
  'front-for-backend': ['a proxy in front of our Lambda functions', 'one managed front door for many backend services', 'a single entry point for the microservices'],
  'dynamic-backend': ['a dynamic contact form', 'form submissions', 'process the feedback form when visitors submit it', 'server-side processing'],
};

const positive = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

describe('clue concepts', () => {
  it('every concept has examples here, and every example names a real concept', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(Object.keys(WRITTEN_AS).sort()).toEqual([...ids].sort());
  });

  it('every pattern compiles', () => {
    for (const concept of CONCEPTS) for (const pattern of concept.patterns) expect(() => compilePattern(pattern), `${concept.id}: ${pattern}`).not.toThrow();
  });

  for (const [id, phrases] of Object.entries(WRITTEN_AS)) {
    it.each(phrases)(`${id} ← %s`, (phrase) => {
      expect(positive(phrase)).toContain(id);
    });
  }

  it('ignores case and hyphenation', () => {
    expect(positive('PER-CLIENT QUOTAS')).toEqual(positive('per client quotas'));
    expect(positive('Edge-Optimized')).toContain('edge-optimized');
  });

  it('matches whole words only', () => {
    expect(positive('a chatbot')).not.toContain('realtime-app');
    expect(positive('albums of photos')).not.toContain('load-balance');
    expect(positive('the rapid prototype')).toContain('quick-endpoint');
  });

  it('quotes the words of the text as written', () => {
    const [clue] = findClues('Each Partner must get its OWN key.').filter((c) => c.concept === 'per-client-quota');
    expect(clue?.quote).toBe('Each Partner must get its OWN key');
  });

  it('lets the more specific concept keep shared words', () => {
    // "edge cache" is content delivery, not the gateway's response cache.
    expect(positive('control over edge cache behaviors')).not.toContain('api-cache');
    // header rewriting is parameter mapping (HTTP APIs do it), not body transformation.
    expect(positive('add a header to every request')).not.toContain('body-transform');
    // validating in the function is not the gateway's request validation.
    expect(positive('it will validate input inside the function')).not.toContain('request-validation');
  });

  it('does not mistake the API key header for an API', () => {
    expect(positive('no API keys are used')).not.toContain('api-context');
  });

  it('reads "no API management features" as no API features, not as no endpoint', () => {
    expect(positive('a public HTTPS URL and no API management features at all')).not.toContain('no-endpoint');
    expect(findClues('no API management features').some((c) => c.concept === 'no-endpoint')).toBe(false);
  });

  it('matches every word form of a term through its stem', () => {
    for (const phrase of ['the API is monetised', 'monetizing the API', 'metered calls for each customer']) expect(positive(phrase)).toContain('per-client-quota');
    for (const phrase of ['form submission', 'forms are submitted and processed']) expect(positive(`a static site whose contact ${phrase}`)).toContain('dynamic-backend');
  });
});
