import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../../src/core/solver/concepts.js';
import { findClues } from '../../../src/core/solver/clues.js';
import { formatSolution, solutionJson } from '../../../src/core/solver/format.js';
import { OPEN_QUESTION, REST_ONLY, RULE } from '../../../src/core/solver/rule.js';
import { solve } from '../../../src/core/solver/solve.js';
import { SERVICE_IDS } from '../../../src/core/solver/types.js';

const ids = new Set(CONCEPTS.map((c) => c.id));

describe('the decision rule as data', () => {
  it('keeps the chapter order: static → GraphQL → push → CDN → load balancing → function URL → direct invocation → API Gateway → REST → HTTP', () => {
    expect(RULE.map((s) => s.id)).toEqual(['static', 'graphql', 'push', 'cdn', 'load-balancer', 'function-url', 'direct-invoke', 'api-gateway', 'rest', 'http']);
  });

  it('refers only to concepts that exist', () => {
    for (const step of RULE) {
      for (const c of step.when) for (const id of [...c.all, ...(c.none ?? [])]) expect(ids.has(id), `${step.id}: ${id}`).toBe(true);
      for (const id of step.unless ?? []) expect(ids.has(id), `${step.id} unless ${id}`).toBe(true);
    }
  });

  it('names a service for every step but the API Gateway branch, and each service once', () => {
    const services = RULE.map((s) => s.service).filter(Boolean);
    expect(new Set(services).size).toBe(services.length);
    expect(RULE.filter((s) => !s.service).map((s) => s.id)).toEqual(['api-gateway']);
  });

  it('stops a function URL for every REST-only feature but where the callers are and how long a request runs', () => {
    const unless = new Set(RULE.find((s) => s.id === 'function-url')!.unless);
    const copes = REST_ONLY.filter((id) => !unless.has(id));
    expect(copes.sort()).toEqual(['edge-location', 'global-reach', 'long-running', 'rest-named']);
    expect(solve('One Lambda function needs a quick HTTPS endpoint, and it must return canned sample responses before the backend exists.').service).toBe('apigw-rest');
  });

  it('says what each step would ask to settle a doubt', () => {
    for (const step of RULE) expect(step.settle).toMatch(/\?/);
  });
});

