import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

describe('following one call through the services', () => {
  it('reads how long each service took on one call, and a map of who calls whom, as X-Ray tracing (a REST API)', () => {
    expect(solve('A ticketing API on API Gateway calls three Lambda functions and a DynamoDB table. Some purchases are slow, and the team wants, for any single call, a breakdown of how long each service took, plus a map of which functions call which. Which API type supports this natively?').service).toBe('apigw-rest');
    expect(solve('Support staff want a per-request timeline across the gateway, the function and the database, and a picture of how the components depend on each other, to find where a slow order spends its time. Which API Gateway API type offers this?').service).toBe('apigw-rest');
  });
});
