import { describe, expect, it } from 'vitest';
import { factIndex, wordsOf } from '../../../src/core/solver/fact-index.js';
import { solve } from '../../../src/core/solver/solve.js';
import { truthsAgainst } from './statement-truths.js';

describe('an API named by its endpoint type', () => {
  it('speaks of that endpoint', () => {
    expect(wordsOf('a private API')).toContain('endpoint');
    expect(wordsOf('Edge-optimized REST APIs')).toContain('endpoint');
    expect(wordsOf('a private integration')).not.toContain('endpoint');
  });

  it('is refuted when offered to an API type that lacks the endpoint type', () => {
    const chapter = truthsAgainst(factIndex());
    expect(chapter('Which statement is NOT correct?\nA. A team can turn its HTTP API into a private API that only a VPC reaches.\nB. Private REST APIs are reached through an interface VPC endpoint.')).toMatchObject({ A: 'false' });
    // (A private integration is no private endpoint: HTTP APIs have it.)
    expect(chapter('Which statement is NOT correct?\nA. An HTTP API reaches private resources in a VPC through a VPC link.\nB. Private REST APIs are reached through an interface VPC endpoint.').A).not.toBe('false');
  });

  it('answers a question about private APIs whose false option is an HTTP API', () => {
    const solved = solve(
      [
        'A government agency needs an internal Amazon API Gateway API that nobody on the internet can call. All of the following statements about a private API are true EXCEPT:',
        'A. Callers in the VPC reach it through an interface endpoint for execute-api.',
        'B. A resource policy on it says which VPC endpoints may invoke it.',
        'C. The team may build it as an HTTP API to pay the lower request price.',
        'D. Requests from the VPC to it stay on the AWS network.',
      ].join('\n'),
    );
    expect(solved.choices).toEqual(['C']);
  });
});
