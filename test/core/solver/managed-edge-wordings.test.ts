import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

describe('not wanting to build or look after a CDN of its own is edge delivery that AWS manages', () => {
  it.each(['does not wish to build or maintain a CDN distribution of its own', 'will not create or look after a CDN itself'])('"%s" points to an edge-optimized API', (denial) => {
    const question = `A trivia app serves its quiz rounds from an Amazon API Gateway REST API with a Regional endpoint in us-east-2. Users in Europe and Australia see slow TLS handshakes, and the team wants their calls to reach AWS at a location nearer to the users, but it ${denial}. What should it do?
A. Switch the API's endpoint type to edge-optimized
B. Put a self-managed CloudFront distribution in front of the Regional endpoint
C. Make the API private and add interface VPC endpoints
D. Rebuild it as an HTTP API with a Regional endpoint`;
    expect(solve(question).choices).toEqual(['A']);
  });
});
