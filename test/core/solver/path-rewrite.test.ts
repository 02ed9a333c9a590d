import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

// Rewriting a request's URLs or paths changes where it goes, not its body: no mapping template is needed.
describe('URLs or paths rewritten before requests reach the origin', () => {
  it('are no body transformation', () => {
    const clues = findClues('A small function rewrites a few paths before requests reach the web servers.');
    expect(clues.some((c) => c.concept === 'body-transform')).toBe(false);
  });

  it('leave edge delivery in front of a dynamic site to CloudFront', () => {
    const s = solve('A news publisher renders its article pages on EC2 instances behind an Application Load Balancer in eu-west-1. Readers in Japan and Brazil complain about slow pages, so the publisher wants the pages served from locations close to the readers, with a small function modifying a few paths before requests reach the origin. What should it add?');
    expect(s.service).toBe('cloudfront');
  });

  it('still reads a request body rewritten as body transformation', () => {
    const clues = findClues('The gateway must rewrite the requests into the format the old backend expects.');
    expect(clues.some((c) => c.concept === 'body-transform')).toBe(true);
  });
});
