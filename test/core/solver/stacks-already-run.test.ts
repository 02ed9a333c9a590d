import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * Identical stacks a company already runs in several Regions are the setting; only stacks it must
 * create, deploy or reproduce are infrastructure as code. Asked for DNS answers by latency and
 * health, the question is Route 53's. (Before the fix: 2 of 4 right, the first two read as
 * CloudFormation.)
 */
describe('stacks already running are no template to write', () => {
  it.each([
    'A ticketing firm operates the same web stack in three AWS Regions. Its DNS responses should send each fan to whichever Region is fastest for that fan, and a Region must be removed from the responses automatically as soon as its health check stops passing. Which AWS service does this?',
    "A survey platform keeps identical application stacks in two AWS Regions. Each respondent's DNS lookup should return the Region nearest in latency, and an unhealthy Region should be withdrawn from the records until its checks pass again. Which service should the platform use?",
    'A payroll vendor runs identical stacks in two Regions. It needs DNS replies that favour the Region with the least latency for each client and that leave out a Region whose health check has failed. Which AWS service provides this?',
  ])('%s', (text) => {
    expect(solve(text).outOfScope?.area).toBe('route53');
  });

  it('still reads stacks to be deployed alike in several Regions as infrastructure as code', () => {
    expect(solve('The team wants to deploy the same stack to three Regions from one description. Which AWS service fits?').outOfScope?.area).toBe('cloudformation');
  });
});
