import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('limiting how fast calls arrive is throttling', () => {
  it.each(['must cap how quickly requests hit the inventory service', 'wants to control how often callers can reach the backend'])('"%s" is a throttling need', (need) => {
    expect(findClues(`A shop's Amazon API Gateway REST API ${need}.`).map((c) => c.concept)).toContain('throttling');
  });

  it('chooses the stage throttling targets beside the cache for a strained backend', () => {
    const question = `A museum's ticket lookup sits behind an Amazon API Gateway REST API. Nearly every request is the same GET for today's exhibitions, and the booking database slows down on busy mornings. The museum wants fewer repeated calls to the backend and to restrict how fast traffic reaches it, without issuing API keys to visitors. Which TWO actions meet these needs? (Choose TWO.)
A. Turn on the stage cache so repeated GET requests are answered by API Gateway
B. Give each visitor an API key in a usage plan with a quota
C. Set stage-level rate and burst throttling limits
D. Lengthen the integration timeout so each lookup gets more time
E. Move to an edge-optimized endpoint so edge locations keep the responses`;
    expect(solve(question).choices).toEqual(['A', 'C']);
  });
});
