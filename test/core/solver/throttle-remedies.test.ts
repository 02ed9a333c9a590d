import { describe, expect, it } from 'vitest';
import { remediesCalledFor, remediesNamed } from '../../../src/core/solver/remedies.js';
import { solve } from '../../../src/core/solver/solve.js';

const ids = (scenario: string) => remediesCalledFor(scenario).map((r) => r.id);

describe('throttling remedies: which limit binds decides the fix', () => {
  it('reads an ask to raise the account-level requests-per-second quota as the account remedy', () => {
    const s = solve(
      'A logistics firm runs five Amazon API Gateway REST APIs in one account in ap-southeast-2. At month end the summed traffic across all of its APIs reaches about 13,000 requests per second, and callers of each API get intermittent 429 errors while the Lambda functions are far from their concurrency limits. What should the firm do?\nA. Add usage plans with larger per-key limits so that the APIs are no longer held to the account ceiling\nB. Change every API to a private endpoint\nC. Ask AWS to lift the account-level requests-per-second quota for ap-southeast-2\nD. Give the Lambda functions more provisioned concurrency',
    );
    expect(s.choices).toEqual(['C']);
    const named = (option: string) => remediesNamed(option).map((r) => r.id);
    expect(named('Request an increase of the Regional requests-per-second limit for the account')).toContain('account-throttle');
    expect(named('Raise the account-level requests-per-second quota in eu-west-1')).toContain('account-throttle');
    expect(named('Raise the account-level Lambda concurrency limit')).not.toContain('account-throttle');
    expect(named('Add a stage cache, since caching raises the Regional account-level request quota')).not.toContain('account-throttle');
  });

  it("reads 429s for one client only, under the account quota, as that client's usage plan to raise", () => {
    const s = solve(
      "A weather-data vendor sells access to its Amazon API Gateway REST API; each subscriber's API key belongs to a Basic, Pro or Enterprise plan. During a storm a single broadcaster on the Basic plan starts receiving 429 Too Many Requests, while subscribers on the other plans report no errors, and the whole account is well under its Regional throttle quota. What should the vendor do so the broadcaster can make more calls?\nA. Increase the memory of the Lambda functions behind the API\nB. Turn on a stage cache for the forecast resources\nC. Associate the broadcaster's key with a plan that has higher rate and quota limits\nD. Ask AWS to raise the account-level throttle quota in the Region",
    );
    expect(s.choices).toEqual(['C']);
    expect(ids('Callers of every API in the account receive 429 responses at peak. What should the company do?')).not.toContain('client-throttle');
  });
});
