import { describe, expect, it } from 'vitest';
import { factIndex } from '../../../src/core/solver/fact-index.js';
import { solve } from '../../../src/core/solver/solve.js';
import { truthsAgainst } from './statement-truths.js';

const truths = truthsAgainst(factIndex());
const ASK = 'Which statements about how Amazon API Gateway throttles requests are accurate?';

describe('a throttling claim read for who owns its number and where it holds', () => {
  it('reads a burst customers may ask to enlarge as false: AWS sets the burst', () => {
    const t = truths(`${ASK}\nA. A team may ask for a bigger burst than 5,000 through a quota request\nB. Developers can request a higher 5,000-request burst allowance\nC. The account has a token bucket of 5,000 requests`);
    expect(t.A).toBe('false');
    expect(t.B).toBe('false');
    expect(t.C).toBe('true');
  });

  it('reads a quota called fixed, or never raised on request, against the soft quota that can be increased', () => {
    const t = truths(`${ASK}\nA. The per-Region account throttle is a fixed cap that is never lifted\nB. No increase of the account-level throttle quota can be requested\nC. The account quota per Region is a soft quota`);
    expect(t.A).toBe('false');
    expect(t.B).toBe('false');
  });

  it('reads the same default claimed for every Region against the smaller defaults of some Regions', () => {
    const t = truths(`${ASK}\nA. All AWS Regions begin with the same default of 10,000 requests per second\nB. The default of 10,000 requests per second is identical across all Regions`);
    expect(t).toEqual({ A: 'false', B: 'false' });
  });

  it('reads callers over the limit, or throttled, that get a 429 as the throttled clients the facts answer with 429', () => {
    const t = truths(`${ASK}\nA. Clients that exceed the configured rate get an HTTP 429 response\nB. Requests that get throttled receive HTTP 429\nC. Callers past the quota get a 502 error`);
    expect(t).toEqual({ A: 'true', B: 'true', C: 'false' });
  });

  it('reads per-method limits set with no usage plan at all as the limits that need no usage plan', () => {
    expect(truths(`${ASK}\nA. A stage can carry per-method throttling even with no usage plan at all\nB. Every throttle is a hard ceiling`).A).toBe('true');
  });

  it('answers a throttling question whose true options are the 429 and limits without a usage plan', () => {
    const s = solve(
      `A quiz site expects a rush of players on its Amazon API Gateway REST API. Which TWO statements are correct? (Choose TWO.)\nA. Every Region is given the same 10,000 requests-per-second account default\nB. Players that go over the allowed rate get an HTTP 429 Too Many Requests response\nC. Per-stage limits can be applied with no usage plan at all\nD. The team can request a larger burst than 5,000 through Service Quotas`,
    );
    expect(s.choices).toEqual(['B', 'C']);
  });
});
