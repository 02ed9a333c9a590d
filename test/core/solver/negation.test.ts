import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const status = (text: string, concept: string) => {
  const clues = findClues(text).filter((c) => c.concept === concept);
  if (clues.length === 0) return 'absent';
  return clues.some((c) => !c.negated) ? 'wanted' : 'excluded';
};

describe('negation and exclusion flip a clue', () => {
  it.each([
    ['There are no API keys.', 'per-client-quota'],
    ['The API does not need caching.', 'api-cache'],
    ["It doesn't require request validation.", 'request-validation'],
    ['API keys are not required.', 'per-client-quota'],
    ['Caching is unnecessary here.', 'api-cache'],
    ['It needs neither caching nor API keys.', 'api-cache'],
    ['It needs neither caching nor API keys.', 'per-client-quota'],
    ['There is no need for request validation.', 'request-validation'],
    ['Nothing is said about per-client limits.', 'per-client-quota'],
    ['No one is charged per request or handed a separate quota.', 'per-client-quota'],
    ['The team will not use AWS WAF.', 'waf'],
    ['Users never sign in.', 'user-auth'],
    ['It should not be cached.', 'api-cache'],
    ['Rather than a CDN, the team wants an edge-optimized API.', 'cdn'],
    ['There are no API keys, usage plans, and caching needs.', 'api-cache'],
    ['API keys, request validation and response caching are all unnecessary.', 'per-client-quota'],
    ['API keys, request validation and response caching are all unnecessary.', 'request-validation'],
    ['There is no requirement to use API Gateway.', 'apigw-explicit'],
    ['Per-client quotas are not a requirement.', 'per-client-quota'],
    ['Exposing an HTTP endpoint is forbidden.', 'endpoint-need'],
    ['The security policy forbids public URLs.', 'endpoint-need'],
  ])('%s → %s excluded', (text, concept) => {
    expect(status(text, concept)).toBe('excluded');
  });

  it('"no throttling, caching or custom-domain needs" excludes all three', () => {
    const text = 'IAM auth is enough, and there are no throttling, caching or custom-domain needs.';
    expect(['throttling', 'api-cache', 'custom-domain'].map((c) => status(text, c))).toEqual(['excluded', 'excluded', 'excluded']);
  });

  it('"does not need API keys, usage plans, caching, request validation or a private endpoint" excludes the whole list', () => {
    const text = 'It does not need API keys, usage plans, caching, request validation or a private endpoint.';
    expect(['per-client-quota', 'api-cache', 'request-validation', 'private-endpoint'].map((c) => status(text, c))).toEqual(['excluded', 'excluded', 'excluded', 'excluded']);
  });

  it('"without writing Lambda code" excludes a function and asks for none', () => {
    const text = 'Bodies go straight into SQS without writing any Lambda code.';
    expect(status(text, 'lambda-mention')).toBe('excluded');
    expect(status(text, 'no-glue-code')).toBe('wanted');
  });

  it('"nothing else special" is a wish for simplicity, not an excluded feature', () => {
    expect(status('Users sign in with Cognito and nothing else special.', 'simple-proxy')).toBe('wanted');
    expect(status('Users sign in with Cognito and nothing else special.', 'user-auth')).toBe('wanted');
  });

  it('"without polling" asks for server push', () => {
    expect(status('Scores must reach players without the clients polling.', 'server-push')).toBe('wanted');
  });

  it('quotes the negation with its words', () => {
    const [clue] = findClues('The service does not need caching.').filter((c) => c.concept === 'api-cache');
    expect(clue).toMatchObject({ negated: true, quote: 'does not need caching' });
  });
});

describe('what is not a negation', () => {
  it.each([
    ['It needs not only API keys but also caching.', 'api-cache', 'wanted'],
    ['It must allow no more than 500 requests per second.', 'throttling', 'wanted'],
    ['No new compute may be added for the translation.', 'body-transform', 'wanted'],
    ['It does not need caching, and request validation is required.', 'request-validation', 'wanted'],
    ['No API keys, but it must cache responses for a minute.', 'api-cache', 'wanted'],
    ['It must not require any servers or Lambda code to transform SOAP requests into JSON.', 'body-transform', 'wanted'],
    ['No caching; AWS WAF is mandatory.', 'waf', 'wanted'],
    ['Without any throttling or caching requirements, a single Lambda function needs an HTTPS URL.', 'single-function', 'wanted'],
    ['API keys are nice, and caching is not needed.', 'per-client-quota', 'wanted'],
    ['It runs for about 4 minutes for a browser client, and API Gateway is not a requirement.', 'long-running', 'wanted'],
    ['Updates reach every browser without polling, and a payment API protected by AWS WAF rules.', 'waf', 'wanted'],
  ])('%s → %s %s', (text, concept, expected) => {
    expect(status(text, concept)).toBe(expected);
  });
});

describe('an excluded feature does not pull the answer toward the service that offers it', () => {
  it.each([
    ['An API in front of three Lambda functions uses no API keys, and the lowest cost matters.', 'apigw-http'],
    ['A public API for several Lambda functions does not need caching and should be cheap.', 'apigw-http'],
    ['The API fronting four Lambda functions needs no request validation, no WAF and no private endpoint.', 'apigw-http'],
    ['An API for two Lambda functions has no per-customer limits; one overall rate limit of 200 requests per second is enough.', 'apigw-http'],
    ['A quick HTTPS endpoint for a single Lambda function; there are no throttling, caching or custom-domain needs.', 'lambda-url'],
    ['A company must write POST bodies into an SQS queue without writing Lambda code.', 'apigw-http'],
    ['The API must reach users worldwide without running its own CDN.', 'apigw-rest'],
  ])('%s → %s', (text, service) => {
    expect(solve(text).service).toBe(service);
  });

  it('the rejected REST API says its features are not needed', () => {
    const s = solve('An API for three Lambda functions does not need API keys, caching or request validation.');
    expect(s.service).toBe('apigw-http');
    expect(s.trace.find((t) => t.step === 'rest')?.reason).toMatch(/ruled out by "does not need API keys/);
  });
});
