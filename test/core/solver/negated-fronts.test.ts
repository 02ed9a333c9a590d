import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** A function kept away from any front ("placing it behind an API", "rules out giving it an address") is called directly. */
const CASES = [
  'A nightly batch job on an EC2 instance must start a Lambda function with the AWS SDK and read what it returns. The security team forbids exposing the function through a URL or putting it behind an API or a load balancer. How should the job start the function?',
  "An operations script uses the AWS CLI with the operators' IAM credentials to run one Lambda function that archives old reports. Policy rules out giving the function a public address or placing it behind an Application Load Balancer. What should the script use?",
  'A container task in Amazon ECS calls a Lambda function through the SDK to resize images. The architects will not allow exposing the function through a URL, or hiding it behind an API or a load balancer. How should the task call the function?',
];

describe('fronts ruled out for a function', () => {
  it.each(CASES)('%s', (text) => {
    expect(solve(text).service).toBe('lambda-invoke');
  });
});
