import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { findAreas } from '../../../src/core/solver/scope.js';

const wanted = (text: string, concept: string) => findClues(text).some((c) => c.concept === concept && !c.negated);
const areas = (text: string) => new Set(findAreas(text).map((h) => h.area));

/** A contrast put first ("Instead of raising the limits, the team wants …") ends at its comma when a new subject wants something. */
describe('a fronted "rather than" or "instead of" phrase', () => {
  it.each([
    ['Instead of raising the limits, the team wants every job kept durably until a worker is free.', 'sqs'],
    ['Rather than adding retries in the client, the developers need each order held durably until a consumer is ready.', 'sqs'],
  ])('%s', (text, area) => {
    expect(areas(text).has(area)).toBe(true);
  });

  it('what the fronted phrase itself names stays ruled out', () => {
    expect(wanted('Rather than raising the API throttling limits, the architects want a queue.', 'throttling')).toBe(false);
  });
});

/** A denial that opens one item of a list of requirements ("encrypted, never logged, and rotated") denies that item only. */
describe('a denial inside one item of a list', () => {
  it.each([
    ['The compliance officer requires that the credentials be encrypted, never printed in logs or environment variables, and rotated automatically every 60 days.', 'secrets-manager'],
    ['Each order must be accepted at once, not processed by the web tier itself, and stored durably until the billing workers take it.', 'sqs'],
  ])('%s', (text, area) => {
    expect(areas(text).has(area)).toBe(true);
  });

  it('a list that starts with the denial stays denied whole', () => {
    expect(areas('The team wants no password vault, no key rotation, and no rotated automatically every 30 days schedule.').has('secrets-manager')).toBe(false);
  });

  it('nouns after ", and" in a denied list stay denied', () => {
    expect(wanted('The endpoint is simple, without API keys, usage plans, and caching.', 'api-cache')).toBe(false);
  });
});
