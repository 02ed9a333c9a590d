import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

describe('lowering the request charges is a wish for the lowest cost', () => {
  it('reads "reduce the request charges" as the low-cost need', () => {
    expect(wanted('The finance team asks the developers to reduce the monthly API request charges.')).toContain('low-cost');
    expect(wanted('Which option would cut the per-call charges of the API the most?')).toContain('low-cost');
  });

  it('moves a REST API that uses no REST-only feature to an HTTP API to lower its request charges', () => {
    const s = solve(
      'A ferry operator publishes timetables through an Amazon API Gateway REST API that passes every call to AWS Lambda and serves about 200 million requests a month. The API needs no usage plans, response caching, request validation or AWS WAF, and a Lambda authorizer checks OAuth tokens from the operator\'s own identity provider. Which change would lower the operator\'s API Gateway request charges the most?\nA. Turn on a stage cache so that repeated calls are no longer billed as requests\nB. Recreate the API as an HTTP API and validate the tokens with a JWT authorizer\nC. Switch the endpoint to edge-optimized so that CloudFront answers the calls\nD. Change the API to a private endpoint so that calls are no longer charged',
    );
    expect(s.choices).toEqual(['B']);
  });
});
