import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

// AppSync pushes to subscribed clients over WebSockets too (cmp.appsync, exam.rule-realtime).
describe('AppSync subscriptions as the second service that pushes', () => {
  it('takes AppSync beside a WebSocket API when asked for two services that push to open clients', () => {
    const s = solve(
      'An online auction wants its serverless backend to push each new bid to bidders\' open browser tabs as soon as it arrives, so the tabs never poll. Which TWO AWS services can push to connected browsers like this? (Choose TWO.)\nA. Amazon API Gateway WebSocket APIs\nB. Amazon S3 static website hosting\nC. AWS AppSync GraphQL subscriptions\nD. Amazon CloudFront with a one-second TTL\nE. An API Gateway REST API stage cache',
    );
    expect(s.choices).toEqual(['A', 'C']);
  });

  it('does not take it for a part of a design already built on a WebSocket API', () => {
    const s = solve(
      'A trading desk streams prices to its traders over an Amazon API Gateway WebSocket API with AWS Lambda behind it. Which TWO parts let the backend send each new price to the connected traders? (Choose TWO.)\nA. An Amazon DynamoDB table where the $connect function stores each connection ID\nB. The @connections API, called by the backend to post to each connection\nC. AWS AppSync GraphQL subscriptions\nD. Amazon CloudFront caching the prices at edge locations',
    );
    expect(s.choices).toEqual(['A', 'B']);
  });
});
