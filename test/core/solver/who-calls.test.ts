import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** Knowing who calls, said in other words ("establish who the caller is", "verify each client's identity"), asks how to authenticate. */
describe('a wish to know who is calling', () => {
  it.each([
    'The auditors want mechanisms that reliably establish who the caller is.',
    "The auditors want the gateway to verify each client's identity on every call.",
  ])('picks the real authentication mechanisms: %s', (wish) => {
    const text = [
      `A logistics firm exposes shipment tracking through an Amazon API Gateway REST API. Today its carriers are recognised only by API keys copied into their scripts. ${wish} Which TWO options should the firm adopt? (Choose TWO.)`,
      'A. A usage plan that gives every carrier a smaller daily quota',
      'B. IAM authorization with requests signed by Signature Version 4',
      'C. A Lambda authorizer that checks each carrier\'s signed token',
      'D. Execution logging that writes the API key of each call',
    ].join('\n');
    expect(solve(text).choices).toEqual(['B', 'C']);
  });
});
