import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

// API keys identify client apps for usage plans; AWS says not to use them to authenticate (auth.api-keys-not-auth).
describe('API keys handed to the people who sign in', () => {
  it('takes a key for every Cognito user as keys used for sign-in, not as another mechanism', () => {
    const s = solve(
      'A language-learning app calls an Amazon API Gateway REST API backed by AWS Lambda. Learners log in through an Amazon Cognito user pool and send the ID token with each call. Calls to the /reports methods must come only from the company\'s VPN address range. Which TWO should the team set up? (Choose TWO.)\nA. An API key for every Cognito user, added to a usage plan with a weekly quota\nB. A Cognito user pool authorizer that checks the learners\' ID tokens\nC. A resource policy that rejects /reports calls from outside the VPN range\nD. A stage variable listing the learners allowed to call the API\nE. An edge-optimized endpoint so that far-away clients cannot connect',
    );
    expect(s.choices).toEqual(['B', 'C']);
  });

  it('reads keys that serve as the players\' passwords as keys offered for sign-in', () => {
    const s = solve(
      'A quiz game wants every contestant to log in to its app, and its API must refuse calls that carry no valid token before any Lambda code runs. Which TWO should be combined? (Choose TWO.)\nA. Amazon Cognito user pools to sign contestants in and hand out tokens\nB. API Gateway API keys in a usage plan that serve as the contestants\' passwords\nC. An Amazon S3 bucket policy that reads each contestant\'s token\nD. Amazon API Gateway with an authorizer that validates each token',
    );
    expect(s.choices).toEqual(['A', 'D']);
  });
});