describe('the reasoning the solver shows', () => {
  const partner = solve('A data provider must hand each partner its own key and cap every partner at 10,000 calls per month.');

  it('traces the steps in order up to the one that decides, with why each passed', () => {
    expect(partner.trace.map((t) => `${t.step}:${t.outcome}`)).toEqual([
      'static:passed',
      'graphql:passed',
      'push:passed',
      'cdn:passed',
      'load-balancer:passed',
      'function-url:passed',
      'direct-invoke:passed',
      'api-gateway:fired',
      'rest:fired',
    ]);
    for (const t of partner.trace) expect(t.reason.length).toBeGreaterThan(10);
    expect(partner.trace.at(-1)?.reason).toContain('"each partner its own key"');
  });

  it('stops at the first step that fires', () => {
    const s = solve('A multiplayer game must push score changes to connected players the instant they happen.');
    expect(s.trace.map((t) => t.step)).toEqual(['static', 'graphql', 'push']);
    expect(s.trace.at(-1)).toMatchObject({ outcome: 'fired' });
    expect(s.trace.at(-1)?.clues.length).toBeGreaterThan(0);
  });

  it('shows a blocked step and what blocked it', () => {
    const s = solve('A Regional REST API calls a backend that needs about 2 minutes per request, and the team wants to keep using the gateway by raising its integration timeout.');
    const alb = s.trace.find((t) => t.step === 'load-balancer');
    expect(alb).toMatchObject({ outcome: 'blocked' });
    expect(alb?.reason).toContain('raising its integration timeout');
  });

  it('gives one reason for every rejected candidate, naming what it lacks', () => {
    expect(Object.keys(partner.rejected).sort()).toEqual(SERVICE_IDS.filter((id) => id !== 'apigw-rest').sort());
    for (const reason of Object.values(partner.rejected)) expect(reason.length).toBeGreaterThan(10);
    expect(partner.rejected['apigw-http']).toMatch(/has no per-client quotas/);
    expect(partner.rejected.alb).toMatch(/per-client quotas/);
  });

  it('explains that a REST API costs more when nothing needs it', () => {
    const s = solve('A startup wants the lowest-cost HTTPS front end for three Lambda functions and nothing else special.');
    expect(s.service).toBe('apigw-http');
    expect(s.rejected['apigw-rest']).toMatch(/costs 3\.5 times as much/);
  });

  it('quotes its clues from the text, wanted and excluded', () => {
    const s = solve('An API for three Lambda functions must validate request bodies but does not need caching.');
    expect(s.clues).toContainEqual(expect.objectContaining({ concept: 'request-validation', quote: 'validate request bodies', negated: false }));
    expect(s.clues).toContainEqual(expect.objectContaining({ concept: 'api-cache', quote: 'does not need caching', negated: true }));
  });

  it('keeps confidence within 0..1: high with clear clues, lower by default', () => {
    expect(partner.confidence).toBeGreaterThanOrEqual(0.8);
    expect(partner.confidence).toBeLessThanOrEqual(1);
    const vague = solve('Which API Gateway API type should a team use for its new API?');
    expect(vague.service).toBe('apigw-http');
    expect(vague.confidence).toBeLessThan(0.65);
    expect(vague.question).toMatch(/API keys or per-client quotas/);
  });

  /** The confidence of the solver's answer, once it is the expected service. */
  const confidenceFor = (text: string, service: string) => {
    const s = solve(text);
    expect(s.service).toBe(service);
    return s.confidence;
  };

  it('is never sure of a conclusion that rests on one clue alone', () => {
    expect(confidenceFor('The API must reject request bodies that do not match a JSON Schema.', 'apigw-rest')).toBeLessThan(0.8);
    expect(confidenceFor('The API must reject request bodies that do not match a JSON Schema, and each partner gets its own API key with a monthly quota.', 'apigw-rest')).toBeGreaterThanOrEqual(0.8);
  });

  it('counts as agreeing only clues of a condition the text meets, one idea reworded once, and not the chosen service named as the setting', () => {
    // "around the world" makes a CDN only together with a wish for speed.
    expect(confidenceFor('A game studio distributes its large patch downloads to players around the world.', 'cloudfront')).toBeLessThan(0.8);
    expect(confidenceFor('Each partner must get its own API key or a separate monthly quota on the API.', 'apigw-rest')).toBeLessThan(0.8);
    expect(confidenceFor("The company's existing Amazon API Gateway REST API must reject request bodies that do not match a JSON Schema.", 'apigw-rest')).toBeLessThan(0.8);
    expect(confidenceFor('Each partner must get its own API key, and the API must cap every partner at 5,000 calls a day.', 'apigw-rest')).toBeGreaterThanOrEqual(0.8);
  });

  it('is never sure when another service meets every need as well', () => {
    const channels = 'A news site broadcasts alerts to millions of browsers over WebSockets. The team wants serverless publish/subscribe channels and does not want to write code that tracks connections.';
    expect(confidenceFor(channels, 'appsync')).toBeLessThan(0.8);
    const own = 'The backend must push live scores to connected fans as they happen, and the server keeps each connection ID to send to it.';
    expect(confidenceFor(own, 'apigw-websocket')).toBeGreaterThanOrEqual(0.8);
  });

  it('asks what else a single function needs before settling on its URL', () => {
    const s = solve('A Lambda function needs an HTTPS endpoint.');
    expect(s.service).toBe('lambda-url');
    expect(s.confidence).toBeLessThan(0.65);
    expect(s.question).toMatch(/user sign-in, throttling, caching, a custom domain/);
    expect(solve('A Lambda function needs a quick HTTPS endpoint for a webhook.').question).toBeNull();
  });

  it('names no service and asks the settling question when nothing matches', () => {
    const s = solve('The company wants to modernise.');
    expect(s).toMatchObject({ service: null, name: null, confidence: 0, question: OPEN_QUESTION, choice: null });
    expect(Object.keys(s.rejected)).toHaveLength(SERVICE_IDS.length);
  });

  it('gives no answer to a scenario that only hints at a step, but says which step and what would settle it', () => {
    const s = solve('Our users are spread across several continents.');
    expect(s.service).toBeNull();
    expect(s.outOfScope).toBeNull();
    expect(s.question).toMatch(/\?/);
    // The step it leaned to is the last one shown, marked fired, and says it rests on part of its clues.
    expect(s.trace.at(-1)).toMatchObject({ outcome: 'fired' });
    expect(s.trace.at(-1)?.reason).toMatch(/only part of this/);
    expect(s.trace.filter((t) => t.outcome === 'fired')).toHaveLength(1);
  });

  it('still weighs a weak candidate against lettered options, with low confidence', () => {
    const s = solve('Our users are spread across several continents. Which service helps?\nA. Amazon CloudFront\nB. Amazon SQS');
    expect(s.service).not.toBeNull();
    expect(s.confidence).toBeLessThan(0.5);
    expect(s.question).toBeTruthy();
  });

  it('never says a step passed for a reason the text does not give', () => {
    // Nothing here is about HTTP: a passed step says what the text does not ask for, not what it needs.
    const s = solve('I need something cheap for my app.');
    for (const t of s.trace.filter((e) => e.outcome === 'passed')) expect(t.reason).not.toMatch(/callers need an HTTP endpoint/);
  });

  it('rejects the other services by the step that really decided', () => {
    const s = solve('A developer wants a dedicated HTTPS endpoint for a single Lambda function, with no API management features.');
    expect(s.service).toBe('lambda-url');
    const fired = s.trace.filter((t) => t.outcome === 'fired').map((t) => t.title);
    expect(fired).toEqual(["A single function's URL?"]);
    for (const reason of Object.values(s.rejected)) {
      const settled = /the rule settles earlier, at "([^"]+)"/.exec(reason ?? '');
      if (settled) expect(fired).toContain(settled[1]);
    }
  });
});

