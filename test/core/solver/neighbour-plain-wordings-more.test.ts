import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * More plain wordings of neighbours' jobs: a service that falls behind and needs something
 * between, a schedule by the calendar, meters sending readings and managed as a fleet, what a
 * resource looked like, checks against best practices, voice bots, machine images bought with
 * the AWS bill, and findings of several security services in one console.
 */
const CASES: [string, string][] = [
  ["sqs", "An e-commerce API built on Amazon API Gateway and Lambda must hand each new order to a separate inventory service, which sometimes falls behind during sales. Orders must not be dropped, and the two services should not depend on each other being available. Which AWS service should sit between them?"],
  ["eventbridge", "A company wants a Lambda function to run automatically on the first day of every month to archive old invoices. Which AWS service should be used to schedule it?"],
  ["iot", "A utility has installed smart water meters in a city and wants them to send usage readings to AWS securely and be managed as a fleet. Which AWS service should the meters connect to?"],
  ["config", "Which AWS service keeps a record of every change made to the configuration of resources in an account, so that an administrator can see what a resource looked like last Tuesday?"],
  ["trusted-advisor", "Which AWS tool checks an account against best practices and reports, for example, S3 buckets with open access permissions and low-utilisation EC2 instances?"],
  ["lex", "An insurance company wants a voice bot for its phone line that understands what callers say and collects claim details. Which AWS service builds the bot?"],
  ["marketplace", "Where can an AWS customer subscribe to pre-built machine images from software vendors and have the software cost added to its AWS bill?"],
  ["security-hub", "A security team wants to see alerts from Amazon GuardDuty, Amazon Inspector and AWS Config in a single console and check its accounts against the CIS AWS Foundations Benchmark. Which service fits?"],];

describe('neighbours named by more plain wordings', () => {
  it.each(CASES)('%s: %s', (area, text) => {
    const s = solve(text);
    expect(s.choices).toEqual([]);
    expect(s.service).toBeNull();
    expect(s.outOfScope?.area).toBe(area);
  });

  it('a software vendor stays in the rule when only who it is is said', () => {
    expect(solve('A software vendor exposes one Lambda function to its partners and wants each partner capped at 1,000 calls a day with its own API key. Which option fits?').service).toBe('apigw-rest');
  });
});
