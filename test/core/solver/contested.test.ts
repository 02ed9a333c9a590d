import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

// A step ahead in the rule that the text meets, stopped by one passage only, leaves the conclusion unsure.
describe('a conclusion that wins only because one passage stopped an earlier step', () => {
  it.each([
    'A payment processor sends an HTTPS callback to a URL that each retailer registers. A retailer wants a single Lambda function to receive every callback, verify it in code and then put the order into an SQS queue. The processor has no AWS credentials, and the retailer needs no caching, no API keys and no custom domain. What should it use?',
  ])('%s', (text) => {
    expect(solve(text).confidence).toBeLessThan(0.8);
  });

  it('stays sure when two needs of its own, apart from the stopped step, agree', () => {
    const s = solve('A single Lambda function must be reachable over HTTPS by forty partner companies. Each partner gets its own API key with a monthly quota of 50,000 calls, and every request body must be checked against a JSON schema before the function runs. What should the team use?');
    expect(s.service).toBe('apigw-rest');
    expect(s.confidence).toBeGreaterThanOrEqual(0.8);
  });
});
