import { describe, expect, it } from 'vitest';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { sharedAgainstPer } from '../../../src/core/solver/scope-clash.js';
import { truthsAgainst, UNRELATED_FACTS } from './statement-truths.js';

// Statements about imaginary settings, so that the reading, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('relay.default', 'The default relay quota is 400 pulses per second per fleet per harbour, shared by every kind of beacon.'),
    ...UNRELATED_FACTS,
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('one thing said to cover all of a kind the facts give it per one of', () => {
  it('reads "one global figure that covers all harbours" against "per harbour"', () => {
    expect(sharedAgainstPer('the relay quota is one global figure that covers all harbours of the fleet', 'the default relay quota is 400 pulses per second per fleet per harbour')).toBe('harbour');
    expect(sharedAgainstPer('a single combined limit spanning every harbour', 'a quota per harbour')).toBe('harbour');
    // (What covers each one of a kind on its own shares nothing across them.)
    expect(sharedAgainstPer('the relay quota applies in each harbour separately', 'the default relay quota is 400 pulses per second per fleet per harbour')).toBeUndefined();
    expect(truths('Which statements are correct?\nA. The fleet\'s relay quota is one global number that covers all of its harbours together.\nB. Widgets are painted blue.')).toMatchObject({ A: 'false' });
  });
});
