import { describe, expect, it } from 'vitest';
import { chooseTools, isMonitoringQuestion, toolNamed } from '../../../src/core/solver/monitoring.js';
import { splitOptions } from '../../../src/core/solver/options.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('questions about watching an API Gateway API', () => {
  it('knows each tool by the name an option gives it, the most specific first', () => {
    expect(toolNamed('Stream the stage CloudWatch access logs to a log group')?.id).toBe('access-logs');
    expect(toolNamed('Look at the CloudWatch Latency graph')?.id).toBe('cloudwatch');
    expect(toolNamed('Query AWS CloudTrail event history')?.id).toBe('cloudtrail');
    expect(toolNamed('Use usage plans')).toBeUndefined();
  });

  it('chooses the tool the stem asks for when the stem is set in API Gateway', () => {
    const s = solve(
      'On Monday the Lambda authorizer of a company\'s Amazon API Gateway REST API had been changed, and nobody admits to it. Which service tells the security team who changed it and when?\nA. AWS X-Ray service map\nB. Amazon CloudWatch Latency and Count metrics\nC. AWS CloudTrail\nD. Detailed CloudWatch metrics per method',
    );
    expect(s.choices).toEqual(['C']);
    expect(s.confidence).toBeLessThan(0.8);
  });

  it('chooses one tool per need, and never X-Ray for an HTTP API', () => {
    const text =
      'A retailer runs an Amazon API Gateway HTTP API. Operations want a page when the 5xx rate crosses 2 percent, and the auditors want to know which IAM principal deleted a route last week. Which TWO should they use? (Choose TWO.)\nA. AWS X-Ray tracing on the HTTP API stage\nB. A CloudWatch alarm on the 5xx metric\nC. AWS CloudTrail event history\nD. Amazon CloudFront standard logs';
    const { scenario, options } = splitOptions(text);
    expect(isMonitoringQuestion(scenario, options)).toBe(true);
    expect(chooseTools(options, scenario, true, 2).scores.get('A')).toBeLessThan(0);
    expect(solve(text).choices).toEqual(['B', 'C']);
  });

  it('does not read the tools a team already has as what the stem asks for', () => {
    const s = solve(
      'A platform team already watches its Amazon API Gateway REST API with CloudWatch alarms on 5XXError and with X-Ray traces of every request. The security lead now needs to know which IAM user changed the prod stage\'s throttling settings yesterday. Which option gives that answer?\nA. The CloudWatch alarm history for the 5XXError metric\nB. The X-Ray trace of the requests made yesterday\nC. AWS CloudTrail event history for API Gateway\nD. The CloudWatch Latency dashboard of the prod stage',
    );
    expect(s.choices).toEqual(['C']);
    expect(s.confidence).toBeLessThan(0.8);
  });

  it('leaves a stem that never names API Gateway to the neighbouring area', () => {
    const s = solve(
      'An intern removed one of our production APIs last Friday. Which AWS service shows which IAM user made that call, and when?\nA. AWS CloudTrail\nB. AWS X-Ray\nC. Amazon CloudWatch metrics\nD. Amazon API Gateway access logs',
    );
    expect(s.choices).toEqual([]);
    expect(s.outOfScope?.area).toBe('cloudtrail');
  });

  it('reads logging each request, debugging a transformation, and watching at all, with what an HTTP API lacks', () => {
    const each = solve(
      'An auditor wants the caller IP and status code of all requests to an Amazon API Gateway REST API kept for a year. What should the team turn on?\nA. AWS X-Ray sampling\nB. Access logging for the stage\nC. AWS CloudTrail management events\nD. A CloudWatch dashboard',
    );
    expect(each.choices).toEqual(['B']);
    const debug = solve(
      'A developer must find out why a Lambda authorizer rejects valid tokens in an Amazon API Gateway REST API. Which option shows what the gateway did with each request?\nA. Execution logging for the stage\nB. AWS CloudTrail event history\nC. The Count metric in CloudWatch\nD. Usage plan reports',
    );
    expect(debug.choices).toEqual(['A']);
    const http = solve(
      'Which TWO give a team visibility into an Amazon API Gateway HTTP API? (Choose TWO.)\nA. Execution logs with full request data\nB. CloudWatch Latency and 5xx metrics\nC. AWS X-Ray traces of each request\nD. Access logs in CloudWatch Logs',
    );
    expect(http.choices).toEqual(['B', 'D']);
  });

  it('reads being paged or notified when errors pass a count as an alarm, even when other options name other services', () => {
    const s = solve(
      'The support lead of a shop wants someone notified by text message as soon as its Amazon API Gateway HTTP API returns over 50 client-side errors in ten minutes. What should be set up?\nA. An AWS CloudTrail trail that lists each failed call\nB. A CloudWatch alarm on the 4xx metric that publishes to an SNS topic\nC. Access logs delivered to an S3 bucket and read each week\nD. An AWS Config rule on the API stage',
    );
    expect(s.choices).toEqual(['B']);
    expect(s.confidence).toBeLessThan(0.8);
    const norm = 'The on-call engineer must be paged when server-side errors on the REST API stage climb.';
    expect(isMonitoringQuestion(norm, splitOptions('Q?\nA. Amazon CloudWatch alarm\nB. AWS CloudTrail').options)).toBe(true);
  });

  it('reads each need paired with a tool on its own, not the stem', () => {
    const s = solve(
      'An operations group is splitting up monitoring duties for its Amazon API Gateway REST APIs. Which TWO pairings of need and tool are correct? (Choose TWO.)\nA. Learning which engineer changed an authorizer on Friday: AWS CloudTrail\nB. Counting requests per minute on the live stage: AWS CloudTrail\nC. Seeing how long a call spends in API Gateway, a Lambda function and an SQS queue: AWS X-Ray\nD. Following a request through the partner HTTP API: AWS X-Ray',
    );
    expect(s.choices).toEqual(['A', 'C']);
    expect(s.confidence).toBeLessThan(0.8);
  });
});

