import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** The neighbouring area a text is about, or null when the solver stays in the rule. */
const areaOf = (text: string) => solve(text).outOfScope?.area ?? null;

/**
 * Neighbours the exam pairs with API questions, asked for by what they do rather than by the
 * words of their own consoles; several stems share a word with a chapter need ("HTTPS", "API",
 * "scale", "requests").
 */
const JOBS: [string, string][] = [
  ['acm', 'A charity wants the padlock shown in browsers on give.example.org. It wants AWS to issue the site certificate at no charge and swap it for a fresh one before it runs out. Which service should it use?'],
  ['acm', 'The HTTPS endpoint of a booking API must present a certificate for book.example.io that browsers trust, and the team never wants an outage again because that certificate lapsed. Which AWS service fits?'],
  ['acm', 'Which AWS service creates the certificates that prove a company controls its own domain names for HTTPS, and keeps them valid with no manual work?'],
  ['secrets-manager', 'A reporting job logs in to a database with a user name and password. Compliance wants those credentials kept out of the source code, fetched by the job at run time, and swapped for new ones every 60 days with no manual step. Which service fits?'],
  ['secrets-manager', 'A payments API calls a partner with an access token that must not sit in environment variables or in git. The team wants a managed vault that stores such values encrypted and changes them on a schedule. Which AWS service should hold the token?'],
  ['batch', 'A media lab submits large numbers of rendering jobs that must wait their turn and then run on compute that AWS provisions to match the backlog, with no cluster or scheduler to manage. Which service should it use?'],
  ['batch', 'An insurer recomputes every policy price overnight as tens of thousands of separate jobs. It wants a managed service to queue the jobs, respect the order between dependent ones, and size the EC2 or Fargate capacity that runs them. Which service is designed for this?'],
  ['sqs', 'An order API receives bursts the warehouse system cannot take all at once. Each order should wait in line until one of the warehouse workers is free, and none may be lost if a worker crashes. Which service should sit between them?'],
  ['auto-scaling', 'A news site runs on EC2 servers. The number of servers should grow when readers pour in after breaking news and shrink again when it is quiet, without an operator launching machines. What should the team use?'],
  ['elastic-beanstalk', 'A small team has a Python web application and no operations staff. It wants to give AWS the code and have the servers, load balancing, scaling and health monitoring created for it, while still being able to reach the underlying instances. Which service fits?'],
  ['ivs', 'A gaming community wants to broadcast tournaments live to thousands of viewers in their browsers and phones, with only a few seconds of delay. Which AWS service is built for this?'],
  ['appflow', 'A sales team wants customer records from its Salesforce and Zendesk accounts copied into an S3 bucket every hour, set up in a few clicks without writing integration code. Which AWS service should it use?'],
  ['batch', 'A chemistry group has a backlog of independent simulation jobs and wants AWS to schedule them and provision the right amount of compute for them. Which service should it use?'],
  ['ivs', 'A fitness brand wants instructors to go live from a studio and members to watch in the app with a delay of only a few seconds. Which AWS service fits?'],
  ['appflow', 'A finance team wants invoices moved between SaaS applications such as Salesforce and Amazon S3 every night, set up in the console. Which service should it use?'],
  ['ivs', 'A creator platform lets gamers stream their gameplay live to followers, who react in a chat beside the video. Which AWS service is made for the video part?'],
  ['sqs', 'When a sale starts, a signup service gets more requests than the mail sender can take. The extra requests should be buffered and fed to the sender as its capacity frees up. Which service belongs between them?'],
  ['batch', `A climate group runs hundreds of model runs every week, each a containerized job, and wants a managed service to run them on EC2 capacity it provisions. Which option fits?
A. AWS Batch
B. An Amazon API Gateway HTTP API
C. Amazon CloudFront
D. An Application Load Balancer`],
];

/** Words of a neighbour's job used for something else stay in the rule. */
const INSIDE: string[] = [
  'A hobby project exposes three Lambda functions under one base URL. Its owner wants each edit to the routes to go live by itself with no separate publish step, at the lowest price per request. Which option fits?',
];

describe('neighbours asked for by the job they do', () => {
  it.each(JOBS)('%s: %s', (area, text) => {
    expect(solve(text).service).toBeNull();
    expect(areaOf(text)).toBe(area);
  });
  it.each(INSIDE)('stays in the rule: %s', (text) => {
    expect(areaOf(text)).toBeNull();
  });
});
