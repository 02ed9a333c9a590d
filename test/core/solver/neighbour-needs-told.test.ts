import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * Neighbours told by the job the question describes, in words that do not name them: bulk data a
 * poor link cannot carry in time (Snowball Edge), work that must never be turned away but may wait
 * (a queue), Regions chosen by who answers fastest and left when unhealthy (Route 53), every
 * service's quotas in one console with tracked increase requests (Service Quotas), and functions
 * chained one after another (Step Functions). Each must abstain and name its area.
 */
const CASES: [string, string][] = [
  ['snowball', 'An oil platform holds 90 TB of seismic recordings and reaches the shore only over a weak radio uplink. Sending the files through that link would take many months. Which AWS service should move the data to Amazon S3?'],
  ['snowball', 'A mining camp has patchy connectivity and wants to clean up its survey images locally before the data leaves the site, then get roughly 40 terabytes of them into an S3 bucket. Which AWS service fits?'],
  ['snowball', 'A broadcaster has to copy 70 terabytes of archived tapes, already digitised, into AWS, but its congested office line means the transfer would take weeks. What should it use?'],
  ['eventbridge', 'A gym chain wants a Lambda function that emails member reports to run every Friday at 18:00 without anyone calling it. Which AWS service should start it?'],
  ['step-functions', 'A laundry chain wants to chain three Lambda functions so that each one starts only after the previous one has finished, with retries when a step fails. Which AWS service should coordinate them?'],
];

describe('neighbours told by the job the question describes', () => {
  it.each(CASES)('%s: %s', (area, text) => {
    const s = solve(text);
    expect(s.choices).toEqual([]);
    expect(s.service).toBeNull();
    expect(s.outOfScope?.area).toBe(area);
  });

  it('a company that is a chain still calls its one function over HTTPS in the rule', () => {
    const s = solve('A bakery chain wants its ordering kiosks to send a small JSON payload to the chain\'s single Lambda function over HTTPS. No API keys, custom domain, quotas or caching are needed, and the chain wants the simplest and cheapest option. What should it use?');
    expect(s.outOfScope).toBeNull();
    expect(s.service).toBe('lambda-url');
  });

});
