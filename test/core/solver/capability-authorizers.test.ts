import { describe, expect, it } from 'vitest';
import { judgeCapability, readCapabilityClaim } from '../../../src/core/solver/capability-check.js';

const truth = (text: string) => judgeCapability(text)?.truth ?? 'unknown';

describe('authorizer kinds and mutual TLS in the capability table', () => {
  it('tells a JWT authorizer apart from Cognito and gives it to HTTP APIs, not REST APIs', () => {
    expect(readCapabilityClaim('Routes of an HTTP API can be protected by a built-in JWT authorizer')).toMatchObject({ subjects: ['apigw-http'], features: ['jwt-authorizer'] });
    expect(truth('Routes of an HTTP API can be protected by a built-in JWT authorizer')).toBe('true');
    expect(truth('A REST API offers a native JWT authorizer for OpenID Connect tokens')).toBe('false');
    expect(truth('JWT authorizers are available only in REST APIs')).toBe('false');
    expect(truth('REST APIs have no native JWT authorizer')).toBe('true');
  });

  it('gives the Cognito user pool authorizer to REST APIs and not to WebSocket APIs', () => {
    expect(truth('A REST API method can be secured with an Amazon Cognito user pool authorizer')).toBe('true');
    expect(truth('WebSocket APIs support a Cognito user pools authorizer on $connect')).toBe('false');
  });

  it('reads mutual TLS as a feature REST and HTTP APIs share', () => {
    expect(truth('Both REST and HTTP APIs can require mutual TLS from their clients')).toBe('true');
    expect(truth('HTTP APIs do not support mTLS authentication')).toBe('false');
    expect(truth('Mutual TLS is exclusive to REST APIs')).toBe('false');
  });
});
