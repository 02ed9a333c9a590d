import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** What the company already serves is the setting; the question is what it now needs. */
describe('content already served', () => {
  it.each([
    ["A ski resort already serves its marketing pages from Amazon S3 through CloudFront. It now needs an API in front of Lambda that only its partners' IP address ranges may call, enforced by a resource policy on the API. Which service and API type should it use?", 'apigw-rest'],
    ['A bank keeps customer data in DynamoDB and already delivers its help-centre site via Amazon CloudFront. It now wants an API in front of AWS Lambda with its existing AWS WAF web ACL associated directly with the API. Which service and API type fit?', 'apigw-rest'],
    ['A publisher already serves its articles from EC2 instances but wants its images and scripts cached at edge locations close to readers worldwide. Which service fits?', 'cloudfront'],
  ])('%s', (text, service) => {
    expect(solve(text).service).toBe(service);
  });
});
