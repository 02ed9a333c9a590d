import { describe, expect, it } from 'vitest';
import { judgeCapability } from '../../../src/core/solver/capability-check.js';
import { solve } from '../../../src/core/solver/solve.js';

const truth = (text: string, subject: Parameters<typeof judgeCapability>[1]) => judgeCapability(text, subject)?.truth ?? 'unknown';

describe('needs an API type can meet by itself', () => {
  it('does not read checking a JSON Web Token as request validation', () => {
    // (Which authorizer checks it differs by type: a JWT authorizer on an HTTP API, a Cognito or Lambda authorizer on a REST API.)
    expect(truth('An HTTP API can validate the JSON Web Tokens that callers get from an OpenID Connect provider', 'apigw-http')).not.toBe('false');
    expect(truth('An HTTP API can validate the JSON bodies that callers send', 'apigw-http')).toBe('false');
  });

  it('reads a negation in a relative clause of the feature as describing it, not denying it', () => {
    expect(truth('An HTTP API can turn away payloads which do not conform to the declared model', 'apigw-http')).toBe('false');
    expect(truth('A REST API can turn away payloads which do not conform to the declared model', 'apigw-rest')).toBe('true');
  });

  it('asks, with "Which needs can the HTTP API meet?", which options the type has', () => {
    const s = solve(
      [
        'A ride-sharing start-up picks an Amazon API Gateway HTTP API for its driver API to keep costs down. Which TWO needs can the HTTP API meet without any other service? (Choose TWO.)',
        'A. Verifying the JWTs that drivers receive from the sign-in provider',
        'B. Turning away payloads which do not conform to the declared model',
        'C. Issuing every fleet operator an API key limited to 20,000 calls a month',
        'D. Going live on its $default stage each time a route is changed',
      ].join('\n'),
    );
    expect(s.choices).toEqual(['A', 'D']);
  });
});
