import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * A job that must start by itself at a time of day on given days ("at 5 a.m. every Monday", "with
 * nobody kicking it off") asks for a scheduler, Amazon EventBridge, even when the job is a Lambda
 * function and the options offer ways to reach one.
 */
const SCHEDULES: string[] = [
  `A dental practice has a Lambda function that texts patients their next-day appointments. The function must run at 7 p.m. every weekday, with no server to keep and nobody triggering it by hand. Which AWS service should start the function?
A. Amazon EventBridge Scheduler with a recurring schedule
B. A Lambda function URL with no authentication
C. An Amazon API Gateway HTTP API with a Lambda integration
D. An Application Load Balancer with the function as its target`,
  'A school wants its attendance report, produced by one Lambda function, to run at 5 a.m. each Monday without any person starting it. Which service should invoke the function?',
];

describe('a job started on a timetable is a scheduler’s', () => {
  it.each(SCHEDULES)('%s', (text) => {
    const s = solve(text);
    expect(s.choices).toEqual([]);
    expect(s.outOfScope?.area).toBe('eventbridge');
  });
});
