import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';
import { typeInTrouble } from '../../../src/core/solver/trouble-subject.js';

describe('a problem with the API in use is about that API', () => {
  it('knows the type in use when the question asks why it goes wrong', () => {
    expect(typeInTrouble('Orders reach a Lambda function through an API Gateway HTTP API. Some calls fail. What is the most likely cause?')).toBe('apigw-http');
    expect(typeInTrouble('The shop runs an Amazon API Gateway REST API. Why do mobile users get errors at checkout?')).toBe('apigw-rest');
  });

  it('reads no type in use when the question asks which to choose, or names another service', () => {
    expect(typeInTrouble('The shop runs an HTTP API today. Which API type should it choose for partners?')).toBeUndefined();
    expect(typeInTrouble('The shop runs an HTTP API today. Why would it move to a REST API?')).toBeUndefined();
    expect(typeInTrouble('Calls reach an HTTP API and a REST API. What explains the errors?')).toBeUndefined();
  });

  it('does not let a long request seen as a symptom recommend the REST API the design lacks', () => {
    const s = solve(
      'An insurer prices quotes in a Lambda function with a 10-minute timeout, reached through an Amazon API Gateway HTTP API. Each quote now needs around 50 seconds, and the function logs show every quote completing, yet the agents\' app always reports a failure. What is the most likely cause?\n' +
        'A. Synchronous Lambda invocations are stopped after 30 seconds by the Lambda service\n' +
        'B. The HTTP API gives up waiting on its integration after 30 seconds at most, and this cannot be raised\n' +
        'C. The account has used up its default throttle quota of requests per second\n' +
        'D. The quotes are larger than the payload an HTTP API can return',
    );
    expect(s.service).toBe('apigw-http');
    expect(s.choices).toEqual(['B']);
  });
});
