import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

const areaOf = (text: string) => solve(text).outOfScope?.area ?? null;

describe('a network link across the internet into a VPC', () => {
  it('reads an encrypted link across the internet, or no dedicated circuits, as a VPN', () => {
    expect(areaOf('A clinic wants its branch servers to talk to databases in private subnets of a VPC through an encrypted link across the public internet, set up within a day. Which option fits?\nA. A private REST API reached through an interface endpoint\nB. AWS Direct Connect\nC. AWS Site-to-Site VPN\nD. An edge-optimized API')).toBe('vpn');
    expect(areaOf('A factory must reach instances in its VPC from the plant network this week; it will not lease dedicated circuits, and traffic must be encrypted. Which service meets this?\nA. AWS Direct Connect\nB. AWS Site-to-Site VPN\nC. A private REST API\nD. Amazon CloudFront')).toBe('vpn');
  });
});
