import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';

const wanted = (text: string, concept: string) => findClues(text).some((c) => c.concept === concept && !c.negated);

/** A negated item followed by ", at the lowest cost": the phrase is about the whole need, not one more negated item. */
describe('a phrase after a negated list item', () => {
  it.each([
    ['Browsers fetch the image over HTTPS without credentials, at the lowest cost possible.', 'low-cost'],
    ['The endpoint must work with no API keys, at the lowest possible cost.', 'low-cost'],
  ])('%s', (text, concept) => {
    expect(wanted(text, concept)).toBe(true);
  });

  it('a list of negated items stays negated', () => {
    expect(wanted('There is no caching, no throttling and no lowest-cost requirement.', 'api-cache')).toBe(false);
  });
});
