import { describe, expect, it } from 'vitest';
import { comparisonIn } from '../../../src/core/solver/compare.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('what a move from one API type to another loses or gains, from the capability table', () => {
  it('reads what is given up as what the old type has and the new one lacks', () => {
    expect(comparisonIn('Which THREE capabilities would the team give up by moving from the REST API to an HTTP API?')).toEqual({ subject: ['apigw-rest'], rival: ['apigw-http'] });
    expect(comparisonIn('Which TWO features does it gain by switching from a REST API to an HTTP API?')).toEqual({ subject: ['apigw-http'], rival: ['apigw-rest'] });
  });

  it('answers which capabilities a move from REST to HTTP gives up', () => {
    const s = solve(
      'A media company plans to rebuild its Amazon API Gateway REST API as an HTTP API to save money. Which THREE capabilities would the team give up by moving from the REST API to the HTTP API? (Choose THREE.)\nA. A cache on the stage for GET responses\nB. JWT authorizers for tokens from an OpenID Connect provider\nC. Protection with an AWS WAF web ACL\nD. IAM authorization with SigV4-signed requests\nE. Per-partner API keys with usage plans\nF. Stage variables for the backend URL',
    );
    expect(s.choices).toEqual(['A', 'C', 'E']);
  });

  it('answers which features a move from REST to HTTP gains', () => {
    const s = solve(
      'Which TWO features does a startup gain by migrating its public API from an Amazon API Gateway REST API to an HTTP API? (Choose TWO.)\nA. Automatic deployment of changes to the $default stage\nB. AWS X-Ray tracing of each request\nC. Native JWT authorizers\nD. Canary release deployments\nE. Request validation against JSON schema models',
    );
    expect(s.choices).toEqual(['A', 'C']);
  });

  it('reads a type named after ", not in" as the rival', () => {
    expect(comparisonIn('Which TWO capabilities does a WebSocket API offer, not in an HTTP API? (Choose TWO.)')).toEqual({ subject: ['apigw-websocket'], rival: ['apigw-http'] });
  });

  it('takes what a type has from the capability table where it knows more than the rule', () => {
    const s = solve(
      'Which capability do Amazon API Gateway WebSocket APIs have that HTTP APIs lack?\nA. Stage variables\nB. Lambda authorizers\nC. Mock integrations that answer without a backend\nD. IAM authorization',
    );
    expect(s.choices).toEqual(['C']);
  });
});
