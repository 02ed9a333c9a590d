import { describe, expect, it } from 'vitest';
import { questionSubject } from '../../../src/core/solver/options.js';
import { solve } from '../../../src/core/solver/solve.js';

// A question whose reason names the type that lacks the features ("because HTTP APIs lack them")
// asks for what that type does not have, whichever type it favours.
describe('a reason naming the type that lacks the features', () => {
  it('reads the type after "because", "since" or "given that" as the one lacking them', () => {
    expect(questionSubject('Which TWO capabilities favour a REST API because HTTP APIs lack them?')).toEqual({ service: 'apigw-http', absent: true });
    expect(questionSubject('Which feature justifies a REST API, since an HTTP API does not support it?')).toEqual({ service: 'apigw-http', absent: true });
  });

  it('does not read a reason told in the scenario as the question', () => {
    expect(questionSubject('Which option should the team choose?', 'The team once chose a REST API because HTTP APIs lack them.')).toBeUndefined();
  });

  it.each([
    [
      'An architect is comparing API types. Which TWO features justify a REST API, since an HTTP API does not support them? (Choose TWO.)\nA. API keys with usage plans for each partner\nB. JWT authorizers that check tokens from an OpenID Connect provider\nC. AWS WAF web ACLs attached to the stage\nD. Automatic deployments of every change\nE. Built-in CORS configuration',
      'A, C',
    ],
    [
      'Which feature keeps a team on a REST API, as the HTTP API lacks it?\nA. Validating request bodies against a JSON Schema model\nB. Lambda proxy integrations\nC. Custom domain names\nD. Throttling of requests',
      'A',
    ],
    [
      'Which TWO requirements point to a REST API given that HTTP APIs do not offer them? (Choose TWO.)\nA. Caching responses at the stage for five minutes\nB. A private endpoint reachable only through an interface VPC endpoint\nC. Lambda integrations for every route\nD. Validating OpenID Connect JWTs on each route\nE. Sending requests to a public HTTP backend',
      'A, B',
    ],
  ])('chooses what the named type lacks: %s', (text, choice) => {
    expect(solve(text).choice).toBe(choice);
  });
});
