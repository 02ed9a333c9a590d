import { describe, expect, it } from 'vitest';
import { comparisonIn } from '../../../src/core/solver/compare.js';
import { solve } from '../../../src/core/solver/solve.js';

// A scenario that weighs two services and asks which needs would force (require) one of them asks what that one
// offers and the other lacks, whatever follows the second name ("… with a REST API and will …").
describe('needs that would force one of the two services a scenario weighs', () => {
  const weighing = 'A ticketing start-up is comparing an Amazon API Gateway HTTP API with a REST API and will go with the HTTP API unless something stops it.';

  it('reads "force" and "require" as pointing to the service the question names', () => {
    for (const question of ['Which TWO needs would force the REST API?', 'Which TWO needs require the REST API?']) {
      expect(comparisonIn(question, `${weighing} ${question}`)).toEqual({ subject: ['apigw-rest'], rival: ['apigw-http'] });
    }
  });

  it('still reads "force the team off" as no pointing to it', () => {
    const question = 'Which TWO needs would force the team off the REST API?';
    expect(comparisonIn(question, `${weighing} ${question}`)?.subject).not.toEqual(['apigw-rest']);
  });

  it('answers with what only the forced service offers', () => {
    const s = solve(
      [
        `${weighing} Which TWO needs would force the REST API? (Choose TWO.)`,
        'A. Checking bearer tokens with a Lambda authorizer',
        'B. Caching GET answers at the gateway for a minute',
        'C. Giving every reseller an API key with a weekly request quota',
        'D. A Regional endpoint close to the callers',
      ].join('\n'),
    );
    expect(s.choices).toEqual(['B', 'C']);
  });
});
