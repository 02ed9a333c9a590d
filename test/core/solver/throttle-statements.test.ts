import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import { splitOptions } from '../../../src/core/solver/options.js';

const truths = (text: string) => {
  const { scenario, options } = splitOptions(text);
  const judged = judgeStatements({ scenario, question: scenario, options });
  return Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]));
};

// Throttled calls are turned away with 429 (throttle.429), and AWS sets the burst, not the customer
// (throttle.burst-5000). Before the fix: A false and E true were right; B, C and D were unsettled (2 of 5).
describe('statements about throttling', () => {
  it('refutes throttled calls kept for later and a burst the customer sets', () => {
    const judged = truths(
      [
        'Which statements about API Gateway throttling are correct?',
        'A. Customers pick the burst capacity of the token bucket themselves for each account',
        'B. The burst bucket size is something each customer sets in the stage settings',
        'C. Requests over the throttle limit wait in a queue inside API Gateway until capacity frees up',
        'D. When the rate is exceeded, API Gateway buffers the extra calls and sends them to the backend later',
        'E. Clients whose calls are throttled get a 429 error and should retry with back-off',
      ].join('\n'),
    );
    expect(judged).toEqual({ A: 'false', B: 'false', C: 'false', D: 'false', E: 'true' });
  });

  it('leaves a queue the design adds itself alone', () => {
    const judged = truths(['Which statements are correct?', 'A. Excess orders can be buffered in an Amazon SQS queue that the API writes to directly', 'B. Throttled requests are not queued by API Gateway'].join('\n'));
    expect(judged.A).not.toBe('false');
    expect(judged.B).not.toBe('false');
  });
});
