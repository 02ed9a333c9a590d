import { describe, expect, it } from 'vitest';
import { judgeProposal } from '../../../src/core/solver/fact-check.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('a question that asks how to control who may call an API', () => {
  it('reads restricting which callers may invoke the API as asking for an access-control mechanism', () => {
    const s = solve('Which TWO mechanisms can restrict which clients may invoke an Amazon API Gateway REST API? (Choose TWO.)\nA. IAM authorization with requests signed by SigV4\nB. A usage plan that lets each client make ten calls a day\nC. A Lambda authorizer that validates a custom header token\nD. A stage variable listing the allowed client names\nE. An API key as the sole proof of who the caller is');
    expect(s.choices).toEqual(['A', 'C']);
  });

  it('does not take a custom token for the customers a denial speaks of', () => {
    expect(judgeProposal('A Lambda authorizer that checks a custom bearer token', 'Which are ways to control who can call the API?')?.truth).not.toBe('false');
  });
});
