import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** Code of one's own that hands work to a function, or asks how it should run it, calls the function directly. */
describe('code handing work to a function', () => {
  it.each([
    'Analysts work in notebooks under an IAM role. Each notebook must pass its cleaned dataset path to a Lambda function that starts a report; the function must have no endpoint of its own. What is the simplest way for the notebooks to run the function?',
    'A reporting program sends each month\'s totals to a Lambda function from the finance team\'s server, using its IAM credentials. Giving the function an HTTPS endpoint is not allowed. How should the program call it?',
    'A data pipeline\'s worker code must hand finished records to a Lambda function for tagging; the workers already hold IAM credentials and nothing outside the account calls the function. Which option fits?',
  ])('%s', (text) => {
    expect(solve(text).service).toBe('lambda-invoke');
  });
});
