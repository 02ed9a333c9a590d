import { describe, expect, it } from 'vitest';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { truthsAgainst, UNRELATED_FACTS } from './statement-truths.js';

// Statements about imaginary limits, so that the reading, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('parcel.limits', 'Parcel labels can hold up to 64 KB and are scanned in 8 KB blocks, so a 9 KB label counts as two.'),
    tableLine('crate.timing', 'A crate may wait at most 90 minutes; idle crates are closed after 15 minutes.'),
    ...UNRELATED_FACTS,
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('an amount read with what it measures', () => {
  it('refutes an amount the clause gives for another thing than the word after it names', () => {
    expect(truths('Which statement about parcel labels is correct?\nA. Parcel labels are scanned in 64 KB blocks for billing.\nB. Parcel labels are scanned in 8 KB blocks for billing.\nC. A parcel label can hold up to 64 KB.')).toMatchObject({ A: 'false', B: 'true', C: 'true' });
  });

  it('reads an amount that ends its sentence as measuring what the sentence names, unless the clause names it for that amount too', () => {
    expect(truths('Which statement about parcel labels is correct?\nA. A scanned block of a parcel label can be up to 64 KB.\nB. Widgets are blue.')).toMatchObject({ A: 'false' });
    expect(truths('Which statement about parcel labels is correct?\nA. A parcel label can hold up to 64 KB.\nB. Widgets are blue.')).toMatchObject({ A: 'true' });
  });
});
