import { describe, expect, it } from 'vitest';
import { factIndex } from '../../../src/core/solver/fact-index.js';
import { truthsAgainst } from './statement-truths.js';

const truths = truthsAgainst(factIndex());
const judge = (topic: string, statement: string) => truths(`Which statement about ${topic} is correct?\nA. ${statement}\nB. Widgets are painted blue.`).A;

describe('statements about throttle quotas', () => {
  it('reads "shared by the account\'s APIs" as shared within one account, not across accounts', () => {
    expect(judge('throttling', "Requests per second are shared by the account's REST, HTTP and WebSocket APIs within a Region.")).not.toBe('false');
  });

  it('reads a quota "up to" an amount as the default quota of that amount', () => {
    expect(judge('throttling', 'Each AWS account may send up to 10,000 requests per second in a Region by default.')).not.toBe('false');
  });

  it('reads a count with the words right beside it in the clause: a burst is the clause\'s burst, not its rate', () => {
    expect(judge('throttling', 'The default burst in most Regions is 5,000 requests.')).not.toBe('false');
    expect(judge('throttling', 'The default burst is 5,000 requests.')).toBe('true');
    expect(judge('throttling', 'The default burst quota in most Regions is 10,000 requests.')).toBe('false');
    expect(judge('throttling', 'Today\'s 10,000 requests per second default dates from June 2017; before that it was 1,000 requests per second.')).not.toBe('false');
  });

  it('reads a rate against the period the facts give it in', () => {
    expect(judge('throttling', 'Out of the box, an account gets 10,000 requests per minute in each Region.')).toBe('false');
    expect(judge('throttling', 'Out of the box, an account gets 10,000 requests per second in each Region.')).not.toBe('false');
  });

  it('reads the same quota in every Region against the Regions the facts set apart', () => {
    expect(judge('throttling', 'All Regions have the same default request rate quota.')).toBe('false');
  });

  it('does not bear out two steps of an order joined into one thing', () => {
    expect(judge('throttling', 'Usage plan per-client limits and the account-level limit per Region are one setting.')).not.toBe('true');
  });

  it('reads steps said the other way round from the order the facts list', () => {
    expect(judge('throttling', 'AWS Regional throttling is applied before the account-level limit.')).toBe('false');
    expect(judge('throttling', 'The account-level limit is applied after the per-client limits of a usage plan.')).not.toBe('false');
  });
});

describe('statements about prices', () => {
  it('reads a price against how many it is given for', () => {
    expect(judge('pricing', 'HTTP API requests are priced at $1.00 per thousand for the first 300 million.')).toBe('false');
    expect(judge('pricing', 'WebSocket messages cost $0.25 per million.')).toBe('false');
  });

  it('reads a fee by the amount of data against what the facts bill by the hour', () => {
    expect(judge('pricing', 'The stage cache is charged per gigabyte stored.')).toBe('false');
  });

  it('reads "no separate fee" as what the facts say of a VPC link', () => {
    expect(judge('pricing', 'API Gateway adds no separate fee for VPC links.')).not.toBe('false');
  });

  it('reads a denial only of what it denies: PrivateLink charges are not data transfer charges', () => {
    expect(judge('pricing', 'Private APIs still incur PrivateLink endpoint charges.')).not.toBe('false');
  });

  it('reads a count with the words it counts: connection minutes are not messages', () => {
    expect(judge('pricing', 'The legacy free tier gave 1 million WebSocket connection minutes a month.')).toBe('false');
    expect(judge('pricing', 'The legacy free tier gave 750,000 WebSocket connection minutes a month.')).not.toBe('false');
  });

  it('does not read the AWS Free Tier as a plan for clients', () => {
    expect(judge('pricing', 'The legacy free tier gave 1 million HTTP API calls each month.')).not.toBe('false');
  });

  it('reads a free tier kept for one API type against the types the facts give it to', () => {
    expect(judge('pricing', 'The legacy free tier includes 1 million API calls per month for REST APIs only.')).toBe('false');
  });
});

describe('statements about caches, endpoints and logs', () => {
  it('lets the capability table settle a feature kept for one API type', () => {
    expect(judge('caching', 'Response caching is offered only by REST APIs.')).toBe('true');
  });

  it('reads the largest or smallest of a list against its ends', () => {
    expect(judge('caching', 'The smallest cache capacity is 1.6 GB.')).toBe('false');
    expect(judge('caching', 'The largest cache capacity is 237 GB.')).toBe('true');
  });

  it('reads a small count in words against the count the facts give', () => {
    expect(judge('endpoint types', 'REST APIs come in two endpoint types.')).toBe('false');
  });

  it('does not bear out a default said of another endpoint type', () => {
    expect(judge('endpoint types', 'Private is the default endpoint type for REST APIs created through the CLI.')).not.toBe('true');
  });

  it('does not bear out a statement that names a gateway other than API Gateway', () => {
    expect(judge('endpoint types', 'Private resources are reached through a gateway VPC endpoint.')).not.toBe('true');
  });

  it('does not bear out a recommendation the facts give against', () => {
    expect(judge('logging', 'AWS recommends turning on data tracing for production APIs.')).not.toBe('true');
  });

  it('reads both destinations at once against "not both"', () => {
    expect(judge('logging', 'REST access logs can go to CloudWatch Logs and Amazon Data Firehose simultaneously.')).toBe('false');
  });
});
