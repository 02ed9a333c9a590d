import { describe, expect, it } from 'vitest';
import { chooseListedValues } from '../../../src/core/solver/listed-choice.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('options that are bare setting values in capitals', () => {
  it('are answered by the statement that lists the values of the setting the question speaks of', () => {
    const question = `A parking-meter maker gives a single AWS Lambda function its own HTTPS address with a Lambda function URL. Which TWO authentication types can the team choose for the URL? (Choose TWO.)
A. NONE
B. A Lambda authorizer
C. AWS_IAM
D. Usage plan with API keys
E. COGNITO_USER_POOLS`;
    expect(solve(question).choices).toEqual(['A', 'C']);
  });

  it('takes the list of the setting asked about, not of another one', () => {
    const options = ['ERROR', 'INFO', 'DEBUG', 'TRACE'].map((text, i) => ({ letter: 'ABCD'[i]!, text }));
    expect(chooseListedValues(options, 'Which TWO execution logging levels can be set on a REST API stage? (Choose TWO.)', 2)?.choices).toEqual(['A', 'B']);
  });

  it('leaves a question asking for what is NOT listed to the other readings', () => {
    const options = ['AWS_IAM', 'NONE', 'COGNITO_USER_POOLS'].map((text, i) => ({ letter: 'ABC'[i]!, text }));
    expect(chooseListedValues(options, 'Which value can a Lambda function URL AuthType NOT take?', 1)).toBeUndefined();
  });
});
