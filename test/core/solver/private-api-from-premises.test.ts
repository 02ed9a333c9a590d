import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

const P1 =
  'A bank runs a private Amazon API Gateway REST API that is reachable only through an interface VPC endpoint. Teller systems in the bank\'s branch offices must call it without the traffic crossing the public internet. Which TWO options let the branches reach the API? (Choose TWO.)\nA. AWS Direct Connect from the branches\' network into the VPC\nB. A Regional endpoint in place of the private one\nC. An AWS Site-to-Site VPN tunnel into the VPC\nD. An API key for each branch, attached to a usage plan\nE. An Amazon CloudFront distribution in front of the API';
const P2 =
  'A retailer\'s inventory service is a private REST API in Amazon API Gateway, in a VPC. Servers in the retailer\'s own data center now need to call it. What should the retailer set up?\nA. An AWS Site-to-Site VPN connection from the data center into the VPC that holds the interface endpoint\nB. An edge-optimized endpoint so that the servers reach the nearest edge location\nC. An API key for the data center servers\nD. An Amazon CloudFront distribution with the API as its origin';

// Private REST APIs are reached from on-premises over Direct Connect or a VPN into the VPC (ep.private).
describe('on-premises callers of a private API', () => {
  it('takes Direct Connect and Site-to-Site VPN as the ways in, not as extra services', () => {
    const s = solve(P1);
    expect(s.choices).toEqual(['A', 'C']);
  });

  it('takes the VPN as the one answer when a single way in is asked for', () => {
    const s = solve(P2);
    expect(s.choices).toEqual(['A']);
  });
});
