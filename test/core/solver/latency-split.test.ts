import { describe, expect, it } from 'vitest';
import { judgeLatencyClaim, readLatencySplit } from '../../../src/core/solver/latency-split.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('Latency against IntegrationLatency', () => {
  it('reads both figures from the stem, whichever comes first', () => {
    expect(readLatencySplit('IntegrationLatency sits at 1.1 seconds, while Latency reaches 1,200 ms.')).toEqual({ total: 1.2, backend: 1.1 });
    expect(readLatencySplit('The API is slow: Latency is 2 seconds.')).toBeUndefined();
  });

  it("checks where the time goes and how long each side takes: the gateway's share is the difference", () => {
    const split = { total: 0.4, backend: 0.06 };
    expect(judgeLatencyClaim('Most of the delay comes from API Gateway, before the backend is even called', split)).toBe(true);
    expect(judgeLatencyClaim('The Lambda function takes about 340 ms per request', split)).toBe(false);
    expect(judgeLatencyClaim('API Gateway adds roughly 340 ms of its own', split)).toBe(true);
    expect(judgeLatencyClaim('Clients are being throttled', split)).toBeUndefined();
  });

  // (Before: 2 of these 5 right; the three counts were read as shares of the time. After: 5 of 5.)
  it('does not read "most" of the calls or requests as most of the time', () => {
    const split = { total: 0.9, backend: 0.85 };
    expect(judgeLatencyClaim('Most requests are answered from the stage cache, so the backend is seldom called', split)).toBeUndefined();
    expect(judgeLatencyClaim('The majority of calls never reach the Lambda function because of throttling', split)).toBeUndefined();
    expect(judgeLatencyClaim('Most of the traffic is rejected by API Gateway before the integration runs', split)).toBeUndefined();
    expect(judgeLatencyClaim('Most of the wait is spent in the backend', split)).toBe(true);
    expect(judgeLatencyClaim("Most of the response time goes to API Gateway's own work", split)).toBe(false);
  });

  it('answers a question that gives both figures from them, not from a wish for lower latency', () => {
    const s = solve(
      'Users complain that an Amazon API Gateway REST API feels sluggish. Over the last day its average Latency in CloudWatch is 1,400 ms and its average IntegrationLatency is 1,320 ms. Which conclusion is supported by these figures?\nA. Enabling the stage cache would cut API Gateway\'s own 1,320 ms of processing\nB. The backend behind the API accounts for most of the time callers wait\nC. Moving to an edge-optimized endpoint removes the 1,320 ms of network time\nD. Usage plan throttling holds each request for about 80 ms',
    );
    expect(s.choices).toEqual(['B']);
    expect(s.confidence).toBeLessThan(0.8);
  });
});
