import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

describe('an HTTPS method named for one function', () => {
  it('reads "an HTTPS POST/GET to one function" with nothing else needed as a function URL', () => {
    expect(solve('A radio station runs a one-week phone-in poll. A form on a partner site sends every vote as an HTTPS POST to one Lambda function that counts it; no login, quotas, custom domain or input checks are needed, and the station wants the cheapest option with the least to set up. What should expose the function?').service).toBe('lambda-url');
    expect(solve('A lab instrument sends a plain HTTPS GET to one Lambda function each time a run finishes. Nothing else is needed: no sign-in, no throttling and no custom domain, and it must be as cheap and simple as possible. What should it call?').service).toBe('lambda-url');
  });
});
