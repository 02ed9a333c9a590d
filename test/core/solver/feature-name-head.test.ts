import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import { splitOptions } from '../../../src/core/solver/options.js';

const truths = (text: string) => {
  const { scenario, options } = splitOptions(text);
  const judged = judgeStatements({ scenario, question: scenario, options });
  return Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]));
};

describe('a feature named by the rare word that sets it apart', () => {
  it('does not take the general words of its name ("release", "deployment") for the feature itself', () => {
    const judged = truths(
      [
        'Which statements about shipping API changes are correct?',
        'A. An HTTP API stage can pick up new releases automatically through automatic deployments',
        'B. HTTP APIs let a deployment release its changes to the stage automatically',
        'C. Once automatic deployment is switched on, each change to an HTTP API is released to its stage by itself',
      ].join('\n'),
    );
    expect(judged.A).not.toBe('false');
    expect(judged.B).not.toBe('false');
    expect(judged.C).not.toBe('false');
  });

  it('still refutes the feature claimed for a type that lacks it when its own word is there', () => {
    const judged = truths(
      [
        'Which statements about shipping API changes are correct?',
        'A. HTTP APIs support canary release deployments on their stages',
        'B. A canary can send a share of an HTTP API stage\'s traffic to a new release',
      ].join('\n'),
    );
    expect(judged.A).toBe('false');
    expect(judged.B).toBe('false');
  });
});
