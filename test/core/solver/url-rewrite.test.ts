import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const concepts = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

describe('a request URL rewritten is not a body transformation', () => {
  it('does not read rewriting request paths or URLs as a mapping template', () => {
    expect(concepts('A small function must rewrite request paths before they reach the origin.')).not.toContain('body-transform');
    expect(concepts('The team wants to modify request URLs at edge locations.')).not.toContain('body-transform');
    expect(concepts('The legacy backend needs each request body rewritten from JSON into XML.')).toContain('body-transform');
  });

  it('leaves a CDN in front of an existing origin that also rewrites URLs at the edge to CloudFront', () => {
    const s = solve('An online magazine serves articles and images from EC2 instances behind an Application Load Balancer in eu-west-1, and that origin stays. Readers in Asia wait long for pages, so the magazine wants the content cached near them and a few lines of code that rewrite request URLs at the edge. Which service should it add?');
    expect(s.service).toBe('cloudfront');
  });
});
