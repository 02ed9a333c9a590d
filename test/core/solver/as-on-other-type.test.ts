import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';

describe('a feature claimed for one API type "as on" another', () => {
  it('is claimed for both, so it is false when the first lacks it', () => {
    const options = [
      { letter: 'A', text: 'An HTTP API stage can attach AWS WAF web ACLs, as on REST APIs' },
      { letter: 'B', text: 'Both REST and HTTP APIs can use Lambda authorizers' },
    ];
    const judged = judgeStatements({ scenario: 'A clinic compares API types.', question: 'Which statement is correct?', options });
    expect(judged.get('A')?.truth).toBe('false');
  });
});
