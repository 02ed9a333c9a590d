import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** A badge is a push notification's only on an app or its icon; a badge image served over HTTPS is content. */
describe('badges', () => {
  it.each([
    'A single Lambda function draws a PNG build-status badge that README files on any website embed through a public HTTPS link. No custom domain, API keys or caching are needed, and setup should be minimal. What should the team use?',
    'One Lambda function renders a coverage badge as an SVG image; any web page must load it from a plain HTTPS address without credentials, at the lowest cost and with the least setup. Which option fits?',
  ])('%s', (text) => {
    expect(solve(text).service).toBe('lambda-url');
  });

  it('a badge on the app icon is still a mobile push notification', () => {
    expect(solve("A shopping app must show an unread badge on the app icon and alert customers' phones about orders. Which AWS service fits?").outOfScope?.area).toBe('sns');
  });
});
