import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';

// A value the facts say AWS sets and customers neither control nor request is not one they can make bigger.
describe('a statement that customers can resize what AWS sets', () => {
  const judge = (text: string) =>
    judgeStatements({ scenario: '', question: 'Which statement about throttling is correct?', options: [{ letter: 'A', text }], subject: undefined }).get('A')!.truth;

  it.each([
    'Customers can enlarge the 5,000-request burst bucket in the console',
    'An account owner can expand the burst bucket to 20,000 requests',
    'AWS customers can resize the 5,000-request burst bucket',
    'Customers can increase the size of the burst bucket whenever they like',
  ])('%s', (text) => {
    expect(judge(text)).toBe('false');
  });
});
