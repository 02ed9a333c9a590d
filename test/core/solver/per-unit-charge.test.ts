import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

// A charge per request that the text wants low is the price it pays itself, not access it sells: the cost need, not usage plans.
describe('the lowest charge per request or per call is a price need', () => {
  it('reads the lowest per-call charge or the smallest fee per request as the cost need, and not as billing clients', () => {
    for (const text of ['Accounts wants the lowest per-call charge for the managed API layer.', 'They want the smallest fee per request for an API front end.']) {
      expect(wanted(text)).toContain('low-cost');
      expect(wanted(text)).not.toContain('per-client-quota');
    }
  });

  it('still reads charging customers for the API as selling access', () => {
    expect(wanted('The firm plans to charge for API access by the call.')).toContain('per-client-quota');
  });

  it('chooses the HTTP API for Lambda routes with Cognito sign-in at the smallest per-call charge', () => {
    const s = solve("A city library is rebuilding the catalogue API its members' phones call. Each route just passes the request to a Lambda function, members already sign in through an Amazon Cognito user pool, and no caching, API keys or request validation is needed. The budget office wants the smallest per-call charge for a managed API layer. Which option fits?");
    expect(s.service).toBe('apigw-http');
  });
});
