import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

// A price of nothing ("at no extra charge", "free of charge") rules out only the charge: what the
// clause goes on to ask after it is still asked.
const excluded = (text: string, concept: string) => findClues(text).filter((c) => c.concept === concept).every((c) => c.negated);

describe('a price of nothing negates nothing else', () => {
  it.each([
    'A hospital portal needs an SSL certificate for its custom domain, issued at no cost and renewed automatically before it expires. Which service provides it?',
    'The shop wants its domain served over HTTPS with a certificate that AWS hands out free of charge and renews automatically before expiry. Which AWS service should supply it?',
    'For its API domain the team wants a certificate provided at no additional fee and renewed automatically ahead of expiry. Which service fits?',
  ])('keeps the need that follows it: %s', (text) => {
    expect(solve(text).outOfScope?.area).toBe('acm');
  });

  it('still reads a negated need after "no"', () => {
    expect(excluded('The partners need no extra API keys.', 'per-client-quota')).toBe(true);
    expect(excluded('There should be no charges for API keys.', 'per-client-quota')).toBe(true);
  });
});
