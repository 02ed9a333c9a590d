import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

// "Which THREE apply?" says only how many: what it asks is in the sentence before it ("asks which charges
// the company pays"), so the two are read as one question. Before the fix, 2 of these 3 were right by other
// readings, the HTTP API one answered by the services its options name; after, all 3 are checked against the facts.
describe('a question that says only how many', () => {
  it('asks what the sentence before it asks: what an HTTP API is billed for', () => {
    const s = solve(
      [
        'A startup runs an Amazon API Gateway HTTP API for its booking app. Its accountant wants to know what the API is billed for each month. Which TWO apply? (Choose TWO.)',
        'A. Each API call received',
        'B. A fixed monthly fee for every route',
        'C. Data transferred out to the app users',
        'D. A fixed fee for each JWT authorizer attached',
      ].join('\n'),
    );
    expect(s.choices).toEqual(['A', 'C']);
  });

  it('asks what the sentence before it asks: what a WebSocket API is charged for', () => {
    const s = solve(
      [
        'A game studio runs an Amazon API Gateway WebSocket API for match lobbies. The controller asks which items the studio is charged for. Which TWO apply? (Choose TWO.)',
        'A. Messages sent and received over the connections',
        'B. A one-time fee for each route defined on the API',
        'C. Connection minutes',
        'D. A fixed daily fee for the $connect route',
      ].join('\n'),
    );
    expect(s.choices).toEqual(['A', 'C']);
  });

  it('asks what the sentence before it asks: which REST API charges a cache adds', () => {
    const s = solve(
      [
        'A travel site runs an Amazon API Gateway REST API with a 0.5 GB stage cache. Its finance team asks which costs the company will pay for this API. Which THREE of these apply? (Choose THREE.)',
        'A. An hourly charge for the cache, by its size',
        'B. A setup fee for each usage plan created',
        'C. A charge for each million requests received',
        'D. A fixed monthly fee for each stage deployed',
        'E. Data transfer out to the callers',
      ].join('\n'),
    );
    expect(s.choices).toEqual(['A', 'C', 'E']);
  });
});
