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

describe('options that are bare integration type names', () => {
  it('reads MOCK, HTTP, HTTP_PROXY, AWS and AWS_PROXY as the integrations they name', () => {
    expect(chosen('A QA team needs a new REST API method to answer with canned responses so that tests can run while no backend exists yet. Which integration type fits?\nA. AWS_PROXY\nB. HTTP\nC. MOCK\nD. AWS')).toEqual(['C']);
    expect(chosen("A REST API method must pass each request on, untouched, to a partner's public web service. Which integration type should be chosen?\nA. MOCK\nB. HTTP_PROXY\nC. AWS_PROXY\nD. AWS")).toEqual(['B']);
    expect(chosen('A REST API method must put each order straight into an SQS queue, with no Lambda code in between. Which integration type should be set?\nA. AWS_PROXY\nB. AWS\nC. MOCK\nD. HTTP_PROXY')).toEqual(['B']);
  });

  it('answers the whole question with the type name the stem calls for', () => {
    const s = solve('Designers want to click through a mobile app against an Amazon API Gateway REST API whose backend is not built yet; every method should hand back hard-coded JSON. Which integration type should the developers configure?\nA. HTTP_PROXY\nB. AWS\nC. MOCK\nD. AWS_PROXY');
    expect(s.choices).toEqual(['C']);
  });
});

// "Which TWO integrations can the API use?" states no target: the options are integrations the API offers or
// things that are none. Before this reading, chooseIntegrations gave nothing for both (0 of 2).
describe('questions about which integrations an API can use at all', () => {
  const choose = (text: string, pick: number) => {
    const { scenario, options } = splitOptions(text);
    return chooseIntegrations(options, scenario, pick)?.choices;
  };

  it('keeps the integrations the API type offers and drops what is no integration', () => {
    expect(choose('A logistics firm puts an Amazon API Gateway HTTP API in front of its shipment services. Which TWO integrations can the API use? (Choose TWO.)\nA. A mock integration that returns canned JSON\nB. An HTTP proxy integration\nC. A direct LDAP bind from the API to a directory server\nD. A private integration over a VPC link', 2)).toEqual(['B', 'D']);
    expect(choose('A museum runs an Amazon API Gateway REST API for its collection catalogue. Which integration types does the API support? (Choose TWO.)\nA. A direct FTP transfer of each request into a file server\nB. A mock integration\nC. A raw frame relay to an on-premises MQTT broker\nD. An AWS service integration', 2)).toEqual(['B', 'D']);
  });

  it('still reads a target the stem states first', () => {
    expect(choose('A REST API must write each order straight into an Amazon SQS queue with no Lambda function in the path. Which integration can the API use?\nA. A Lambda proxy integration\nB. An AWS service integration\nC. A mock integration\nD. An HTTP integration', 1)).toEqual(['B']);
  });
});

