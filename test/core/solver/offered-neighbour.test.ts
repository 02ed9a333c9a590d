import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** The neighbouring area a question is about, or null when the solver answers inside the rule. */
const areaOf = (text: string) => solve(text).outOfScope?.area ?? null;

/**
 * Questions whose stem shares a word with a chapter need ("HTTPS", "own domain", "requests") while
 * it states, however weakly, the job of the outside service one option offers: the chapter option
 * would rest on no strong need of its own, so the question is left outside the rule and that
 * option's area named.
 */
const OFFERED: [string, string][] = [
  ['acm', `A bakery's ordering site runs over HTTPS on order.example.net. The owner wants AWS to hand out the site's certificate for free and to replace it on its own before browsers start warning visitors. Which service should the team use?
A. An Amazon API Gateway HTTP API with a custom domain
B. AWS Certificate Manager
C. Amazon CloudFront with origin access control
D. An Application Load Balancer with host-based rules`],
  ['secrets-manager', `A billing backend keeps its database login in a plain configuration file. The security team wants the login held in a managed vault that the code reads when it starts, and changed every month without an outage. Which option fits?
A. Amazon API Gateway with a Lambda authorizer
B. AWS Secrets Manager
C. Amazon CloudFront signed cookies
D. A Lambda function URL with IAM authentication`],
  ['sqs', `A ticket API gets sudden waves of purchase requests that the payment backend cannot handle at once. The team wants each request to wait in line until a processor is free, so that none is dropped. What should hold the requests?
A. Amazon Simple Queue Service
B. An Amazon API Gateway HTTP API
C. Amazon CloudFront
D. A Lambda function URL`],
  ['device-farm', `A logistics firm wants to see where its delivery vans are on a map and to learn when one leaves its district. Which service fits?
A. Amazon Location Service
B. Amazon CloudFront
C. An Amazon API Gateway HTTP API
D. An Application Load Balancer`],
  ['batch', `A bank reruns thousands of risk calculations every night. It wants the calculations lined up and executed on compute that AWS picks and sizes, with no cluster to look after. Which service should it use?
A. AWS Batch
B. An Amazon API Gateway REST API
C. An Application Load Balancer
D. Amazon CloudFront`],
];

/** A chapter question with an outside service among the distractors still gets its chapter answer. */
const INSIDE: [string, string][] = [
  ['A', `A company wants to stop SQL injection attempts against its public API before they reach the backend. What should it add?
A. AWS WAF rules
B. Amazon SQS
C. AWS Certificate Manager
D. AWS Batch`],
  ['A', `Mobile app users sign in and the app must send their token with each call to the backend API, which must reject calls without a valid token. What should the team use?
A. An Amazon Cognito user pool with an authorizer on the API
B. AWS Secrets Manager
C. AWS Certificate Manager
D. Amazon SQS`],
  ['A', `Our readers live on every continent and complain that pages load slowly. Which service helps?
A. Amazon CloudFront
B. AWS Batch`],
  ['B', `A startup wants a managed front door for its Lambda functions with per-client API keys and monthly quotas. Which option fits?
A. Amazon Simple Queue Service
B. An Amazon API Gateway REST API with usage plans
C. AWS Secrets Manager
D. Amazon CloudFront`],
];

describe('an outside service offered by an option, with no chapter need in the stem', () => {
  it.each(OFFERED)('%s: %s', (area, text) => {
    expect(solve(text).choices).toEqual([]);
    expect(areaOf(text)).toBe(area);
  });
  it.each(INSIDE)('answers %s: %s', (letter, text) => {
    expect(solve(text).choices).toEqual([letter]);
  });
});

describe('CloudWatch Synthetics is not the CloudWatch metrics of the API', () => {
  it('leaves scheduled scripted journeys outside the rule even when API Gateway is named beside them', () => {
    const text = `A travel site wants a script to log in, search for a flight and open the booking page on its public Amazon API Gateway API every ten minutes, as a traveller would, even overnight when nobody is booking, and to alert the on-call engineer when any step fails. Which AWS feature is built for this?
A. API Gateway stage variables
B. AWS X-Ray traces on the stage
C. Amazon CloudWatch Synthetics canaries
D. An API Gateway canary release`;
    expect(solve(text).choices).toEqual([]);
    expect(areaOf(text)).toBe('synthetics');
  });
});

describe('a feature question no option answers, about a neighbour', () => {
  it('names the neighbour the stem describes rather than the service a proposal names', () => {
    const text = `A ticket seller wants scripted checks that walk through its public booking API every five minutes the way a customer would, even at night when no customers are online, with an alarm when a step fails. A teammate suggests the canary release feature of Amazon API Gateway. Which AWS service or feature is meant for these checks?
A. An API Gateway canary release deployment
B. The test button of the API Gateway console
C. AWS X-Ray sampling on the stage
D. Amazon CloudWatch Synthetics canaries`;
    expect(solve(text).service).toBeNull();
    expect(areaOf(text)).toBe('synthetics');
  });
});
