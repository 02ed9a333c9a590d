import { describe, expect, it } from 'vitest';
import { chooseStatements } from '../../../src/core/solver/fact-answer.js';
import type { Judgement } from '../../../src/core/solver/fact-check.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('a question on what the Free Tier gives', () => {
  it('is read as statements about the bill, not as a choice of API type', () => {
    const question = [
      'A charity opened a new AWS account in November 2025 to try an Amazon API Gateway HTTP API for its volunteer app. What does the AWS Free Tier give this account?',
      'A. 1 million free HTTP API calls every month for a year, the same as accounts always got',
      'B. Up to $200 of Free Tier credits that API Gateway, among other eligible services, can draw on',
      'C. Nothing at all, because API Gateway has never been part of any Free Tier offer',
      'D. Free WebSocket messages without any limit for its first six months',
    ].join('\n');
    expect(solve(question).choices).toEqual(['B']);
  });

  it('takes the option the facts bear out outright over one that shares only an amount', () => {
    const question = [
      'A consultancy has had its AWS account since March 2025 and runs small REST, HTTP and WebSocket APIs on Amazon API Gateway. Under the Free Tier for accounts opened before 15 July 2025, what does API Gateway include every month?',
      'A. 1 million REST API calls and nothing else; every HTTP call and WebSocket message is charged',
      'B. 1 million REST API calls, 1 million HTTP API calls, 1 million WebSocket messages and 750,000 connection minutes',
      'C. 1 million requests shared by all API types, plus 750 hours of a 0.5 GB cache',
      'D. Any number of calls, as long as each API has only one stage',
    ].join('\n');
    expect(solve(question).choices).toEqual(['B']);
  });
});

describe('several options borne out where one is asked for', () => {
  const options = ['A', 'B', 'C'].map((letter) => ({ letter, text: '' }));
  const judged = (...strengths: number[]) => new Map(strengths.map((s, i): [string, Judgement] => ['ABC'[i]!, { truth: s > 0 ? 'true' : 'false', strength: Math.abs(s), why: '' }]));

  it('chooses the one read outright when the others agree only loosely', () => {
    expect(chooseStatements(options, judged(0.6, 1, -1), 1, false)).toEqual(['B']);
  });

  it('chooses none when two are read outright, or the rest nearly so', () => {
    expect(chooseStatements(options, judged(1, 1, -1), 1, false)).toEqual([]);
    expect(chooseStatements(options, judged(0.9, 1, -1), 1, false)).toEqual([]);
    expect(chooseStatements(options, judged(0.6, 1, 0.7), 2, false)).toEqual([]);
  });
});
