import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

const OPTIONS = ['A. Private', 'B. Edge-optimized', 'C. Regional', 'D. Global'];

describe('callers in the Region the API runs in', () => {
  it('point to a Regional endpoint when the text names the same Region for both', () => {
    const question = (stem: string) => solve([stem, ...OPTIONS].join('\n')).choices;
    expect(question('A logistics firm runs its Amazon API Gateway REST API in eu-central-1, and nearly all requests come from containers on Amazon ECS in eu-central-1. Which endpoint type keeps connection overhead lowest?')).toEqual(['C']);
    expect(question('An insurer\'s Amazon API Gateway REST API is hosted in ap-southeast-2, and its consumers are back-office servers in ap-southeast-2 with a handful of partners on the internet. Which endpoint type should it use?')).toEqual(['C']);
  });
});
