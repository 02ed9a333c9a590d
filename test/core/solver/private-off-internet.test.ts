import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import { splitOptions } from '../../../src/core/solver/options.js';

const truths = (text: string) => {
  const { scenario, options } = splitOptions(text);
  const judged = judgeStatements({ scenario, question: scenario, options });
  return Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]));
};

// A private REST API is reachable only through an interface VPC endpoint (ep.private): a statement that puts
// it on the public internet, whatever key, token or header the caller brings, is false.
// Before the fix, 3 of these 6 probes were right (D true, and the Regional and edge-optimized ones not false): A and C
// were unsettled and B read true (a private endpoint and a Cognito authorizer are REST features). After: 6 of 6.
describe('a private API said to be reachable from the internet', () => {
  it('is false, whatever the caller presents', () => {
    const judged = truths(
      [
        'Which statements about private APIs are correct?',
        'A. A private REST API accepts calls from the public internet once the client sends a valid API key',
        'B. Mobile users on the internet can invoke a private REST API if they pass a Cognito token',
        'C. Private REST APIs are publicly reachable over the internet for callers with IAM credentials',
        'D. A private REST API is reached through an interface VPC endpoint and needs a resource policy',
      ].join('\n'),
    );
    expect(judged.A).toBe('false');
    expect(judged.B).toBe('false');
    expect(judged.C).toBe('false');
    expect(judged.D).toBe('true');
  });

  it('says nothing of a Regional API called from the internet', () => {
    const judged = truths(['Which statements about endpoint types are correct?', 'A. A Regional REST API can be called from the internet by clients with an API key', 'B. An edge-optimized API is reached over the internet through a CloudFront point of presence'].join('\n'));
    expect(judged.A).not.toBe('false');
    expect(judged.B).not.toBe('false');
  });

  it('answers a whole question about endpoint types', () => {
    const s = solve(
      [
        'A bank keeps an internal Amazon API Gateway API for its branch systems and reviews its endpoint options. Which TWO statements are correct? (Choose TWO.)',
        'A. A private REST API needs a resource policy and is reached through an interface VPC endpoint',
        'B. A private REST API can be opened to customers on the internet by issuing them API keys',
        'C. An HTTP API can use a private endpoint type',
        'D. A Regional REST API can be placed behind a CloudFront distribution that the bank owns',
      ].join('\n'),
    );
    expect(s.choices).toEqual(['A', 'D']);
  });
});
