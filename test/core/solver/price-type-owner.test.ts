import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import { factIndex } from '../../../src/core/solver/fact-index.js';
import { splitOptions } from '../../../src/core/solver/options.js';
import { truthsAgainst } from './statement-truths.js';

const truths = truthsAgainst(factIndex());
const ASK = 'Which statements about Amazon API Gateway request prices in us-east-1 are accurate?';

describe('a price read for the API type the facts give it to', () => {
  it("refutes one type's price claimed for the other, and keeps each type's own", () => {
    const t = truths(`${ASK}\nA. An HTTP API charges $3.50 for each million requests\nB. A REST API charges $1.00 for each million calls in the first tier\nC. A REST API charges $3.50 per million for its first 333 million calls\nD. An HTTP API charges $1.00 per million for its first 300 million requests`);
    expect(t).toEqual({ A: 'false', B: 'false', C: 'true', D: 'true' });
  });

  it('reads a price that names no type as the one the question is about', () => {
    const t = truths('A film archive runs an Amazon API Gateway REST API in us-east-1. Which statement about what its calls cost is accurate?\nA. Each million calls in the first tier is billed at $1.00\nB. Each million calls in the first tier is billed at $3.50', 'apigw-rest');
    expect(t.A).toBe('false');
  });

  it('refutes an allowance said to stay free whatever the age of the account by the months the free tier lasts', () => {
    const { scenario, options } = splitOptions(`${ASK}\nA. The first million REST API calls each month are free whatever the age of the account\nB. Prices vary by Region`);
    const a = judgeStatements({ scenario, question: scenario, options }).get('A')!;
    expect(a.truth).toBe('false');
    expect(a.why).toContain('price.free-tier-scope');
  });
});