describe('output', () => {
  const s = solve('Security requires AWS WAF rules to block SQL-injection attempts directly on the API.');

  it('--json carries exactly the documented fields', () => {
    const json = solutionJson(s);
    expect(Object.keys(json)).toEqual(['service', 'name', 'clues', 'trace', 'rejected', 'confidence', 'question', 'outOfScope', 'choice']);
    const withOptions = solutionJson(solve('Which service fits? (Choose TWO.)\nA. Amazon S3\nB. Amazon CloudFront\nC. AWS AppSync'));
    expect(Object.keys(withOptions)).toEqual(['service', 'name', 'clues', 'trace', 'rejected', 'confidence', 'question', 'outOfScope', 'options', 'pick', 'choices', 'choice', 'guess']);
    expect(json.clues[0]).toEqual({ concept: expect.any(String), label: expect.any(String), quote: expect.any(String), negated: expect.any(Boolean) });
    expect(json.service).toBe('apigw-rest');
  });

  it('the human report shows the recommendation, the clues, the rule in order and one line per rejected service', () => {
    const text = formatSolution(s);
    expect(text).toMatch(/^Amazon API Gateway REST API {2}\(apigw-rest, confidence 0\.\d+\)/);
    expect(text).toContain('✓ AWS WAF rules against web exploits: "AWS WAF rules", "SQL-injection"');
    expect(text).toMatch(/^ {3}1\. Static content\? +passed: nothing in the text is a static website/m);
    expect(text).toMatch(/^ {3}9\. A REST-only feature\? +fired: it needs a feature only REST APIs have: AWS WAF/m);
    expect(text.match(/^ {2}not /gm)).toHaveLength(8);
    expect(text).toContain('  not ALB: ');
  });

  it('shows what the text rules out once per phrase, with every feature it excludes', () => {
    const text = formatSolution(solve('An API proxies to Lambda functions. It needs no API keys, caching or AWS WAF.'));
    expect(text).toContain(
      '  ✗ ruled out by "needs no API keys, caching or AWS WAF": per-client quotas and API keys (usage plans); response caching at the gateway; AWS WAF rules against web exploits',
    );
  });
});

describe('what someone proposes', () => {
  it('sets aside the proposed means but keeps what the content is', () => {
    const s = solve('A colleague proposed serving our static product-catalogue pages from an Application Load Balancer. All we need is HTTPS and quick loading everywhere.');
    expect(s.service).toBe('s3-cloudfront');
  });

  it('keeps the purpose a proposal states as the text\'s own goal', () => {
    const clues = findClues('An architect proposes a usage plan for every client to stop the bots that scrape the catalogue.');
    expect(clues.find((c) => c.concept === 'per-client-quota')?.negated).toBe(true);
    expect(clues.find((c) => c.concept === 'waf')?.negated).toBe(false);
  });
});

describe('confidence when a neighbour explains the text', () => {
  it('stays below 0.8 when a neighbour states a need the chosen service does not meet', () => {
    const s = solve('A shop\'s web tier on EC2 instances needs requests for /cart and /search routed to separate target groups, with health checks. The shop also wants more instances for the Friday sale. Which service should it use?');
    expect(s.service).toBe('alb');
    expect(s.confidence).toBeLessThan(0.8);
  });

  it('stays below 0.8 when the only strong clue is the chosen service named in the setting', () => {
    const s = solve('An intranet runs on EC2 instances behind an Application Load Balancer, and staff log in with their directory accounts. Which service should the company use?');
    if (s.service) expect(s.confidence).toBeLessThan(0.8);
  });
});
