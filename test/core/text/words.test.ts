import { describe, expect, it } from 'vitest';
import { contentStems, stemWord } from '../../../src/core/text/words.js';

describe('word stems', () => {
  it('gives every form of a word one stem, British spellings included', () => {
    expect(stemWord('metered')).toBe(stemWord('meters'));
    expect(stemWord('monetise')).toBe(stemWord('monetize'));
  });

  it('keeps a "word" longer than any English word as it is (the stemmer slows down with the square of its length)', () => {
    const long = `${'ab'.repeat(30)}ing`;
    expect(stemWord(long)).toBe(long);
    expect(contentStems(`throttling ${long}`)).toEqual(new Set([stemWord('throttling'), long]));
  });
});
