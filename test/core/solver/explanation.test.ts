import { describe, expect, it } from 'vitest';
import { asksCause, chooseExplanation } from '../../../src/core/solver/explanation.js';
import { solve } from '../../../src/core/solver/solve.js';

/** A question as pasted: the stem, then one lettered option a line. */
const asQuestion = (stem: string, options: readonly string[]) => [stem, ...options.map((text, i) => `${String.fromCharCode(65 + i)}. ${text}`)].join('\n');
const lettered = (options: readonly string[]) => options.map((text, i) => ({ letter: String.fromCharCode(65 + i), text }));

describe('a question that asks why the case went as it did', () => {
  it('is told apart from one that asks what to do', () => {
    expect(asksCause('What best accounts for this? Which reason explains it?')).toBe(true);
    expect(asksCause('What is the most probable cause?')).toBe(true);
    expect(asksCause('Why do the calls fail?')).toBe(true);
    expect(asksCause('What should the team do next?')).toBe(false);
    expect(asksCause('What is the MOST likely missing step?')).toBe(false);
    expect(asksCause('Which of these is NOT a reason for the errors?')).toBe(false);
  });

  describe('an option that says what the statement about the case says', () => {
    const stem =
      'A bakery chain lets franchises call its ordering REST API on Amazon API Gateway. Each franchise has its own API key in a usage plan with a daily quota of 500 requests. One franchise sent 4,000 orders on Monday and not one call was refused, although its key travels in every request. Nobody ever switched on the key requirement for the POST /orders method. What best accounts for this?';
    const options = [
      'Usage plans and API keys enforce daily quotas only on HTTP APIs',
      "Because the method is not marked as requiring one, the key is ignored and the plan's limits do not apply",
      'A usage plan quota starts to count only after the Regional account throttle has been reached',
      'API keys sent in a request header skip the usage plan quota, which counts only keys passed in the query string',
    ];

    it('is the explanation, whatever services the others name', () => {
      expect(chooseExplanation(lettered(options), stem, 1)?.choices).toEqual(['B']);
      expect(solve(asQuestion(stem, options)).choices).toEqual(['B']);
    });

    it('is no explanation of a case that statement is not about', () => {
      const other = 'A bakery chain serves its menu through an Amazon API Gateway REST API backed by AWS Lambda. After a new release, some menu pages load slowly for visitors in Asia while visitors in Europe see no change. What best accounts for this?';
      expect(chooseExplanation(lettered(options), other, 1)).toBeUndefined();
    });

    it('decides nothing when the question asks for something else', () => {
      expect(chooseExplanation(lettered(options), stem.replace('What best accounts for this?', 'What should the chain do next?'), 1)).toBeUndefined();
    });
  });

  it('reads a reason that gives the amounts of the statement about the case', () => {
    const stem =
      'A logistics firm moved its tracking API from us-east-1 to a new deployment in Europe (Milan). There the default account-level throttle of API Gateway is well below the 10,000 requests per second the firm sees in N. Virginia. What is the most probable cause?';
    const options = [
      'In some newer Regions the default is 2,500 requests per second with a burst of 1,250',
      'The 10,000 requests per second of an account are divided among all the Regions it uses',
      'HTTP APIs keep 10,000 requests per second in Milan while REST APIs get less',
      'Each Availability Zone of the Region receives an equal part of the quota',
    ];
    expect(chooseExplanation(lettered(options), stem, 1)?.choices).toEqual(['A']);
    expect(solve(asQuestion(stem, options)).choices).toEqual(['A']);
  });
});
