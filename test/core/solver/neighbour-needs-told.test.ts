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
  ['sqs', 'A ticketing site passes each booking from its Amazon API Gateway API to a legacy reservation system that handles only a few dozen bookings per second. On busy mornings far more arrive, and none of them may be rejected or lost, although it is acceptable if some are handled later. Which service should be placed between the API and the reservation system?'],
  ['sqs', 'A survey app posts each completed form to a scoring service that falls over under heavy load. The company wants to accept every form without dropping any, and it is fine if scores are processed a few minutes later. Which AWS service should it add?'],
  ['route53', 'A streaming company runs the same Regional API in Tokyo and Oregon. Each viewer should be directed to whichever Region responds to them fastest, and if one Region goes down its traffic should be shifted to the other Region. Which AWS service makes this choice?'],
  ['route53', 'A retailer has copies of its storefront in two Regions and wants requests switched to the healthy Region whenever the other one becomes unavailable. Which AWS service should decide where requests go?'],
  ['service-quotas', 'A startup is about to launch and wants a single console page where it can review the current limits for all of its AWS services, ask for higher values, and follow the status of each increase request. Which service should it use?'],
  ['service-quotas', 'Which AWS service lets an administrator view the quotas of many AWS services in one place and submit and track requests to raise them?'],
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

  it('callers on slow connections are a latency question, not bulk data on a poor link', () => {
    expect(solve('Partners in Australia complain about slow connections to a REST API that runs in Ireland, and the team does not want to manage its own CDN. Which option fits?').outOfScope).toBeNull();
  });

  it('a backend protected by rejecting excess calls stays throttling in the rule', () => {
    const s = solve('A company\'s REST API on Amazon API Gateway forwards requests to a reporting service that breaks above about 30 requests per second. The company wants API Gateway to reject calls over that rate. What should it configure?');
    expect(s.outOfScope).toBeNull();
  });
});
