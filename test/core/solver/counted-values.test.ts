import { describe, expect, it } from 'vitest';
import { noneAgainstSome, oneAgainstMany } from '../../../src/core/solver/count-clash.js';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { truthsAgainst, UNRELATED_FACTS } from './statement-truths.js';

// Statements about imaginary settings, so that the reading, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('ledger.allowance', 'A ledger plan gives each beacon token a relay allowance per SHIFT, WEEK or MONTH, with a pulse rate and a burst.'),
    tableLine('beacon.slots', 'Beacons are named slots on a relay, each with its own dial; a relay can hold 6 beacons by default, and this quota can be raised.'),
    tableLine('trial.scope', 'The starter trial gives, each week, 500 thousand signal hops and 200 beacon pings.'),
    tableLine('ledger.archive', 'The ledger archive is billed per hour according to its size.'),
    ...UNRELATED_FACTS,
    tableLine('flange.bolts', 'Flanges are held by four bolts.'),
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('values a statement counts or lists', () => {
  it('refutes a period the statement\'s list of periods lacks, but not the period of a rate or a period that counts nothing', () => {
    expect(truths('Which statement about ledger plans is correct?\nA. A ledger plan can give a beacon token a relay allowance each day or hourly.\nB. A ledger plan gives each beacon token a relay allowance per week, with a rate of 50 pulses per second.\nC. The hours the ledger archive runs are billed by its size.')).toMatchObject({ A: 'false', C: 'true' });
    expect(truths('Which statement about ledger plans is correct?\nA. A ledger plan gives each beacon token a relay allowance per week, with a rate of 50 pulses per second.\nB. Widgets are painted blue.')).not.toMatchObject({ A: 'false' });
  });

  it('refutes one of something a statement gives several of, whatever else the statement speaks of', () => {
    expect(oneAgainstMany('a relay holds just one beacon', 'a relay can hold 6 beacons by default')).toBe('beacon');
    expect(oneAgainstMany('a relay holds just one beacon', 'a relay can hold 1 dial')).toBeUndefined();
    expect(truths('Which statement is correct?\nA. Each relay may have only a single beacon, so every team needs its own relay.\nB. Widgets are painted blue.')).toMatchObject({ A: 'false' });
  });

  it('refutes none of something a statement gives a number of', () => {
    expect(noneAgainstSome('it gave no beacon pings', 'it gives 200 beacon pings')).toBe('beacon pings');
    expect(noneAgainstSome('it gave no beacon pings', 'it gives beacon pings')).toBeUndefined();
    expect(truths('Which statement about the starter trial is correct?\nA. The starter trial covered signal hops but no beacon pings at all.\nB. Widgets are painted blue.')).toMatchObject({ A: 'false' });
  });
});
