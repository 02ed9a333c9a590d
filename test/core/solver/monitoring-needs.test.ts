import { describe, expect, it } from 'vitest';
import { chooseTools } from '../../../src/core/solver/monitoring.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('monitoring tools: the class of errors, and a request timed part by part', () => {
  it('alarms on 5XXError for server-side errors, not on 4XXError', () => {
    const s = solve(
      'A payroll company wants its on-call engineer paged whenever its Amazon API Gateway REST API returns more than 20 server-side errors within ten minutes. What should it configure?\nA. A CloudWatch alarm on the 4XXError metric that publishes to an SNS topic\nB. A CloudWatch alarm on the 5XXError metric that publishes to an SNS topic\nC. An AWS CloudTrail trail that pages the engineer on every failed call\nD. An AWS X-Ray group that emails the engineer when a trace has a fault',
    );
    expect(s.choices).toEqual(['B']);
  });

  it('reads a request timed part by part, among three or more parts or each downstream call, as a trace', () => {
    const options = ['An AWS CloudTrail trail for the account', 'AWS X-Ray tracing on the stage', 'The CloudWatch Latency metric for the stage', 'AWS Config recording of the API'].map((text, i) => ({ letter: 'ABCD'[i]!, text }));
    const asked = (stem: string) => chooseTools(options, stem, false, 1).choices;
    expect(asked('Some requests take 6 seconds, and the developers must see, for single requests, how the time is divided among API Gateway, the function and the database. What should they turn on?')).toEqual(['B']);
    expect(asked('Support needs the time of one slow request, broken down for each downstream call the function makes. What should they turn on?')).toEqual(['B']);
  });
});
