import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * "Recommends" or "suggests" is someone's proposal only when a person or another party says it: when
 * the service asked for is the one that recommends ("Which AWS service recommends…", "a tool that
 * suggests…"), what it recommends is its own job, and a need of its area.
 */
describe('a service that recommends is doing its own job', () => {
  it.each([
    ['trusted-advisor', 'Which AWS service recommends ways to lower costs, such as idle EC2 instances and unattached volumes?'],
    ['cost-tools', 'Which AWS tool looks at utilisation and suggests smaller instance types for EC2 instances that are larger than they need?'],
    ['cost-tools', 'A company wants a feature that recommends the right EC2 instance sizes for its fleet. Which AWS offering provides it?'],
  ])('%s: %s', (area, text) => {
    const s = solve(text);
    expect(s.service).toBeNull();
    expect(s.outOfScope?.area).toBe(area);
  });

  it('a colleague who suggests a neighbour is still a proposal, not the question', () => {
    const s = solve('A developer suggests an Amazon SQS queue to decouple the services, but the team only needs per-partner API keys and daily quotas in front of its Lambda functions. Which option fits?');
    expect(s.outOfScope).toBeNull();
    expect(s.service).toBe('apigw-rest');
  });
});
