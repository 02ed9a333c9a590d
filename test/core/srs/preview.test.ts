import { describe, expect, it } from 'vitest';
import { previewText, ratingPreview, shortInterval } from '../../../src/core/srs/preview.js';
import { makeScheduler } from '../../../src/core/srs/scheduler.js';
import { at } from '../../helpers/study-questions.js';

const scheduler = makeScheduler({ retention: 0.9, fuzz: false });

describe('the rating keys', () => {
  it('show the interval each rating would give, as Anki does', () => {
    const preview = ratingPreview(undefined, at(0), scheduler);
    expect(preview.map((c) => c.name)).toEqual(['Again', 'Hard', 'Good', 'Easy']);
    expect(preview[0]!.interval).toBe('10m');
    // Each rating gives at least as long as the one before it.
    for (let i = 1; i < 4; i++) expect(preview[i]!.ms).toBeGreaterThanOrEqual(preview[i - 1]!.ms);
    expect(previewText(preview)).toMatch(/^1 Again 10m · 2 Hard \S+ · 3 Good \d+d · 4 Easy \d+d$/);
  });

  it('are exactly what rating that answer does, for a question already learned too', () => {
    const fuzzy = makeScheduler({ retention: 0.9 });
    const learned = fuzzy.next(fuzzy.next(undefined, at(0, 1), 3), at(0, 5), 3);
    const when = at(0, 20);
    for (const choice of ratingPreview(learned, when, fuzzy)) {
      expect(choice.ms).toBe(fuzzy.next(learned, when, choice.rating).due.getTime() - when.getTime());
    }
    expect(ratingPreview(learned, when, fuzzy)[0]!.interval).toBe('10m');
  });

  it('write intervals short', () => {
    const m = 60_000;
    const d = 86_400_000;
    expect([30_000, 10 * m, 90 * m, 26 * 3_600_000, 8 * d, 45 * d, 400 * d].map(shortInterval)).toEqual(['<1m', '10m', '2h', '1d', '8d', '1.5mo', '1.1y']);
  });
});
