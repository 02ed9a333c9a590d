import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

describe('what a price question sets aside does not choose the statement its amounts are read against', () => {
  it('works out an HTTP API bill when the stem leaves data transfer and the free tier aside', () => {
    const s = solve(
      'A hobby project serves its app through an Amazon API Gateway HTTP API in us-east-1 and gets 50 million requests a month. Setting aside data-transfer charges and any free tier, roughly what are the monthly request charges?\nA. $5\nB. $50\nC. $175\nD. $500',
    );
    expect(s.choices).toEqual(['B']);
  });

  it('works out a REST API bill when the stem does not count data-transfer charges', () => {
    const s = solve(
      'A museum runs an Amazon API Gateway REST API in us-east-1 that handles 10 million calls a month. Not counting the free tier or data-transfer charges, what are the monthly charges for the calls?\nA. $10\nB. $28\nC. $35\nD. $350',
    );
    expect(s.choices).toEqual(['C']);
  });
});
