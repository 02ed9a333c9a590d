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
];

describe('neighbours told by the job the question describes', () => {
  it.each(CASES)('%s: %s', (area, text) => {
    const s = solve(text);
    expect(s.choices).toEqual([]);
    expect(s.service).toBeNull();
    expect(s.outOfScope?.area).toBe(area);
  });

});
