import { describe, expect, it } from 'vitest';
import { judgeDeployClaim } from '../../../src/core/solver/deploy-claims.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('the changed function settings, said again in an option', () => {
  const stem =
    "A pharmacy's refill API is an Amazon API Gateway REST API whose Lambda proxy integration calls the function's unqualified ARN. A developer doubled the function's memory and raised its timeout in the Lambda console, and touched nothing in API Gateway. What happens to the next refill request sent to the live stage?";

  it('take effect at once: nothing needs deploying', () => {
    expect(judgeDeployClaim('It is served with the raised timeout right away, as nothing needs to be redeployed', stem)?.truth).toBe(true);
    expect(judgeDeployClaim('The function runs with the new memory and timeout because no API change has to be redeployed', stem)?.truth).toBe(true);
  });

  it('are not waiting for a deployment', () => {
    expect(judgeDeployClaim('The new memory and timeout apply only after the API is deployed to the stage again', stem)?.truth).toBe(false);
  });

  it('answer a question on what happens next', () => {
    const question = [
      stem,
      'A. It is queued by API Gateway until a new stage is created for the changed function',
      'B. It runs with the new memory and timeout, as no change to the API needs deploying',
      'C. It still gets the earlier memory and timeout until someone redeploys the API',
      'D. It fails until the Lambda integration is created again',
    ].join('\n');
    expect(solve(question).choices).toEqual(['B']);
  });
});
