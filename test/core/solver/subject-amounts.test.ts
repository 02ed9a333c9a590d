import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';

/*
 * "Which statement about the cache TTL is correct?": an option that gives only amounts ("By default
 * it lasts 300 seconds …") leaves out what they measure; the question's subject says it, so the statement
 * closest to the option read with that subject is the one its amounts are checked against.
 */
describe('amounts of an option that leaves the subject of the statements to the question', () => {
  const scenario = 'A ticket reseller caches the answers of its Amazon API Gateway REST API stage. Prices change often, so the team is revisiting how long entries live.';

  it('are borne out by the statement about that subject', () => {
    const question = 'Which statement about the cache time-to-live (TTL) is true?';
    const options = [
      { letter: 'A', text: 'By default it lasts 300 seconds, and it can be raised to 3,600 seconds at most' },
      { letter: 'B', text: 'By default it lasts 60 seconds, and it can be raised to 86,400 seconds at most' },
    ];
    const judged = judgeStatements({ scenario, question, options, subject: 'apigw-rest' });
    expect(judged.get('A')?.truth).toBe('true');
    expect(judged.get('B')?.truth).not.toBe('true');
  });

  it('are left unsettled when the question names no subject', () => {
    const question = 'Which statement is true?';
    const options = [{ letter: 'A', text: 'By default it lasts 300 seconds, and it can be raised to 3,600 seconds at most' }];
    expect(judgeStatements({ scenario, question, options, subject: 'apigw-rest' }).get('A')?.truth).toBe('unknown');
  });

  it('are not borne out by an amount the closest statement gives for something else', () => {
    const question = 'Which statement about the integration timeout is true?';
    const options = [{ letter: 'A', text: 'All kinds of API in API Gateway wait up to 15 minutes, like Lambda' }];
    expect(judgeStatements({ scenario, question, options, subject: 'apigw-rest' }).get('A')?.truth).not.toBe('true');
  });
});
