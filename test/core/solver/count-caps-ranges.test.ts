import { describe, expect, it } from 'vitest';
import { outsideRange, withoutCaps } from '../../../src/core/solver/count-clash.js';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { truthsAgainst, UNRELATED_FACTS } from './statement-truths.js';

// Statements about imaginary settings, so that the reading, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('harbour.berths', 'Berths are numbered places in a harbour, each with its own crane; a harbour can have 12 berths by default, and this quota can be raised.'),
    tableLine('badge.code', 'Visitors show a badge code at the gate; badge codes are 16-40 letters long and are checked on every visit.'),
    ...UNRELATED_FACTS,
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('a count capped with a negation, and a count outside a range', () => {
  it('reads "never more than", "cannot have more than" and "no more than" as caps, not denials', () => {
    expect(truths('Which statements are correct?\nA. A harbour can never hold more than four berths.\nB. Widgets are painted blue.')).toMatchObject({ A: 'false' });
    expect(truths('Which statements are correct?\nA. A harbour cannot have more than two berths, one for each crane.\nB. Widgets are painted blue.')).toMatchObject({ A: 'false' });
    expect(truths('Which statements are correct?\nA. No more than three berths are allowed in one harbour.\nB. Widgets are painted blue.')).toMatchObject({ A: 'false' });
    // (A real denial stays a denial: nothing is read from its count.)
    expect(withoutCaps('a harbour does not have two cranes')).toMatch(/\bnot\b/);
    expect(withoutCaps('it can never have more than four berths')).not.toMatch(/\bnever\b/);
  });

  it('refutes a count of something outside the range a statement gives it, in words or figures', () => {
    expect(outsideRange('every badge code is exactly ten letters', 'badge codes are 16 40 letters long')).toBe('letter');
    expect(outsideRange('a badge code may be 64 letters', 'badge codes are 16 40 letters long')).toBe('letter');
    expect(outsideRange('a badge code may be twenty letters', 'badge codes are 16 40 letters long')).toBeUndefined();
    expect(outsideRange('a badge code may be ten digits', 'badge codes are 16 40 letters long')).toBeUndefined();
    expect(truths('Which statements are correct?\nA. Each badge code must be exactly six letters to open the gate.\nB. Widgets are painted blue.')).toMatchObject({ A: 'false' });
    expect(truths('Which statements are correct?\nA. Each badge code must be exactly twenty letters to open the gate.\nB. Widgets are painted blue.')).not.toMatchObject({ A: 'false' });
  });
});
