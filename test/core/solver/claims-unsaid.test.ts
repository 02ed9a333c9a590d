import { describe, expect, it } from 'vitest';
import { asksOutcome } from '../../../src/core/solver/asks-outcome.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('questions whose options are claims though they never say "statement"', () => {
  it('reads a question that names its options as outcomes as asking what follows', () => {
    expect(asksOutcome('Which TWO outcomes should the developers expect?')).toBe(true);
    expect(asksOutcome('Which THREE results will the operators see on the next call?')).toBe(true);
    expect(asksOutcome('Which consequence follows from this setting?')).toBe(true);
    expect(asksOutcome('Which TWO services should the team use?')).toBe(false);
  });

  it('does not choose an action that helps only by a claim the facts refute', () => {
    const s = solve('A ticketing startup\'s Amazon API Gateway REST API returns some responses slowly at peak times, and the developers want to learn which part of each request takes longest. Which TWO actions would help? (Choose TWO.)\nA. Look at the execution logs, which record every request and response body by default\nB. Turn on AWS X-Ray tracing for the stage to see the latency of each downstream hop on a service map\nC. Set the Latency metric beside the IntegrationLatency metric in CloudWatch and compare them\nD. Query AWS CloudTrail, which records how long each client call took\nE. Rebuild the API as an HTTP API, which adds X-Ray traces to every route by default');
    expect(s.choices).toEqual(['B', 'C']);
  });
});
