import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

describe('monitoring tools: what has been on for a while is the setting, not the need', () => {
  it('asks CloudTrail who deleted a resource although metrics have been sent and tracing was switched on', () => {
    const s = solve(
      'A retailer runs its loyalty-points service on an Amazon API Gateway REST API. Last night someone removed the /redeem resource, and the security lead must find out which IAM role made the deletion and when. The stage has been publishing metrics to Amazon CloudWatch for a year, and AWS X-Ray tracing was turned on for the stage last month. Which service should the team look at?\nA. AWS X-Ray, which follows each request through the backend services\nB. Amazon CloudWatch metrics, which count the requests and errors of the stage\nC. AWS CloudTrail, which keeps a record of the management calls made to API Gateway\nD. API Gateway execution logs, which show how each request was handled',
    );
    expect(s.choices).toEqual(['C']);
  });

  it('still reads a tool switched on as the need when the stem asks who switched it on', () => {
    const s = solve(
      'On an Amazon API Gateway REST API, tracing with AWS X-Ray was switched on for the prod stage and the auditors want to know which administrator enabled it. Which service records this?\nA. AWS X-Ray\nB. AWS CloudTrail\nC. Amazon CloudWatch metrics\nD. API Gateway access logs',
    );
    expect(s.choices).toEqual(['B']);
  });
});
