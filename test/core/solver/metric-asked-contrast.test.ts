import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

// The measure a metrics question asks for comes from the sentences that ask (the question, and the one saying what the
// metric or alarm must show), with what they set aside taken out; the case around them only sets the scene.
describe('a metrics question read from what it asks and what it sets aside', () => {
  const latency = '\nA. Latency\nB. IntegrationLatency\nC. Count\nD. CacheHitCount';

  it('takes "separately from", "separate from" and "without" as setting the gateway\'s share aside', () => {
    for (const aside of ["separately from the part API Gateway adds", "separate from what the gateway itself contributes", "without the gateway's own processing overhead"]) {
      const s = solve(`Checkout calls on a bakery's Amazon API Gateway REST API seem sluggish to shoppers. The developers want a CloudWatch metric that shows how long the order service behind the API spends on each call, ${aside}. Which metric is it?${latency}`);
      expect(s.choices).toEqual(['B']);
    }
  });

  it('reads the sentence saying what the team wants to know as part of the question, ahead of a symptom of slowness', () => {
    const s = solve(`Shoppers say a florist's REST API on Amazon API Gateway is slow. The team wants to know how much of each call is spent in the backend alone, not counting the gateway. Which CloudWatch metric should it chart?${latency}`);
    expect(s.choices).toEqual(['B']);
  });

  it('reads errors said to happen on the server side as 5XXError, and what the alarm ignores as set aside', () => {
    const s = solve('A ticketing company runs an Amazon API Gateway REST API. Its on-call team wants an alarm for failures that happen on the server side, ignoring the errors that come from clients sending malformed input. Which metric should the alarm use?\nA. 4XXError\nB. 5XXError\nC. Count\nD. CacheMissCount');
    expect(s.choices).toEqual(['B']);
  });

  it("knows a WebSocket API's own error metrics by name, and never chooses one for a REST API", () => {
    const s = solve("A museum's REST API on Amazon API Gateway feels slow. The team wants to know how long the backend alone takes, apart from API Gateway's own work. Which CloudWatch metric should it watch?\nA. ExecutionError\nB. IntegrationLatency\nC. Latency\nD. IntegrationError");
    expect(s.choices).toEqual(['B']);
  });
});
