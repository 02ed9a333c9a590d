import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const concepts = (text: string) => findClues(text).map((c) => c.concept);

describe('request parameters mapped are no body transformation (HTTP APIs map parameters too)', () => {
  it('reads mapping of headers or query strings apart from reshaping a body', () => {
    expect(concepts('Mapping of request parameters, for example a header, onto the backend call')).toEqual(['param-mapping']);
    expect(concepts('Map response parameters such as headers before they reach the client')).toEqual(['param-mapping']);
    expect(concepts('Transform the request payload from JSON into XML for the old backend')).toContain('body-transform');
    expect(concepts('Mapping templates that reshape each request body')).toContain('body-transform');
  });

  it('counts parameter mapping among what an HTTP API offers', () => {
    const s = solve(
      'A small agency wants to know what an Amazon API Gateway HTTP API gives it. Which TWO capabilities does an HTTP API offer? (Choose TWO.)\nA. Mapping of request parameters, such as a header or a query string, before the integration is called\nB. A per-stage cache of GET responses\nC. Usage plans with API keys for each client\nD. Built-in JWT authorizers for an OpenID Connect issuer\nE. An AWS WAF web ACL on the stage',
    );
    expect(s.choices).toEqual(['A', 'D']);
  });
});
