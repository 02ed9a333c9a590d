import { describe, expect, it } from 'vitest';
import { statesLack } from '../../../src/core/solver/lacks.js';
import { solve } from '../../../src/core/solver/solve.js';
import { normalize } from '../../../src/core/solver/text.js';

const lack = (text: string) => statesLack(normalize(text), (words) => /\bhttp api\b/.test(words));

describe('statements that the subject lacks something', () => {
  it('are negations that open the statement or follow its subject, not clauses inside a feature', () => {
    expect(lack('They have no built-in caching')).toBe(true);
    expect(lack('An HTTP API cannot send traces to X-Ray')).toBe(true);
    expect(lack('No request validation against models')).toBe(true);
    expect(lack('Reject bodies that do not match a schema')).toBe(false);
    expect(lack('Per-client quotas with usage plans')).toBe(false);
  });

  it('answer a question about limitations when the subject does lack what they name', () => {
    const s = solve(
      'Which TWO are shortcomings of an Amazon API Gateway HTTP API? (Choose TWO.)\nA. It cannot issue API keys or enforce usage plans\nB. It cannot route requests to Lambda functions\nC. It has no stage cache for responses\nD. It does not support Lambda authorizers',
    );
    expect(s.choices).toEqual(['A', 'C']);
  });

  it('answer a question about which statements hold, and name a disadvantage against another service', () => {
    const statements = solve(
      'Which TWO statements about Amazon API Gateway HTTP APIs are accurate? (Choose TWO.)\nA. They do not offer X-Ray tracing\nB. They cannot use IAM authorization\nC. They can be private endpoints inside a VPC\nD. They have no support for request validation models',
    );
    expect(statements.choices).toEqual(['A', 'D']);
    const against = solve(
      'Which TWO are drawbacks of a Lambda function URL compared with Amazon API Gateway? (Choose TWO.)\nA. No response caching\nB. It cannot run Lambda code\nC. No API keys for partners\nD. It has no HTTPS address',
    );
    expect(against.choices).toEqual(['A', 'C']);
  });
});
