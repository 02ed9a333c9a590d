import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * What someone proposes is set aside only up to the turn to another need in the same sentence
 * ("An engineer proposes X, but the CFO wants Y"): Y is the question's own need, whether it is a
 * neighbour's job or a feature of the rule. (Before the fix: 0 of 3 right: two letters for a
 * budget alert, and an HTTP API for quotas per distributor.)
 */
describe('a proposal ends at the turn to another need', () => {
  it.each([
    'A ride-hailing start-up fears that a faulty client could run up its Amazon API Gateway bill. An engineer proposes per-key quotas to keep spending down, but the CFO wants a text message as soon as the projected monthly charges pass $2,000. Which service should be used?\nA. Usage-plan quotas on every API key\nB. Method-level throttling on the prod stage\nC. AWS Budgets with a forecast alert\nD. A CloudWatch dashboard of the Count metric',
    "A bakery's Amazon API Gateway REST API is getting more traffic. The lead developer suggests caching to save money; however the owner wants an email whenever the forecasted AWS bill for the month exceeds the budget. Which AWS service meets the owner's request?\nA. A stage cache with a 300-second TTL\nB. AWS Budgets\nC. AWS X-Ray\nD. A usage plan",
  ])('%s', (text) => {
    const s = solve(text);
    expect(s.choices).toEqual([]);
    expect(s.outOfScope?.area).toBe('cost-tools');
  });

  it('reads the need after the turn as the rule\'s own', () => {
    expect(solve('A parts supplier exposes an order API on Amazon API Gateway backed by Lambda. An engineer suggests a message queue that holds each order until a worker is free, but the sales team wants each distributor limited to 5,000 calls a month with its own key. Which API type should it use?').service).toBe('apigw-rest');
  });
});
