import { describe, expect, it } from 'vitest';
import { questionSpan } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const asked = (text: string) => {
  const span = questionSpan(text)!;
  return text.slice(span.start, span.end).trim();
};

describe('a question sentence that holds an initial or a short abbreviation', () => {
  it('goes on past the period of an initial or "e.g."', () => {
    expect(asked('A broker runs its API in US West (N. California). What burst does the account get there?')).toBe('What burst does the account get there?');
    expect(asked('Partners call the API. How many stages, e.g. dev or prod, can one REST API have by default in US East (N. Virginia)?')).toBe(
      'How many stages, e.g. dev or prod, can one REST API have by default in US East (N. Virginia)?',
    );
  });

  it('still ends a sentence at a period after a word', () => {
    expect(asked('The team uses Plan B. Which quota applies?')).toBe('Which quota applies?');
  });

  it('answers an amounts question whose Region is written with an initial', () => {
    const question = `Without any quota increase, what is the steady-state request rate at which Amazon API Gateway begins to throttle an account in US West (N. California)?
A. 10,000 requests per second for every API key, each one counted on its own
B. 2,000 requests per second, which AWS never raises
C. 10,000 requests per second across all of the account's APIs in that Region
D. Unlimited, since API Gateway grows with demand`;
    expect(solve(question).choices).toEqual(['C']);
  });
});
