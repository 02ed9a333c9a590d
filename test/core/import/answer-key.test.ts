import { describe, expect, it } from 'vitest';
import { readAnswerKey } from '../../../src/core/import/answer-key.js';

describe('readAnswerKey', () => {
  it.each([
    ['B', ['B']],
    ['B, E', ['B', 'E']],
    ['A,B', ['A', 'B']],
    ['AD', ['A', 'D']],
    ['BCD', ['B', 'C', 'D']],
    ['Ac', ['A', 'C']],
    ['a and c', ['A', 'C']],
    ['**B**.', ['B']],
    ['C; D', ['C', 'D']],
    ['AA', ['A']],
  ])('reads %j', (raw, letters) => {
    expect(readAnswerKey(raw)).toEqual({ letters });
  });

  it.each(['A or B', 'All of the above', 'B (AWS Lambda)', '2', 'Z'])('refuses %j rather than guess', (raw) => {
    expect(readAnswerKey(raw)).toEqual({ problem: `cannot read the answer key "${raw}"` });
  });

  it('says when there is no key at all', () => {
    expect(readAnswerKey('   ')).toEqual({ problem: 'no answer given' });
  });
});
