import { describe, expect, it } from 'vitest';
import { needsCustomTokenCheck, tokensFromElsewhere } from '../../../src/core/solver/token-issuer.js';
import { solve } from '../../../src/core/solver/solve.js';

// A Cognito authorizer validates its own user pool's tokens only (auth.cognito); tokens of another issuer need a Lambda authorizer (auth.lambda-authorizer).
describe('tokens that only code of the company\'s own can check', () => {
  it('reads signing in through a SAML system of the company\'s own as tokens from elsewhere', () => {
    expect(tokensFromElsewhere('Agents log in through the bank\'s SAML-based single sign-on portal, which hands out session tokens.')).toBe(true);
    expect(tokensFromElsewhere('Adjusters sign in with Google, and the app sends the token with each call.')).toBe(false);
  });

  it('reads an issuer that is neither a Cognito user pool nor a JWT issuer as another issuer', () => {
    expect(tokensFromElsewhere('Dealers send an opaque token from the maker\'s in-house login service, which is neither an Amazon Cognito user pool nor an OpenID Connect provider.')).toBe(true);
  });

  it('reads an issuer that hands out tokens, said in the active voice', () => {
    expect(tokensFromElsewhere('Couriers call the API with credentials from the depot\'s legacy identity system, which issues signed tokens.')).toBe(true);
  });

  it('sets aside a Cognito authorizer when callers sign in through such a system', () => {
    const s = solve(
      'A logistics firm\'s dispatch console calls an Amazon API Gateway REST API. Dispatchers sign in through the firm\'s SAML-based identity provider, which issues bearer tokens, and every call must also pass custom checks such as the dispatcher\'s depot before the backend runs. Which feature should perform these checks?\nA. An API key and usage plan for every dispatcher\nB. A COGNITO_USER_POOLS authorizer on the methods\nC. A Lambda authorizer on the methods\nD. A resource policy that lists the depots\' AWS accounts',
    );
    expect(s.choices).toEqual(['C']);
  });

  it('takes a Lambda authorizer as the second mechanism for the callers whose tokens another system checks', () => {
    expect(needsCustomTokenCheck('Staff sign in with a Cognito user pool, and contractors bring a badge token that only the agency\'s own directory can validate.')).toBe(true);
    const s = solve(
      'A hospital wants to authenticate everyone who calls its Amazon API Gateway REST API. Staff log in through an Amazon Cognito user pool, while visiting doctors carry a token that only their own clinic\'s system can validate. Which TWO mechanisms should the API use? (Choose TWO.)\nA. A Cognito user pool authorizer for the staff tokens\nB. A Lambda authorizer that validates the visiting doctors\' tokens\nC. An API key for each user pool member, sent in the X-API-Key header\nD. A usage plan with a daily quota for each doctor\nE. A stage variable that stores the clinics\' tokens',
    );
    expect(s.choices).toEqual(['A', 'B']);
  });
});
