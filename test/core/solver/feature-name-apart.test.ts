import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import type { Option } from '../../../src/core/solver/types.js';

// A feature whose name is set apart by a rare first word ("canary release deployment") is named
// only with that word: "release … deployments" alone claims no canary release for an HTTP API.
const truthOf = (text: string, question = 'Which statements about shipping changes in Amazon API Gateway are correct?') => {
  const options: Option[] = [
    { letter: 'A', text },
    { letter: 'B', text: 'A stage has its own invoke URL' },
  ];
  return judgeStatements({ scenario: question, question, options, subject: undefined }).get('A')!.truth;
};

describe('a feature named by the word that sets it apart', () => {
  it.each([
    'HTTP APIs can release each change to the $default stage through automatic deployments',
    'An HTTP API stage releases new routes by itself through automatic deployments',
    'Deployments of an HTTP API can be released to its stage without a manual step',
  ])('does not read "%s" as claiming a canary release', (text) => {
    expect(truthOf(text)).not.toBe('false');
  });

  it('still refutes a canary release claimed for an HTTP API', () => {
    expect(truthOf('Canary release deployments can split the traffic of an HTTP API stage')).toBe('false');
  });
});
