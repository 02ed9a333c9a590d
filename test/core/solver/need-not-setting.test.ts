import { describe, expect, it } from 'vitest';
import { mainArea, type AreaHit } from '../../../src/core/solver/scope.js';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * The need, not the setting, names the neighbour: a load balancer the servers already sit behind
 * is the setting of a Global Accelerator question about jitter and a pair of static addresses;
 * simulations waiting for capacity AWS picks are AWS Batch's; TLS "credentials" issued and renewed for the user are
 * AWS Certificate Manager's. A clue inside a stronger clue of its own area counts once.
 */
describe('the need names the neighbour, not the setting', () => {
  it.each([
    ['global-accelerator', "A multiplayer studio runs game servers behind Network Load Balancers in two Regions. Its UDP traffic suffers jitter and packet loss on the public internet, and players need a pair of static IP addresses that stay the same if a Region fails. Which AWS service should it add?"],
    ['batch', "A pharmaceutical lab must run hundreds of containerised molecule simulations overnight. It wants AWS to hold the pending work and choose suitable Spot capacity, without running a scheduler of its own. Which service fits?"],
    ['acm', "A news site is moving its own domain to a CloudFront distribution and wants public TLS credentials issued for it at no extra cost and renewed automatically, so that no one has to watch expiration dates. What should it use?"],
  ])('%s: %s', (area, text) => {
    const s = solve(text);
    expect(s.service).toBeNull();
    expect(s.outOfScope?.area).toBe(area);
  });

  it('counts a clue inside a stronger clue of its area once', () => {
    const hits: AreaHit[] = [
      { area: 'nlb', strength: 'need', quote: 'UDP traffic', start: 10 },
      { area: 'nlb', strength: 'hard', quote: 'UDP traffic', start: 10 },
      { area: 'global-accelerator', strength: 'need', quote: 'jitter', start: 40 },
      { area: 'global-accelerator', strength: 'need', quote: 'packet loss', start: 60 },
    ];
    expect(mainArea(hits)?.area).toBe('global-accelerator');
  });
});
