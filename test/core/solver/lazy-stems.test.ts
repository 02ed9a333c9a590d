import { describe, expect, it, vi } from 'vitest';

// Counts the calls other solver modules make to wordsOf, the stemming that reads options against the facts.
const calls = vi.hoisted(() => ({ wordsOf: 0 }));
vi.mock('../../../src/core/solver/fact-index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/solver/fact-index.js')>();
  return { ...original, wordsOf: (text: string) => (calls.wordsOf++, original.wordsOf(text)) };
});

const SCENARIO = 'A company wants to protect its REST API from SQL injection attacks';
const LETTERED = `An orchard-insurance company is drafting operating notes on default Amazon API Gateway quotas in us-east-1. Which TWO statements are correct? (Choose TWO.)
A. The 10,000 requests-per-second quota applies to each API and stage separately
B. The 10,000 requests-per-second quota is shared by all API types in the Region
C. A REST or HTTP API request payload can be up to 10 MB
D. The burst capacity can be raised by the customer to 50,000 requests
E. An HTTP API integration timeout can be raised to 5 minutes`;

describe('what the solver starts only for a lettered question', () => {
  it('stems nothing against the facts (wordsOf, with its regular expressions) when it loads or reads a scenario, and does for a lettered question', async () => {
    const { solve } = await import('../../../src/core/solver/solve.js');
    expect(calls.wordsOf).toBe(0);
    solve(SCENARIO);
    expect(calls.wordsOf).toBe(0);
    expect(solve(LETTERED).choices).toEqual(['B', 'C']);
    expect(calls.wordsOf).toBeGreaterThan(0);
  });
});
