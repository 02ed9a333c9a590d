import { describe, expect, it } from 'vitest';
import { isArchitectureQuestion } from '../../../src/core/solver/architecture.js';
import { solve } from '../../../src/core/solver/solve.js';

const STEM = 'A shop needs a static storefront delivered fast over HTTPS worldwide and order updates pushed to every open browser. The team does not use GraphQL. Which architecture meets the requirements?';

describe('options that are whole architectures', () => {
  it('reads options as architectures only when most are written in parts', () => {
    expect(isArchitectureQuestion([{ letter: 'A', text: 'S3; CloudFront' }, { letter: 'B', text: 'An ALB' }, { letter: 'C', text: 'AppSync' }])).toBe(false);
    expect(isArchitectureQuestion([{ letter: 'A', text: 'S3; CloudFront' }, { letter: 'B', text: 'An ALB; EC2' }, { letter: 'C', text: 'AppSync' }])).toBe(true);
  });

  it('chooses the option whose parts together meet every need', () => {
    const s = solve(`${STEM}\nA. Storefront on EC2 behind an Application Load Balancer\nB. Storefront in S3 behind CloudFront; an HTTP API polled for updates\nC. Storefront in S3 behind CloudFront; a WebSocket API for the updates\nD. Storefront served by API Gateway; AWS AppSync subscriptions for the updates`);
    expect(s.choices).toEqual(['C']);
    const reading = s.trace.find((t) => t.step === 'architecture')!.reason;
    expect(reading).toContain('C meets every need');
    expect(reading).toMatch(/D [^·]*rules out/);
  });

  it('reads parts written with commas as well as semicolons', () => {
    const s = solve(`${STEM}\nA. Storefront on EC2 behind an Application Load Balancer\nB. Storefront in S3 behind CloudFront, and an HTTP API polled for updates\nC. Storefront in S3 behind CloudFront, and a WebSocket API for the updates\nD. Storefront served by API Gateway, and AWS AppSync subscriptions for the updates`);
    expect(s.choices).toEqual(['C']);
    expect(s.trace.some((t) => t.step === 'architecture')).toBe(true);
  });

  it('sets aside a part that claims what its service lacks', () => {
    const s = solve(`${STEM} The order API must be protected by AWS WAF.\nA. Storefront in S3 behind CloudFront; a WebSocket API for updates; an HTTP API with AWS WAF for orders\nB. Storefront in S3 behind CloudFront; a WebSocket API for updates; a REST API with AWS WAF for orders\nC. Storefront on EC2; an HTTP API for orders`);
    expect(s.choices).toEqual(['B']);
    expect(s.trace.find((t) => t.step === 'architecture')!.reason).toMatch(/A [^·]*HTTP API has no/);
  });

  it('between two that meet every need, prefers the one with nothing the scenario does not ask for', () => {
    const s = solve('A static site must load fast over HTTPS worldwide, and its JSON API must be throttled. Which architecture is the BEST fit?\nA. Site in S3 behind CloudFront; the API on an HTTP API with Lambda\nB. Site in S3 behind CloudFront; the API on a REST API with usage plans and API keys\nC. Site and API on EC2 behind an Application Load Balancer');
    expect(s.choices).toEqual(['A']);
  });
});
