import { describe, expect, it } from 'vitest';
import { boundOf } from '../../../src/core/solver/fact-reader.js';
import { quantitiesIn } from '../../../src/core/solver/quantities.js';

const boundOfLast = (text: string) => boundOf(text, quantitiesIn(text).at(-1)!);

describe('"as high as" and "as low as" name the bound of an amount', () => {
  it('reads the top and the bottom a setting can be given', () => {
    expect(boundOfLast('The timeout starts at 10 seconds and may be configured as long as 45 seconds')).toBe('max');
    expect(boundOfLast('Each key allows as many as 500 requests')).toBe('max');
    expect(boundOfLast('The interval can be turned down as low as 5 seconds')).toBe('min');
  });
});
