import { describe, expect, it } from 'vitest';
import { chooseIntegrations } from '../../../src/core/solver/integrations.js';
import { splitOptions } from '../../../src/core/solver/options.js';
import { solve } from '../../../src/core/solver/solve.js';

const chosen = (text: string) => {
  const { scenario, options } = splitOptions(text);
  return chooseIntegrations(options, scenario, 1)?.choices;
};

describe('questions about which integration reaches a backend', () => {
  it('reads a queue or table to write to, with no function in the path, as an AWS service integration', () => {
    const s = solve(
      'An events team wants each POST to its Amazon API Gateway REST API to put the body on an Amazon SQS queue, without any Lambda code in between. Which integration should it use?\nA. Mock integration\nB. Lambda proxy integration\nC. AWS service integration\nD. HTTP integration',
    );
    expect(s.choices).toEqual(['C']);
    expect(s.confidence).toBeLessThan(0.8);
  });

  it('reads a load balancer with no public address as a private integration over a VPC link', () => {
    expect(chosen('A REST API must forward calls to a Network Load Balancer in private subnets of the company VPC, with no servers of its own added. Which option works?\nA. An HTTP proxy integration aimed at the balancer\'s address\nB. A private integration using a VPC link\nC. A Lambda function that relays each call\nD. A mock integration')).toEqual(['B']);
  });

  it('reads a public partner web service as an HTTP integration, and states nothing when the stem names no target', () => {
    expect(chosen("A travel API must pass requests straight to a partner's public web service. Which integration fits?\nA. AWS service integration\nB. HTTP proxy integration\nC. Mock integration")).toEqual(['B']);
    expect(chosen('Which integration does the team prefer?\nA. AWS service integration\nB. HTTP proxy integration')).toBeUndefined();
  });

  it('reads the target an option pairs with its integration, and sets aside what the asked API type does not offer', () => {
    const { scenario, options } = splitOptions(
      'An architect lists ways a REST API can reach a backend with no Lambda function in between. Which TWO are valid? (Choose TWO.)\nA. An AWS service integration that writes each order to a DynamoDB table\nB. A Lambda non-proxy integration with a mapping template\nC. An HTTP integration to a public payment web service\nD. An AppSync resolver',
    );
    expect(chooseIntegrations(options, scenario, 2)?.choices).toEqual(['A', 'C']);
    const http = splitOptions('Which TWO of these can an HTTP API use to reach its backend? (Choose TWO.)\nA. A mock integration returning a fixed response\nB. A private integration over a VPC link to an internal ALB\nC. An AWS service integration that sends to an SQS queue');
    expect(chooseIntegrations(http.options, http.scenario, 2)?.choices).toEqual(['B', 'C']);
  });
});
