import { describe, expect, it } from 'vitest';
import { backgroundSpans } from '../../../src/core/solver/background.js';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';
import { normalize } from '../../../src/core/solver/text.js';

const described = (text: string) => {
  const norm = normalize(text);
  return backgroundSpans(norm, text).map((s) => norm.slice(s.start, s.end));
};
const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

/**
 * A hyphenated compound before "company" or "team" is one word of who they are, even when a small
 * word sits inside it ("a music-on-demand firm", "a business-to-business agency"), up to three words in all: what the company does is
 * context, not a need. (Before the fix the inner "on" or "as" cut the phrase, and a streaming firm's
 * container fleet was sent to CloudFront.)
 */
describe('a hyphenated compound describes who someone is as one word', () => {
  it('keeps the words of a compound with an inner small word together', () => {
    expect(described('A music-on-demand firm keeps its billing records in S3.')).toEqual(['music on demand']);
    expect(described('A business-to-business agency runs two services.')).toEqual(['business to business']);
    expect(described('Engineers use an in-house command-line tool.')).toEqual([]);
  });

  it('reads no content-delivery need from what the company sells', () => {
    expect(wanted('A video-on-demand startup runs its billing service on EC2 instances.')).not.toContain('media-delivery');
    expect(wanted('The catalogue offers video on demand to members in many countries.')).toContain('media-delivery');
  });

  it('sends a container fleet with path routing and health checks to a load balancer', () => {
    expect(solve('A video-on-demand company runs its account and billing services as containers on EC2 instances in two Availability Zones. Requests for /account must reach one target group and /billing another, and containers failing health checks must be dropped automatically. Which service should receive the traffic in front of the containers?').service).toBe('alb');
  });
});
