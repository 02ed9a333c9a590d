import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';
import { findClues } from '../../../src/core/solver/clues.js';

const concepts = (text: string) => new Set(findClues(text).filter((c) => !c.negated).map((c) => c.concept));

// A distribution of one's own: several origins behind one name, cache rules that differ by path, its own
// cache key, code at the edge. A REST API's stage cache or edge-optimized endpoint offers none of that
// (cmp.cloudfront, cache.edge-not-cdn), even when the company already runs an API Gateway API.
describe('a CDN distribution of its own is a CloudFront need', () => {
  it.each([
    ['several origins under one name', 'wants the API and the storefront servers to appear under a single hostname for both origins'],
    ['cache rules that differ by path', 'wants caching rules per path, with product images kept a day and prices a few seconds'],
    ['cache rules of its own', 'wants to set its own caching rules, longer for pictures than for prices'],
    ['its own cache key', 'wants its own choice of which cookies and query parameters make up the cache key'],
  ])('reads %s as control of the CDN', (_, need) => {
    expect(concepts(`A retailer ${need}.`).has('cdn-control')).toBe(true);
  });

  it.each([
    ['a piece of code placed at the edge', 'wants a tiny bit of code at the edge to send old links to new pages'],
    ['rewrites done at edge locations', 'wants header rewrites to happen at edge locations before requests reach the servers'],
  ])('reads %s as edge code', (_, need) => {
    expect(concepts(`A retailer ${need}.`).has('edge-compute')).toBe(true);
  });

  it('does not read an edge-optimized endpoint as code at the edge', () => {
    expect(concepts('A retailer deploys its code at the edge-optimized endpoint of its API.').has('edge-compute')).toBe(false);
  });

  it('answers CloudFront, not a REST API, when a company with an API Gateway API wants one distribution over it and a load balancer', () => {
    const solved = solve(
      'A ticketing firm already has a Regional Amazon API Gateway API for seat maps and an Application Load Balancer in front of its web servers. Fans on four continents find the site slow. The firm wants a single hostname for both origins, caching rules per path (event pages for ten minutes, seat maps for two seconds) and a short script at the edge that redirects retired links. What should it add?',
    );
    expect(solved.service).toBe('cloudfront');
  });

  it('is not sure of a REST API chosen on caching words while a distribution of its own is also asked for', () => {
    const solved = solve(
      'A ticketing firm sells seat-map data to partners through Amazon API Gateway, with a separate throttling limit and monthly quota for each partner. Fans on four continents find the answers slow, so the firm wants caching at edge locations, caching rules per path and a short script at the edge that redirects retired links. What should it use?',
    );
    expect(solved.service).toBe('apigw-rest');
    expect(solved.confidence).toBeLessThanOrEqual(0.75);
  });
});
