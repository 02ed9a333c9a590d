import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import { splitOptions } from '../../../src/core/solver/options.js';

const truths = (text: string) => {
  const { scenario, options } = splitOptions(text);
  const judged = judgeStatements({ scenario, question: scenario, options });
  return Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]));
};

// An edge-optimized API stays in one Region (ep.edge-still-regional), behind a CloudFront distribution that
// API Gateway owns, not the customer (ep.edge). Before the fix, of the three false statements below only C
// (already read as turning ep.edge around) was settled; A and B were unsettled; the two true ones were rightly not false.
describe('where an edge-optimized API runs and who owns its distribution', () => {
  it('refutes an API spread over the points of presence, and a distribution in the customer\'s account', () => {
    const judged = truths(
      [
        'Which statements about edge-optimized APIs are correct?',
        'A. With an edge-optimized endpoint the API runs at all CloudFront points of presence rather than in one Region',
        'B. The CloudFront distribution of an edge-optimized API shows up in your own account, where you can change its settings',
        'C. You can edit the behaviours of the distribution API Gateway creates for an edge-optimized API in your CloudFront console',
      ].join('\n'),
    );
    expect(judged).toEqual({ A: 'false', B: 'false', C: 'false' });
  });

  it('leaves a Regional API behind the customer\'s own distribution, and one Region for the edge-optimized API, alone', () => {
    const judged = truths(
      [
        'Which statements about endpoint types are correct?',
        'A. An edge-optimized API is still deployed in one Region, and callers enter AWS at the nearest point of presence',
        'B. A Regional REST API can sit behind a CloudFront distribution in the company\'s own AWS account',
      ].join('\n'),
    );
    expect(judged.A).not.toBe('false');
    expect(judged.B).not.toBe('false');
  });
});
