import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

describe('which change needs the API deployed again', () => {
  it('picks the change to the backend as the one that needs no new deployment', () => {
    const s = solve(
      'A team edits several things around an HTTP API that serves its mobile app. Which edit will callers see without a new deployment of the API?\nA. A new route for DELETE /items/{id}\nB. A JWT authorizer added to the GET /items route\nC. A longer timeout on the Lambda function behind the route\nD. A changed integration for POST /items',
    );
    expect(s.choices).toEqual(['C']);
  });

  it('picks the changes to the API itself as the ones that need a redeployment', () => {
    const s = solve(
      'An engineer is working on a REST API in production. Which TWO of these changes need the API to be redeployed to the prod stage before callers notice them? (Choose TWO.)\nA. Uploading new code to the backing Lambda function\nB. Adding a request validator to the POST /orders method\nC. Raising the memory of the backing Lambda function\nD. Creating a /reports resource with a GET method',
    );
    expect(s.choices).toEqual(['B', 'D']);
  });

  it("does not answer when every option changes the API", () => {
    const s = solve(
      'Which change to a REST API does not require a new deployment?\nA. Adding a resource\nB. Adding a method\nC. Changing an integration\nD. Attaching an authorizer',
    );
    expect(s.choices).not.toEqual(['A']);
  });
});