describe('a record of each request in a layout the team chooses', () => {
  it('reads per-call records in a custom layout as access logs, even when the question names the stage', () => {
    const s = solve('A fintech wants one line per call from its Amazon API Gateway REST API, laid out in a custom format with the caller IP, the request ID and the HTTP status, and sent to its log archive. Which API Gateway setting should the developers turn on for the prod stage?\nA. Execution logging at the ERROR level\nB. AWS X-Ray tracing\nC. Access logging\nD. Detailed CloudWatch metrics');
    expect(s.choices).toEqual(['C']);
  });

  it('reads records for every request in the layout the company defines as access logs', () => {
    const s = solve('An online broker must keep records for every request to its Amazon API Gateway HTTP API in a layout the company specifies. Which feature provides this?\nA. Amazon CloudWatch alarms\nB. Access logs\nC. AWS CloudTrail\nD. AWS X-Ray');
    expect(s.choices).toEqual(['B']);
  });
});

/**
 * Who performed or initiated a change to the API is CloudTrail's record of management calls
 * (mon.cloudtrail), and a sentence saying tracing or logging was never turned on is no need for
 * those tools. A stem that never names API Gateway stays with the neighbouring area. (Before the
 * fix: 0 of 3 right: an access log, X-Ray, and an abstention.)
 */
describe('management calls taken to CloudTrail, tools never turned on set aside', () => {
  it.each([
    ["A media company found that a usage plan attached to its Amazon API Gateway REST API had been removed. Security must learn which user performed the removal and when it happened. Where is this recorded?\nA. AWS CloudTrail event history\nB. AWS X-Ray traces\nC. The CloudWatch Latency metric\nD. The stage's access logs", 'A'],
    ["Someone disabled the Lambda authorizer on a travel agency's Amazon API Gateway REST API. Tracing was never enabled on its stages. The auditors ask which role initiated the update. Which tool answers them?\nA. AWS X-Ray service map\nB. Amazon CloudWatch metrics\nC. AWS CloudTrail management events\nD. Execution logs at the INFO level", 'C'],
    ["A resource policy on a lottery operator's Amazon API Gateway REST API was overwritten on Sunday. No one had switched on tracing or execution logging for the API. The risk team must find which IAM user made the change and from what IP address. Which service should it consult?\nA. AWS X-Ray traces of the prod stage\nB. CloudWatch execution logs for the prod stage\nC. The Count and 5XXError metrics in CloudWatch\nD. AWS CloudTrail event history", 'D'],
  ])('%s', (text, letter) => {
    expect(solve(text).choices).toEqual([letter]);
  });

  it('reads a sentence that says what is wanted now as a need, even beside a tool not yet set up', () => {
    expect(solve('A shop runs an Amazon API Gateway REST API. The team has not set up any alarms yet and wants to be paged when 5XX errors pass 50 a minute. What should it use?\nA. AWS CloudTrail\nB. A CloudWatch alarm on 5XXError\nC. AWS X-Ray\nD. Access logs').choices).toEqual(['B']);
  });

  it('keeps auditing a service outside the chapter outside', () => {
    const s = solve('An Amazon EC2 instance was terminated over the weekend and no extra logging had been turned on. Which IAM user made the call?\nA. AWS CloudTrail\nB. AWS X-Ray\nC. Amazon CloudWatch metrics\nD. VPC Flow Logs');
    expect(s.choices).toEqual([]);
    expect(s.outOfScope?.area).toBe('cloudtrail');
  });
});
