import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

describe('statements about an API that has moved from one type to another', () => {
  it('reads options that name no type as claims about the type it moved to', () => {
    const s = solve('A language-learning app has moved its lessons API from an Amazon API Gateway REST API to an HTTP API. Which TWO statements about the API are now correct? (Choose TWO.)\nA. It can deploy each saved change to its stage automatically\nB. It can keep a cache of GET responses on its stage\nC. It can validate tokens with a built-in JWT authorizer\nD. It can attach an AWS WAF web ACL to its stage\nE. It can meter each partner with usage plans and API keys');
    expect(s.choices).toEqual(['A', 'C']);
  });
});
