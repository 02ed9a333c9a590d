import { describe, expect, it } from 'vitest';
import { factIndex } from '../../../src/core/solver/fact-index.js';
import { solve } from '../../../src/core/solver/solve.js';
import { truthsAgainst } from './statement-truths.js';

const truths = truthsAgainst(factIndex());

describe("how long a cached entry stays is the cache's TTL", () => {
  it('reads a cached entry kept for a time before it expires against the TTL, not against how long metrics are kept', () => {
    // (Its one hour is the TTL's top: no clause about keeping something else for 15 months contradicts it.)
    expect(truths('Which statement about a REST API stage cache is correct?\nA. An entry is kept for no more than 60 minutes and then expires\nB. The cache is never billed').A).not.toBe('false');
  });

  it('answers a question about a stage cache whose options leave the word "TTL" out', () => {
    const s = solve(
      'A retailer turns on caching for the live stage of its Amazon API Gateway REST API. Which statement about this stage cache is correct?\nA. Each entry may remain in the cache for at most an hour before it expires\nB. The hours the cache runs are free under the AWS Free Tier\nC. HTTP APIs in the same account can use this cache too\nD. POST answers are cached by default, just like GET answers',
    );
    expect(s.choices).toEqual(['A']);
  });
});

describe('a verdict on the plan with its reason claims the reason', () => {
  it('judges "It cannot be done, because …" by what follows "because", not by its "cannot"', () => {
    const text = 'Which statement about a REST API stage cache is correct?\nA. It cannot be done, since an entry may stay in the cache for one hour at most\nB. The cache is never billed';
    expect(truths(text).A).not.toBe('false');
  });

  it('chooses the verdict whose reason the facts bear out', () => {
    const s = solve(
      'A ticketing firm caches seat-map responses on a stage of its Amazon API Gateway REST API. To spare the backend, a developer wants every cached entry to stay valid for 48 hours. What will happen?\nA. It works only once the API uses the edge-optimized endpoint type\nB. It cannot be done, because a cached entry can stay for one hour at most\nC. It works as planned, because nothing caps how long an entry is cached\nD. It cannot be done, because the TTL is locked at 300 seconds for every stage',
    );
    expect(s.choices).toEqual(['B']);
  });
});
