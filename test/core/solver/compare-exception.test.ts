import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

// A comparison asked the other way round ("… EXCEPT", "Which is NOT …"): the answer is the one option
// that does not set the subject apart, the one the claims count against.
describe('a comparison that asks for the exception', () => {
  it('picks the reason that favours the rival, not the subject', () => {
    const s = solve(
      [
        'Each of the following is a sound reason to pick an Amazon API Gateway HTTP API over a REST API EXCEPT:',
        'A. The lower price per million requests',
        'B. A native JWT authorizer for the OpenID Connect provider',
        'C. A usage plan that gives every partner an API key and a monthly quota',
        'D. Automatic deployments to the $default stage',
      ].join('\n'),
    );
    expect(s.choices).toEqual(['C']);
    expect(s.confidence).toBeLessThan(0.8);
    expect(s.trace[0]!.reason).toContain('the exception asked for');
  });

  it('reads an upper-case NOT the same way', () => {
    const s = solve(
      [
        'Which of these is NOT a good reason to expose a single Lambda function through a function URL rather than Amazon API Gateway?',
        'A. Only IAM authorization or no authorization is needed',
        'B. Responses must be cached at the gateway for five minutes',
        'C. The endpoint reaches one function and nothing else',
        'D. The team wants the cheapest setup for a prototype',
      ].join('\n'),
    );
    expect(s.choices).toEqual(['B']);
  });

  it('chooses nothing when no option counts against the subject', () => {
    const s = solve(
      [
        'All of the following are reasons to choose an Amazon API Gateway HTTP API instead of a REST API EXCEPT:',
        'A. The lower price per million requests',
        'B. A native JWT authorizer',
        'C. The team likes the console colours',
        'D. Automatic deployments',
      ].join('\n'),
    );
    expect(s.choices).not.toEqual(['A']);
    expect(s.choices).not.toEqual(['B']);
  });
});
