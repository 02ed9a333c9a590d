import { describe, expect, it } from 'vitest';
import { tokensFromElsewhere } from '../../../src/core/solver/token-issuer.js';
import { solve } from '../../../src/core/solver/solve.js';

describe("a Cognito authorizer checks only its own user pool's tokens", () => {
  it('sets aside a Cognito authorizer for tokens that another identity system issues', () => {
    const s = solve(
      "An insurer's claims REST API in Amazon API Gateway must accept bearer tokens minted by the insurer's on-premises LDAP-based login service. Each token has to be verified by calling that service and then checked against a broker register. Which option should the insurer choose so that API Gateway turns away bad tokens before the backend runs?\nA. A Lambda authorizer that verifies the token and returns an IAM policy\nB. An Amazon Cognito user pool authorizer configured with the login service's address\nC. A resource policy that allows only the broker offices' IP ranges\nD. An API key per broker, required on every method",
    );
    expect(s.choices).toEqual(['A']);
  });

  it('sets it aside when the callers are said not to be in a Cognito user pool', () => {
    const s = solve(
      'A travel company offers a REST API in Amazon API Gateway to hotel partners. The partners already hold sign-in tokens from the company\'s own partner portal, and every token must be verified against a contracts database before a call is let through. The partners have no AWS credentials and are not registered in an Amazon Cognito user pool. Which option should the company use?\nA. A Cognito user pool authorizer that validates the partners\' tokens\nB. A Lambda authorizer that runs the company\'s own token checks\nC. IAM authorization with SigV4-signed requests\nD. An API key for each hotel, required on every method',
    );
    expect(s.choices).toEqual(['B']);
  });

  it('does not read Cognito or a social sign-in as another issuer', () => {
    expect(tokensFromElsewhere('Users sign in to an Amazon Cognito user pool, which issues the tokens the app sends to the API.')).toBe(false);
    expect(tokensFromElsewhere('Shoppers sign in with Google, and the tokens issued by Google identify them.')).toBe(false);
    // (Beside app users who sign in, another group's own tokens do not rule out a user pool for the app users.)
    expect(tokensFromElsewhere('Shoppers sign in to the mobile app, and a logistics partner sends tokens issued by its own identity system.')).toBe(false);
    expect(tokensFromElsewhere('Clients present JSON Web Tokens issued by the company\'s OpenID Connect identity provider.')).toBe(true);
  });
});
