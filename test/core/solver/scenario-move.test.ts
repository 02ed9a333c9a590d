import { describe, expect, it } from 'vitest';
import { comparisonIn } from '../../../src/core/solver/compare.js';
import { scenarioMove } from '../../../src/core/solver/scenario-move.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('a question on what a move keeps, loses or gains, with the move told in the scenario', () => {
  it('reads where the API was and where it goes from the scenario', () => {
    expect(scenarioMove('A bakery chain is migrating its ordering API from an Amazon API Gateway REST API to an HTTP API so that it pays less.')).toEqual({ from: ['apigw-rest'], to: ['apigw-http'] });
    expect(scenarioMove('Last spring a charity rebuilt its donations REST API as an HTTP API.')).toEqual({ from: ['apigw-rest'], to: ['apigw-http'] });
    expect(scenarioMove('A charity runs an HTTP API for donations.')).toBeUndefined();
  });

  it('asks of what is kept what the new type has, of what is lost what only the old one had', () => {
    const scenario = 'A bakery chain is migrating its ordering API from an Amazon API Gateway REST API to an HTTP API so that it pays less.';
    expect(comparisonIn('Which TWO capabilities can the chain continue to rely on, since it will still have them?', scenario)).toMatchObject({ subject: ['apigw-http'], rival: ['apigw-rest'], kept: true });
    expect(comparisonIn('Which TWO capabilities will the chain give up?', scenario)).toEqual({ subject: ['apigw-rest'], rival: ['apigw-http'] });
    // (A question with no word of keeping, losing or moving is not about the move.)
    expect(comparisonIn('Which TWO are ways to secure the API?', scenario)).toBeUndefined();
  });

  it('answers what a team keeps after moving', () => {
    const s = solve(
      'A fitness-tracking company is switching its public API from an Amazon API Gateway REST API to an HTTP API to cut costs. Which TWO features will the company still be able to use once it has switched? (Choose TWO.)\nA. A per-stage response cache for repeated GET calls\nB. IAM authorization of callers signing with SigV4\nC. Per-customer API keys tied to usage plans\nD. A Lambda authorizer that checks custom tokens\nE. AWS X-Ray traces of every request',
    );
    expect(s.choices).toEqual(['B', 'D']);
  });

  it('answers the one feature the new type lacks, asked as an exception', () => {
    const s = solve(
      'A travel agency has moved its bookings API from a REST API to an Amazon API Gateway HTTP API. The agency can still use all of the following EXCEPT:\nA. Automatic deployment of every change to the stage\nB. Stage variables that select the backend for each stage\nC. A web ACL of AWS WAF on the stage\nD. JWT authorizers for tokens from its identity provider',
    );
    expect(s.choices).toEqual(['C']);
  });

  it('answers what a move loses when the question only says "by moving"', () => {
    const s = solve(
      'A retailer is thinking of moving its catalog API from Amazon API Gateway REST APIs to HTTP APIs. Which TWO capabilities would it lose by moving? (Choose TWO.)\nA. Caching of responses on the stage\nB. Lambda proxy integrations\nC. Canary release deployments\nD. Custom domain names\nE. Stage variables',
    );
    expect(s.choices).toEqual(['A', 'C']);
  });
});
