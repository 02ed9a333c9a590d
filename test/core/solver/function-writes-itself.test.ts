import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

describe('what a function writes in its own code is no service integration of the API', () => {
  it('reads a function storing or forwarding data itself as its job, and an API writing straight into a service as an integration', () => {
    expect(wanted('A Lambda function that validates the payload against the shared secret and then stores each event into a DynamoDB table.')).not.toContain('service-integration');
    expect(wanted('The API must put every request body into an SQS queue with no code in between.')).toContain('service-integration');
  });

  it('gives a webhook whose one function saves the events itself a function URL', () => {
    const s = solve(
      'A parcel locker company posts a JSON event to any HTTPS address a customer registers whenever a locker is opened. A retailer wants a single Lambda function that verifies the HMAC signature in its code and then writes the event to a DynamoDB table. The locker company has no AWS credentials; the retailer needs no throttling, caching, custom domain or API keys and wants the least to run. What should it use?',
    );
    expect(s.service).toBe('lambda-url');
  });
});
