import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * A service someone recommended or looked at, and the text then turns down, is a proposal, not a
 * need: "An adviser recommended API Gateway …, but none of its features are needed" leaves the
 * fleet to a load balancer. (Before the fix both answered an API Gateway API.)
 */
describe('a service someone recommended or looked at is not a need', () => {
  it.each([
    'A logistics firm serves its dispatch portal from EC2 instances in an Auto Scaling group across two Availability Zones. Traffic for /drivers goes to one target group and /depots to another, and unhealthy instances must be skipped. An outside adviser recommended Amazon API Gateway for this, but the firm wants no API keys, usage quotas or request mapping. What should front the instances?',
    'A museum runs its ticketing back end as containers on Amazon ECS in two Availability Zones, and only containers that pass health checks may get requests. Some seat-map builds take about six minutes on one synchronous HTTP call. The developers looked into Amazon API Gateway first, yet they need none of its throttling, keys or request transformation and will not ask for any quota increase. What should receive the requests in front of the containers?',
  ])('%s', (text) => {
    expect(solve(text).service).toBe('alb');
  });

  it('still reads the recommended way of the text itself as a need', () => {
    expect(solve('The recommended front door for the partner API is Amazon API Gateway, and each partner must get its own API key with a monthly quota. Which API type fits?').service).toBe('apigw-rest');
  });
});
