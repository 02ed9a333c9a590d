import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../../src/core/solver/fact-reader.js';

const options = [
  { letter: 'A', text: '10,000 requests per second for each individual stage of every API' },
  { letter: 'B', text: '10,000 requests per second, one pool for everything the account runs in that Region' },
];

describe('an amount given per another kind than the statement gives it', () => {
  it('does not agree with the statement, though the number is the same', () => {
    const [perStage, pooled] = readQuantities('', 'What default steady-state rate limit does API Gateway apply before it throttles?', options);
    expect(perStage!.evidence.every((e) => !e.agrees)).toBe(true);
    expect(perStage!.score).toBeLessThan(0);
    expect(pooled!.score).toBeGreaterThan(0);
  });
});
