import { describe, expect, it } from 'vitest';
import { comparisonIn, scoreClaim } from '../../../src/core/solver/compare.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('questions that set one service against another', () => {
  it('finds the subject and the rival however the question words it', () => {
    expect(comparisonIn('Which TWO can Amazon API Gateway do that an Application Load Balancer cannot?')).toEqual({ subject: ['apigw-rest', 'apigw-http', 'apigw-websocket'], rival: ['alb'] });
    expect(comparisonIn('Which TWO are true of HTTP APIs compared with REST APIs?')).toEqual({ subject: ['apigw-http'], rival: ['apigw-rest'] });
    expect(comparisonIn('Which benefits does a REST API offer over an HTTP API?')).toEqual({ subject: ['apigw-rest'], rival: ['apigw-http'] });
    expect(comparisonIn('Which requirement points to AWS AppSync rather than Amazon API Gateway?')).toEqual({ subject: ['appsync'], rival: ['apigw-rest', 'apigw-http', 'apigw-websocket'] });
  });

  it('takes a subject written as "it" from the scenario that chose it', () => {
    const question = 'Which TWO features does it gain that the REST API type does not offer?';
    expect(comparisonIn(question, `A team picks the HTTP API type for a new product. ${question}`)).toEqual({ subject: ['apigw-http'], rival: ['apigw-rest'] });
    expect(comparisonIn(question, question)).toBeUndefined();
  });

  it('is no comparison without a service on each side', () => {
    expect(comparisonIn('Which service should the team use rather than running its own servers?')).toBeUndefined();
    expect(comparisonIn('Which AWS service should the company use?')).toBeUndefined();
  });

  it('answers with the features only the subject has, as many as asked', () => {
    const s = solve(
      [
        'A team runs its services behind an Application Load Balancer and considers Amazon API Gateway instead.',
        'Which TWO can Amazon API Gateway provide that an Application Load Balancer cannot? (Choose TWO.)',
        'A. Send requests to targets by their URL path',
        'B. Give each partner an API key with a monthly request quota',
        'C. Check the health of the registered targets',
        'D. Reject request bodies that do not match a JSON Schema model',
        'E. Invoke a Lambda function',
      ].join('\n'),
    );
    expect(s.choices).toEqual(['B', 'D']);
    expect(s.trace[0]).toMatchObject({ step: 'compare', outcome: 'fired' });
    expect(s.confidence).toBeLessThan(0.8);
  });

  it('checks claims about one API type against the other, with the fact sheet', () => {
    const s = solve(
      [
        'Which TWO statements are true of HTTP APIs compared with REST APIs? (Choose TWO.)',
        'A. HTTP APIs cost less per million requests',
        'B. HTTP APIs offer usage plans with API keys',
        'C. HTTP APIs have native JWT authorizers',
        'D. HTTP APIs can cache responses at the stage',
        'E. HTTP APIs integrate with AWS WAF',
      ].join('\n'),
    );
    expect(s.choices).toEqual(['A', 'C']);
  });

  it('reads "it" as the subject', () => {
    const s = solve(['What is an advantage of an HTTP API instead of a REST API?', 'A. It supports usage plans', 'B. It costs less and has lower latency', 'C. It can cache responses'].join('\n'));
    expect(s.choices).toEqual(['B']);
  });

  it('settles no letter when fewer options than asked set the subject apart: every letter is a best guess', () => {
    const s = solve(
      [
        'Which TWO can an HTTP API do that a REST API cannot? (Choose TWO.)',
        'A. Invoke a Lambda function',
        'B. Cache responses at the stage',
        'C. Deploy changes automatically',
      ].join('\n'),
    );
    expect(s.guess?.letters).toEqual(s.choices);
    expect(s.confidence).toBeLessThanOrEqual(0.5);
  });

  it('reads a question about limitations as what the subject lacks and the rival has, and "It cannot …" as a lack', () => {
    expect(comparisonIn('What are the drawbacks of an HTTP API in comparison with a REST API?')).toEqual({ subject: ['apigw-http'], rival: ['apigw-rest'], limits: true });
    const s = solve(
      'Which TWO are drawbacks of choosing an API Gateway HTTP API rather than a REST API? (Choose TWO.)\nA. It does not support JWT authorizers\nB. It has no built-in response caching at the stage\nC. It cannot be protected with AWS WAF web ACLs\nD. It lacks a way to call Lambda functions\nE. It costs less per million requests',
    );
    expect(s.choices).toEqual(['B', 'C']);
  });

  it('takes the services of a question that names none from the sentence before it', () => {
    // A type named inside "Amazon API Gateway" is that type, not every type.
    expect(comparisonIn('Which arguments favour a WebSocket API over a REST API in Amazon API Gateway?')).toEqual({ subject: ['apigw-websocket'], rival: ['apigw-rest'] });
    const s = solve(
      'An architect drafts arguments for picking a REST API over an HTTP API in Amazon API Gateway. Which TWO of the arguments hold? (Choose TWO.)\nA. REST APIs can cache responses at the stage\nB. REST APIs cost less per million requests\nC. REST APIs can issue API keys with usage plans\nD. REST APIs deploy every change automatically\nE. REST APIs are the only type with Lambda integrations',
    );
    expect(s.choices).toEqual(['A', 'C']);
  });

  it('reads the requirements that justify a move as what the new service adds over the current one', () => {
    expect(comparisonIn('Which needs would justify migrating the service from an Application Load Balancer to Amazon API Gateway?')).toEqual({ subject: ['apigw-rest', 'apigw-http', 'apigw-websocket'], rival: ['alb'] });
    const s = solve(
      'A shop exposes its order function through a Lambda function URL today. Which TWO requirements would warrant switching the endpoint to an Amazon API Gateway REST API? (Choose TWO.)\nA. The endpoint must answer over HTTPS\nB. Request bodies must be checked against a JSON Schema before the function runs\nC. The function is written in Python\nD. Each reseller must get its own API key and a monthly quota\nE. Callers may sign requests with IAM',
    );
    expect(s.choices).toEqual(['B', 'D']);
  });

  it('reads what is put in front of the current service "instead" as a move, and what it adds as the justification', () => {
    expect(comparisonIn('Which requirement would justify using an Application Load Balancer instead?', 'Today the containers sit behind Amazon API Gateway HTTP APIs.')).toEqual({ subject: ['alb'], rival: ['apigw-http'] });
    const s = solve(
      'A startup receives payment webhooks through a Lambda function URL on a single function. Which TWO needs would justify placing an Amazon API Gateway REST API in front of the function instead? (Choose TWO.)\nA. Rejecting bodies that do not match a JSON schema before the function runs\nB. An HTTPS endpoint that the payment provider can call\nC. Blocking known bad IP addresses with AWS WAF rules\nD. Letting only callers with IAM credentials invoke it\nE. Running the function once for every request that arrives',
    );
    expect(s.choices).toEqual(['A', 'C']);
  });

  it('reads what can move without losing anything as what both services have', () => {
    const s = solve(
      'Which TWO of the current REST APIs could be migrated to HTTP APIs without giving up any feature? (Choose TWO.)\nA. An orders API that caches GET responses at its stage\nB. A reporting API that checks JWTs issued by an OIDC provider\nC. A partner API metered with usage plans\nD. A billing API behind a Lambda proxy integration with IAM authorization\nE. A public API shielded by an AWS WAF web ACL',
    );
    expect(s.choices).toEqual(['B', 'D']);
  });

  it('does not let the rule reading of a capability both weighed services have tell them apart', () => {
    const s = solve(
      'An architect is unsure whether the booking service should sit behind an Amazon API Gateway REST API or an Application Load Balancer. Which TWO features would only the REST API provide? (Choose TWO.)\nA. Protection with AWS WAF web ACLs\nB. Caching of responses at the stage\nC. Health checks of the registered targets\nD. API keys with per-client usage plans\nE. Sign-in through an Amazon Cognito user pool',
    );
    expect(s.choices).toEqual(['B', 'D']);
  });

  it('finds the move in the scenario when the question asks what justifies it, and reads "still work" as what both have', () => {
    const replaced = solve(
      'An agency wants to replace the Application Load Balancer in front of its booking service with Amazon API Gateway. Which TWO requirements would justify the change? (Choose TWO.)\nA. Health checks of targets in two Availability Zones\nB. A stage cache for repeated lookups\nC. A JSON Schema check of request bodies before the backend runs\nD. Accepting HTTPS connections',
    );
    expect(replaced.choices).toEqual(['B', 'C']);
    const kept = solve(
      'A bank has four REST APIs in Amazon API Gateway. Which TWO of them would keep working unchanged after a move to HTTP APIs? (Choose TWO.)\nA. One that meters partners with usage plans\nB. One that validates Cognito JWTs and calls Lambda\nC. One with AWS WAF rules on its stage\nD. One that signs calls with IAM and proxies to an HTTP backend',
    );
    expect(kept.choices).toEqual(['B', 'D']);
  });

  it('reads "X but not Y", "more limited than" and "what would be given up" the way round they ask', () => {
    expect(comparisonIn('Which TWO needs can AWS AppSync meet but Amazon API Gateway cannot?')).toEqual({ subject: ['appsync'], rival: ['apigw-rest', 'apigw-http', 'apigw-websocket'] });
    expect(comparisonIn('How is a Lambda function URL more restricted than Amazon API Gateway?')).toMatchObject({ subject: ['lambda-url'], limits: true });
    const given = solve(
      'What does a team give up when it picks an HTTP API instead of a REST API in Amazon API Gateway? (Choose TWO.)\nA. A cheaper price per million requests\nB. Caching of responses at the stage\nC. Native JWT authorizers\nD. Canary release deployments',
    );
    expect(given.choices).toEqual(['B', 'D']);
  });

  it('takes the first wording that names a service on each side', () => {
    expect(comparisonIn('Which TWO does a REST API give, but the team cannot change code, compared with an HTTP API?')).toEqual({ subject: ['apigw-rest'], rival: ['apigw-http'] });
    expect(comparisonIn('Which TWO let a REST API hold more than 10,000 clients, unlike an Application Load Balancer?')).toEqual({ subject: ['apigw-rest'], rival: ['alb'] });
  });

  it('does not read a bare "No …" offered as an advantage as something the subject lacks', () => {
    expect(scoreClaim('No premium price, since it is the cheaper type', { subject: ['apigw-http'], rival: ['apigw-rest'] }, () => null).score).toBeGreaterThan(0);
    // Asked for limitations, the same "No …" names what is lacking.
    expect(scoreClaim('No response caching', { subject: ['apigw-http'], rival: ['apigw-rest'], limits: true }, () => null).score).toBeGreaterThan(0);
  });
});
