import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** A count of requests per day, week or month set as a limit is a quota, even when a rate limit comes first. */
describe('limits per period', () => {
  it.each([
    'A news agency offers its archive through an API. Trial accounts are restricted to 10 requests per second and 1,000 requests per day. Which AWS service should the agency use?',
    'A bank exposes an exchange-rate API to fintech firms. Firms on the small contract can send no more than 5 requests per second or 20,000 calls per month. Which AWS service should the bank use?',
    'A sports data provider offers a scores API. Premium resellers should be limited to 800 requests per second and 9 million requests per month. Which AWS service should the provider use?',
  ])('%s', (text) => {
    expect(solve(text).service).toBe('apigw-rest');
  });

  it('a monthly volume that is not a limit is no quota', () => {
    expect(solve('A startup runs a small JSON API backed by Lambda that receives about 3 million requests per month. It needs no caching, API keys or request transformation and wants the lowest cost. Which AWS service should it use?').service).toBe('apigw-http');
  });
});
