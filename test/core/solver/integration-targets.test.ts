import { describe, expect, it } from 'vitest';
import { claimsIn } from '../../../src/core/solver/claims.js';
import { solve } from '../../../src/core/solver/solve.js';
import { normalize } from '../../../src/core/solver/text.js';

const claimed = (option: string) => claimsIn(normalize(option), 'apigw-rest', { aboutSubjectOnly: true });

describe('backends API Gateway is said to offer', () => {
  it('refutes GraphQL resolved inside API Gateway, but not GraphQL left to AppSync', () => {
    expect(claimed('A GraphQL resolver that API Gateway runs for the method')).toContain(false);
    expect(claimed('API Gateway itself resolves GraphQL queries against several tables')).toContain(false);
    expect(claimed('AWS AppSync runs GraphQL resolvers, which API Gateway does not offer')).not.toContain(false);
  });

  it('refutes a static site said to be kept and served by API Gateway, and a raw TCP backend', () => {
    expect(claimed('A static website which API Gateway stores for the team and serves to visitors')).toContain(false);
    expect(claimed('A legacy server reached over a raw TCP connection')).toContain(false);
  });
});

describe('a question about several backends', () => {
  it('takes the options left once those the fact sheet states false are set aside', () => {
    const solved = solve(
      [
        'An architect lists what a method of an Amazon API Gateway REST API can call directly. Which TWO are supported integrations? (Choose TWO.)',
        'A. A GraphQL resolver that API Gateway runs for the method',
        'B. A Kinesis stream, through an AWS service integration that puts the record',
        'C. A static website which API Gateway stores for the team and serves to visitors',
        'D. An HTTP endpoint of an application in the company data center',
      ].join('\n'),
    );
    expect(solved.choices).toEqual(['B', 'D']);
  });
});
