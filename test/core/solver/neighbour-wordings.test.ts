import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** The neighbouring area a text is about, or null when the solver stays in the rule. */
const areaOf = (text: string) => solve(text).outOfScope?.area ?? null;

/** Neighbours' needs in everyday words, set beside chapter services that are only the setting. */
const WORDINGS: [string, string][] = [
  ['auto-scaling', 'A ticketing site runs on EC2 instances behind an Application Load Balancer. It wants servers added automatically when the evening rush starts and removed when it ends, with nobody at the console. Which option fits?'],
  ['auto-scaling', 'Web servers behind a load balancer should be launched as demand climbs and terminated once it calms down. Which AWS feature does this?'],
  ['cost-tools', 'A team that runs an Amazon API Gateway HTTP API wants to be told by email once its projected charges for the month climb above $500. Which AWS service should it use?'],
  ['route53', 'Two copies of an Amazon API Gateway REST API run in different Regions under one domain; callers should be directed to the Region with the lowest latency, and away from a Region whose health check fails. Which service decides this?'],
  ['config', 'Compliance officers want every Amazon API Gateway stage flagged as noncompliant when access logging is turned off, and a history of each stage\'s configuration. Which AWS service fits?'],
  ['config', 'A platform team must continuously check whether each API in every account has tracing switched on and see which ones fell out of compliance. Which service should it use?'],
  ['synthetics', 'A retailer wants scripted checks that log in and place a test order on its public API every ten minutes, even at night when no real customers are online, with an alert when a step fails. Which service fits?'],
  ['ecs-express', 'A small team hands AWS only its container image and an IAM role, and wants AWS to create the cluster, the load balancer and the scaling for it, returning an HTTPS URL. Which service fits?'],
  ['guardduty', 'A company wants a managed service to spot threats in its VPC Flow Logs and DNS logs, such as an instance mining cryptocurrency. Which AWS service fits?'],
  ['auto-scaling', 'A booking portal runs on EC2 instances behind an Application Load Balancer. Traffic triples every evening and is quiet by morning, and the operators want the count of instances to track the load on its own. Which option fits?'],
  ['auto-scaling', 'The web tier is a group of EC2 servers; their number should follow demand automatically rather than be changed by hand. What should the team set up?'],
  ['auto-scaling', 'A survey site wants its fleet of instances to rise and fall with traffic, with nobody resizing it. Which option fits?'],
  ['acm', 'A clinic serves its booking site on book.example.org through CloudFront. It must offer HTTPS on that name, and nobody wants to renew anything by hand when the TLS setup nears expiry. Which option fits?'],
  ['acm', 'An Application Load Balancer fronts a shop that needs SSL on its own domain, renewed every year without anyone tracking the dates. Which AWS service provides it?'],
  ['acm', 'The team wants TLS for api.example.com at no cost, with renewals taken care of by AWS. Which AWS service should it use?'],
];

describe('neighbours stated in other words', () => {
  it.each(WORDINGS)('%s: %s', (area, text) => {
    expect(areaOf(text)).toBe(area);
  });
});
