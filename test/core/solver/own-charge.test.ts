import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * A charge per call the text wants low is the price it pays itself, a reason for the cheaper HTTP
 * API, not a sign that it bills its clients per call (usage plans). (Before the fix: 0 of 3 right,
 * each read as a REST API for per-client billing.)
 */
describe('its own charge per call', () => {
  it.each([
    'A florist chain is putting an API in front of three AWS Lambda functions for its own delivery app, with staff signing in through an Amazon Cognito user pool. It wants the smallest possible charge per request. Which service and API type should it use?',
    "A school district's timetable app calls two Lambda functions through an API. The district must keep its charges per API call as low as possible and needs nothing beyond routing to the functions. Which option should it use?",
    'A bakery exposes its Lambda-based order functions to its own website through Amazon API Gateway and wants to minimise what it is charged per call. Which API type should it choose?',
  ])('%s', (text) => {
    expect(solve(text).service).toBe('apigw-http');
  });

  it('billing its clients per call, beside a low cost of its own, is still a usage plan', () => {
    expect(solve('A weather-data start-up sells forecasts through an API backed by Lambda and wants the lowest cost while billing each developer per request. Which service and API type fit?').service).toBe('apigw-rest');
  });
});
