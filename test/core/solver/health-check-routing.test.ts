import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** Traffic kept away from failing instances is load balancing; instances that follow traffic are scaling. */
describe('instances and traffic', () => {
  it.each([
    ['One HTTPS entry point must send requests to two groups of EC2 instances and automatically stop sending traffic to any instance whose health check fails. Which service fits?', 'alb'],
    ["A shop's web servers run on EC2 instances in two Availability Zones, and one load-balanced address should spread requests over them, with instances that fail their checks automatically dropped from traffic. Which AWS service should it use?", 'alb'],
  ])('%s', (text, service) => {
    expect(solve(text).service).toBe(service);
  });

  it('instances added automatically as traffic grows are still scaling', () => {
    expect(solve('A media site wants more EC2 instances started automatically as traffic grows in the evening, and fewer again at night. Which option fits?').outOfScope?.area).toBe('auto-scaling');
  });
});
