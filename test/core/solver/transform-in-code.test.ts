import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

// What a function's own code converts is its work, not a transformation the gateway must do.
describe('a conversion done by the function itself', () => {
  it.each([
    'A hobbyist wrote a single Lambda function that translates Markdown documents into another format. Friends must post documents to a public HTTPS URL that belongs to that function; no API keys, no quotas and no custom domain are needed, and it should cost as little as possible. What should he use?',
    'A lab has one Lambda function whose code converts each JSON payload into CSV rows. Partner scripts with IAM credentials need only a plain HTTPS endpoint for this one function, with nothing else in front of it and the lowest cost. Which option fits?',
  ])('%s', (text) => {
    expect(solve(text).service).toBe('lambda-url');
  });

  it('still reads a conversion the gateway must make as body transformation', () => {
    const s = solve('A legacy order backend accepts only XML, so the JSON requests of the mobile app must be converted to XML before they reach it, without changing the backend. Which AWS option fits?');
    expect(s.service).toBe('apigw-rest');
  });
});
