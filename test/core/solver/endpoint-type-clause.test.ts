import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import { splitOptions } from '../../../src/core/solver/options.js';

const truths = (text: string) => {
  const { scenario, options } = splitOptions(text);
  const judged = judgeStatements({ scenario, question: scenario, options });
  return Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]));
};

describe('an amount a statement gives for some endpoint types only', () => {
  it('does not hold for an option about another endpoint type', () => {
    const judged = truths(
      [
        'Which statements about integration timeouts are correct?',
        'A. An edge-optimized REST API can have its integration timeout increased past 29 seconds through a quota request',
        'B. Through a quota increase, edge optimized REST APIs can get an integration timeout beyond 29 s',
      ].join('\n'),
    );
    expect(judged.A).not.toBe('true');
    expect(judged.B).not.toBe('true');
  });

  it('still holds for the endpoint types it names', () => {
    const judged = truths(
      [
        'Which statements about integration timeouts are correct?',
        'A. A Regional REST API can have its integration timeout raised beyond 29 seconds through a quota increase',
        'B. A private REST API can have its integration timeout raised beyond 29 seconds through a quota increase',
      ].join('\n'),
    );
    expect(judged.A).toBe('true');
    expect(judged.B).toBe('true');
  });
});
