import { describe, expect, it } from 'vitest';
import { questionSubject } from '../../../src/core/solver/options.js';
import { solve } from '../../../src/core/solver/solve.js';

/** A question on what a named service cannot do, asked with "would … not be able to", "be unable to", "fail to". */
describe('what a named service would not be able to meet', () => {
  it.each([
    'Which need would a Lambda function URL not be able to satisfy?',
    'Which of these goals will an HTTP API be unable to deliver?',
    'Which requirement could the function URL fail to meet without extra services?',
  ])('reads "%s" as asking what the service lacks', (question) => {
    expect(questionSubject(question)?.absent).toBe(true);
  });

  it('chooses the need the function URL lacks', () => {
    const text = [
      'A museum wants to give one AWS Lambda function, which returns opening hours, an HTTPS endpoint. The architect suggests a Lambda function URL rather than Amazon API Gateway. Several needs are listed for the launch. Which need would a Lambda function URL not be able to satisfy by itself?',
      'A. A dedicated HTTPS endpoint for the function with no servers to run',
      'B. Callers signing each request with their IAM credentials',
      'C. A weekly call quota for each tour-operator partner, each with its own key',
      'D. Open access with no sign-in while the endpoint is tested',
    ].join('\n');
    expect(solve(text).choices).toEqual(['C']);
  });
});
