import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

// CloudTrail records management calls, not request timings (mon.cloudtrail); Latency is IntegrationLatency plus API Gateway's time (mon.cw-metrics-rest).
describe('what each monitoring tool is said to do', () => {
  it('sets aside a tool credited with another tool\'s job and takes a metric statement the facts hold', () => {
    const s = solve(
      'An order-tracking service on an Amazon API Gateway REST API has become slow in the evenings, and the developers want to learn where requests spend their time. Which THREE statements about monitoring this API are correct? (Choose THREE.)\nA. AWS CloudTrail shows the latency of each request the API served\nB. AWS X-Ray tracing enabled on the stage shows how long each downstream service takes\nC. The CacheMissCount metric shows the response time of the backend\nD. The Latency metric includes IntegrationLatency and the overhead API Gateway adds\nE. An HTTP API would offer the same X-Ray tracing for every route\nF. Access logs can be written in a format the developers choose with $context variables',
    );
    expect(s.choices).toEqual(['B', 'D', 'F']);
  });
});
