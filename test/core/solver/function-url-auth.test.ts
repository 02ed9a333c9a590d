import { describe, expect, it } from 'vitest';
import { authBeyondFunctionUrl } from '../../../src/core/solver/function-url-auth.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('a function URL authenticates with AWS_IAM or NONE only', () => {
  it('sets aside an authorizer or Cognito validation put on the function URL itself', () => {
    const s = solve(
      'A developer serves one AWS Lambda function through a function URL. Only a few IAM roles of the company, which already sign their calls with SigV4 using their AWS credentials, may call it. How should the developer set up the function URL?\nA. Choose the AWS_IAM auth type and allow those roles in the function\'s resource-based policy\nB. Attach an Amazon Cognito user pool authorizer to the function URL\nC. Choose the NONE auth type and ask the roles to send an x-api-key header\nD. Attach a usage plan that lists the allowed IAM roles',
    );
    expect(s.choices).toEqual(['A']);
  });

  it('reads API Gateway in front, or a check in code, as no claim about the function URL', () => {
    expect(authBeyondFunctionUrl('Keep the function URL and validate the JWT in the function code')).toBe(false);
    expect(authBeyondFunctionUrl('Replace the function URL with an HTTP API that has a JWT authorizer')).toBe(false);
    expect(authBeyondFunctionUrl('Keep the function URL and require an API key on it')).toBe(true);
  });
});
