import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

// Static files go to S3 + CloudFront (cmp.s3-static); a need the stem states beside them is met by the service the rule reaches for it.
describe('a second need beside static pages', () => {
  it('takes the service the rule reaches for the other need as the second answer', () => {
    const s = solve(
      'A ticket-resale site is a single-page app built into static files, and it must reach buyers in many countries over HTTPS. The app also needs the backend to send each new listing to the buyers\' open pages the instant it is posted, with no polling. Which TWO should the team combine? (Choose TWO.)\nA. An Application Load Balancer that serves the static files from EC2 instances\nB. Amazon S3 with Amazon CloudFront to deliver the app\nC. A Lambda function URL that streams listings to the pages\nD. An Amazon API Gateway WebSocket API for the new listings\nE. A REST API stage cache that stores the app\'s files',
    );
    expect(s.choices).toEqual(['B', 'D']);
  });
});
