import { describe, expect, it } from 'vitest';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { truthsAgainst, UNRELATED_FACTS } from './statement-truths.js';

// Statements about imaginary settings, so that the reading, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('pulse.effort', 'Pulse quotas on a relay are applied on a best-effort basis as targets, not hard ceilings, and beacons can briefly exceed them.'),
    tableLine('relay.keys', 'Relay keys identify beacons for metering and are not meant for guarding access.'),
    ...UNRELATED_FACTS,
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('the half of a contrast that is denied', () => {
  it('denies what follows "rather than" through a list of its words, and reads the contrast as the clause\'s "not"', () => {
    expect(truths('Which statements are correct?\nA. Pulse quotas on a relay are best-effort targets rather than guaranteed, hard ceilings.\nB. Widgets are painted blue.')).toMatchObject({ A: 'true' });
    expect(truths('Which statements are correct?\nA. Pulse quotas on a relay are best-effort targets instead of fixed, guaranteed, hard ceilings.\nB. Widgets are painted blue.')).toMatchObject({ A: 'true' });
  });

  it('still reads what is asserted after a comma that starts another clause, or with no contrast at all', () => {
    expect(truths('Which statements are correct?\nA. Pulse quotas on a relay are guaranteed hard ceilings that beacons never exceed.\nB. Widgets are painted blue.')).toMatchObject({ A: 'false' });
    expect(truths('Which statements are correct?\nA. Pulse quotas are set per relay rather than per beacon, and they are guaranteed ceilings.\nB. Widgets are painted blue.')).not.toMatchObject({ A: 'true' });
  });
});
