import { describe, expect, it } from 'vitest';
import { judgeDeployClaim } from '../../../src/core/solver/deploy-claims.js';
import { solve } from '../../../src/core/solver/solve.js';

const STEM = 'A team changed the memory and code of the Lambda function behind its REST API, then created a new resource with a POST method in the console.';

describe('statements about which change reaches a REST API stage without a deployment', () => {
  it.each([
    ['The updated code took effect at once, while the new resource needs the API deployed to the stage', true],
    ['Both changes reach callers only after a redeployment', false],
    ['Neither change is live until the function gets a new alias', false],
    ['The new method is served once a stage variable points to it', false],
    ['The new code needed a new deployment of the API', false],
  ])('%s: %s', (statement, truth) => {
    expect(judgeDeployClaim(statement, STEM)?.truth).toBe(truth);
  });

  it('says nothing of both changes when the case tells of no change to the code, nor of HTTP APIs', () => {
    expect(judgeDeployClaim('Both changes need a new deployment', 'A developer added a route and an authorizer to the REST API.')).toBeUndefined();
    expect(judgeDeployClaim('The new route needs a deployment', 'A team added a route to its HTTP API with automatic deployments.')).toBeUndefined();
  });

  it('answers a whole question', () => {
    const s = solve(`A clinic runs appointment booking on an Amazon API Gateway REST API. Last week an engineer pushed a bug fix to the code of the Lambda function behind POST /bookings, which the integration calls by its unqualified ARN. Yesterday a colleague added a DELETE /bookings/{id} method, and patients calling the live stage cannot use it yet. Which statement is correct?
A. The bug fix went live without a redeployment; the DELETE method needs a new deployment
B. Both changes are waiting for the stage cache to expire
C. Neither change reaches patients until a new function alias is created
D. Both changes needed the API redeployed to the stage`);
    expect(s.choices).toEqual(['A']);
  });
});

describe('a deployment denied or waited for', () => {
  it.each([
    ['Edits to REST API methods reach every stage without creating a deployment', false],
    ["Raising a function's timeout in Lambda does not require redeploying the API", true],
    ['A newly added resource cannot be called on a stage until the API is deployed to it', true],
  ])('%s: %s', (statement, truth) => {
    expect(judgeDeployClaim(statement, 'A team runs a REST API in front of Lambda functions.')?.truth).toBe(truth);
  });
});

describe('a method named beside a cache or an override, with nothing about publishing it', () => {
  it.each(['Cache settings such as the TTL can be overridden for individual methods.', 'Each method can keep its own cache TTL through an override.'])('%s', (statement) => {
    expect(judgeDeployClaim(statement, 'A team runs a REST API in front of Lambda functions.')).toBeUndefined();
  });
});
