import { describe, expect, it } from 'vitest';
import { claimsIn } from '../../../src/core/solver/claims.js';
import { solve } from '../../../src/core/solver/solve.js';
import { normalize } from '../../../src/core/solver/text.js';

const holds = (statement: string) => claimsIn(normalize(statement), 'apigw-rest');

describe('a mock integration said to reach a backend', () => {
  it('is false: the mock answers from API Gateway itself and calls nothing (int.mock)', () => {
    expect(holds('A mock integration that writes each order to the DynamoDB table')).toContain(false);
    expect(holds('Use a mock integration, which relays the answer of the Lambda function to the client')).toContain(false);
    expect(holds('A method with a mock integration that answers 202 and puts every event on the SQS queue')).toContain(false);
  });

  it('is no claim when the mock is said to call nothing, or the backend belongs to another integration', () => {
    expect(holds('A mock integration that returns a fixed response without calling any backend')).not.toContain(false);
    expect(holds('Test with a mock integration first, then switch to a proxy integration that invokes the function')).not.toContain(false);
  });

  it('is not chosen for the REST-only feature it names', () => {
    const question = [
      "A weather start-up's Amazon API Gateway REST API must pass every request to its forecast Lambda function exactly as received, and the function writes the complete HTTP response, status code included. Which integration type fits the method?",
      'A. A Lambda custom integration with mapping templates on the request and response',
      'B. A Lambda proxy integration that hands the whole request to the function',
      "C. An HTTP integration pointed at the function's console URL",
      "D. A mock integration that relays the function's answer back to the caller",
    ].join('\n');
    expect(solve(question).choices).not.toContain('D');
  });
});
