import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** What happened before ends where the sentence turns to what follows from it (", so …", "; …"): the rest is a need of now. */
describe('a past clause and its consequence', () => {
  it.each([
    ['A previous outage happened because browsers polled the backend every second, so the server must now push price updates to them over a persistent connection. Which AWS service should the team use?', 'apigw-websocket'],
    ['The old backend formerly crashed on bad input; the API must now validate request bodies against a JSON schema before Lambda runs. Which AWS service should the team use?', 'apigw-rest'],
    ['Partners previously abused the API with unlimited calls, so each partner must now be limited to 1,000 requests per day with its own API key. Which AWS service should the company use?', 'apigw-rest'],
  ])('%s', (text, service) => {
    expect(solve(text).service).toBe(service);
  });

  it('a past clause with no turn stays in the past', () => {
    const clues = solve('The previous API used API keys for a partner programme that has since been shut down. The new mobile backend only needs a low-cost JSON API in front of Lambda. Which AWS service fits?');
    expect(clues.service).toBe('apigw-http');
  });
});
