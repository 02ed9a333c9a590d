import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * Neighbours asked for by their job in plain words, without their own names or console terms,
 * in stems that share words with the chapter ("load balancer", "queries repeated", "schema",
 * "sign-in", "serverless", "HTTPS call"): the solver stays out of the rule and names the service.
 */
const JOBS: [string, string][] = [
  ['route53', `A startup has bought the name shoesonline.example and wants AWS to answer lookups for it, point www to its load balancer, and send visitors to a standby site when the main site stops responding. Which AWS service should it use?
A. Amazon Route 53
B. Amazon CloudFront
C. Amazon API Gateway
D. An Application Load Balancer`],
  ['elasticache', `A news website's relational database is overloaded by the same popular queries repeated thousands of times a minute. The company wants to keep the query results in memory so the application can read them in under a millisecond. Which AWS service should it add?
A. Amazon ElastiCache
B. An API Gateway stage cache
C. Amazon CloudFront
D. AWS AppSync`],
  ['athena', 'A security team keeps its load balancer logs as files in an S3 bucket and wants to run ad hoc SQL queries on them without setting up servers or loading the data anywhere, paying only for the queries it runs. Which AWS service should it use?'],
  ['glue', 'A data team needs a serverless service to discover the schema of files in S3, keep a central catalog of those datasets, and run jobs that clean and transform the data before loading it into a warehouse. Which AWS service fits?'],
  ['iam', 'A company wants each of its developers to have their own sign-in to the AWS Management Console, grouped by team, with only the permissions each team needs. Which AWS service should it use?'],
  ['sns', 'When a regatta is cancelled, one notice from the club system must be fanned out to every recipient at once: a text to each skipper, an email to the committee and an HTTPS call to the harbour office. The club wants a managed publish/subscribe service, without the sender having to know who is listening. Which AWS service fits?'],
  ['dynamodb', 'A parcel tracking app stores each parcel\'s status under its tracking number and looks it up thousands of times a second. The company wants a serverless database with single-digit millisecond reads at any scale and nothing to patch. The app already runs on Amazon API Gateway and AWS Lambda. Which service should hold the parcel records?'],
  ['polly', 'A travel blog wants each post offered as audio too, with the written text turned into natural-sounding speech without hiring narrators. Which AWS service should it use?'],
  ['translate', 'A ferry operator wants its timetable notices converted from English into Greek, Italian and Turkish automatically. Which AWS service should it use?'],
  ['comprehend', 'A bike-rental firm wants to know whether each of its customer comments is positive or negative, across thousands of comments a week. Which AWS service fits?'],
  ['local-zones', 'Game artists in a large city need single-digit millisecond access to rendering machines, and the nearest AWS Region is too far away. Which AWS infrastructure option fits?'],
  ['local-zones', 'A stadium app for phones on 5G networks should run its compute inside the mobile carrier network, as close to the devices as possible. Which AWS offering should it use?'],
  ['cost-tools', 'A company suspects that many of its EC2 instances are larger than they need to be. It wants a service that analyzes their utilization history and recommends better instance sizes. Which AWS service fits?'],
];

describe('neighbours asked for by their job in plain words', () => {
  it.each(JOBS)('%s: %s', (area, text) => {
    const s = solve(text);
    expect(s.service).toBeNull();
    expect(s.choices).toEqual([]);
    expect(s.outOfScope?.area).toBe(area);
  });
});
