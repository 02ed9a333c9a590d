import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

/**
 * A canary share is often given as a ratio of requests, not a percentage: "one in fifty calls goes
 * to the updated release". (Before the fix no canary clue was found in these wordings, and nothing
 * REST-only was left, so the HTTP API was chosen.)
 */
describe('a ratio of requests sent to a new version is a canary release', () => {
  it.each([
    'A ticket reseller has rewritten the pricing code behind its Amazon API Gateway API. The team wants about one in fifty calls reaching the live stage to be handled by the updated release for a few days, with the rest left on the old one. Which API type should it use?',
    'An airline wants its new deployment of the seat-map API on Amazon API Gateway to receive 1 out of every 10 requests that hit the prod stage until it has proved itself. Which API type should it use?',
  ])('%s', (text) => {
    expect(wanted(text)).toContain('canary');
    expect(solve(text).service).toBe('apigw-rest');
  });

  it('reads no canary from a ratio of failing requests', () => {
    expect(wanted('About one in twenty requests has failed with a gateway timeout since the new deployment went live.')).not.toContain('canary');
  });
});
