import { describe, expect, it } from 'vitest';
import { claimsIn } from '../../../src/core/solver/claims.js';
import { normalize } from '../../../src/core/solver/text.js';

// A REST API's resource policy allows or denies by source IP, VPC or AWS account (auth.resource-policies).
describe('a resource policy that lets another account call the API', () => {
  it('holds that a resource policy can grant callers of another AWS account', () => {
    expect(claimsIn(normalize('A resource policy can let roles in a partner\'s separate AWS account invoke the REST API.'), 'apigw-rest')).toEqual([true]);
    expect(claimsIn(normalize('These policies can allow principals from another AWS account to call the API.'), 'apigw-rest')).toEqual([true]);
  });
});
