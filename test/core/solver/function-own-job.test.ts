import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * A neighbour's job that a Lambda function of the scenario already does in its own code (it
 * emails, texts or queues something) is the setting: the question is still how the function is
 * reached, and the rule answers. A job the function must still be given stays a need.
 */
const SETTING: [string, string][] = [
  ['lambda-url', 'A bakery\'s ordering form posts each order to a webhook. One Lambda function stores the order and emails the customer a confirmation, and the function checks the form\'s shared secret itself. The owner wants the cheapest way to give that single function its own HTTPS address, with no custom domain, throttling or caching. Which option should the owner use?'],
  ['lambda-url', 'A repair shop has a single AWS Lambda function that sends customers an email receipt when a job is paid. A payment provider must call that one function over HTTPS, and the shop wants nothing more than a built-in address for it: no custom domain, quotas or request mapping. Which option should the shop use?'],
  ['apigw-rest', 'A company sells soil-moisture data to farm co-operatives. Each co-operative needs its own API key and a monthly request quota, and the Lambda function behind the API emails the account manager when a customer nears the quota. Which option should the company use?'],
];

const NEED: [string, string][] = [
  ['eventbridge', 'A ledger service has a Lambda function that runs at 11 p.m. every Sunday to close the week, with nobody starting it. Which AWS service should invoke it on that timetable?'],
  ['ses', 'A clinic\'s Lambda function must send appointment confirmations as formatted emails from the clinic\'s own domain to thousands of patients, and the clinic wants bounces and complaints tracked. Which AWS service should the function use?'],
];

describe("a Lambda function's own job is the setting", () => {
  it.each(SETTING)('%s: %s', (service, text) => {
    const s = solve(text);
    expect(s.outOfScope).toBeNull();
    expect(s.service).toBe(service);
  });
  it.each(NEED)('a job the function must be given stays outside: %s', (area, text) => {
    expect(solve(text).outOfScope?.area).toBe(area);
  });
});
