import { describe, expect, it } from 'vitest';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { kindsPer, otherScope, sharedAgainstPer } from '../../../src/core/solver/scope-clash.js';
import { truthsAgainst, UNRELATED_FACTS } from './statement-truths.js';

// Statements about imaginary limits, so that the reading, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('pulse.ceiling', 'The default pulse ceiling is 400 pulses per minute per tenant per zone, shared across all beacons of the tenant.'),
    tableLine('pulse.scale', 'The service scales within the default pulse ceiling per minute per tenant per zone.'),
    tableLine('pulse.without-plan', 'Without any ledger plan you can still set beacon-level pulse targets on each stage; ledger plans add per-caller targets.'),
    ...UNRELATED_FACTS,
    tableLine('flange.bolts', 'Flanges are held by four bolts.'),
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('the scope a statement gives a limit', () => {
  it('finds a thing shared over all of a kind where the statement gives it per one of that kind', () => {
    expect(sharedAgainstPer('one ceiling shared by all zones', 'a ceiling per tenant per zone')).toBe('zone');
    expect(sharedAgainstPer('a single quota across every tenant', 'the quota applies in each tenant')).toBe('tenant');
    expect(sharedAgainstPer('the ceiling applies to every zone', 'a ceiling per zone')).toBeUndefined();
  });

  it('refutes a limit said to be shared by every zone, or kept separately for each beacon, against per zone and shared across beacons', () => {
    expect(truths('Which statement about the pulse ceiling is correct?\nA. The 400 pulses per minute default is a single ceiling for all zones together.\nB. Each beacon is given the pulse ceiling separately.\nC. Gizmos weigh 2 kg.')).toMatchObject({ A: 'false', B: 'false' });
  });

  it('refutes "the only" way where the statement says another is still there without the condition', () => {
    expect(truths('Which statement is correct?\nA. With no ledger plan, the tenant pulse ceiling is the only pulse target a team has.\nB. Widgets are painted blue.')).toMatchObject({ A: 'false' });
  });

  it('reads the kinds a thing is given per, in any of the words for it, and not the periods of a rate', () => {
    expect([...kindsPer('400 pulses per minute per tenant in each zone')]).toEqual(['tenant', 'zone']);
    expect([...kindsPer('up to 400 pulses a minute for each individual beacon, per ledger key per day')]).toEqual(['beacon', 'key']);
    expect(otherScope('400 pulses per minute for every beacon', 'a ceiling of 400 pulses per minute per tenant per zone')).toBe('beacon');
    expect(otherScope('400 pulses per minute for each tenant in every zone', 'a ceiling of 400 pulses per minute per tenant per zone')).toBeUndefined();
    expect(otherScope('400 pulses per minute for each beacon', 'flanges are held by four bolts')).toBeUndefined();
  });

  it('refutes an amount given per another kind than the statement gives it per', () => {
    const read = truths('Which statement about the default pulse ceiling is correct?\nA. It is 400 pulses per minute for each beacon.\nB. It is 400 pulses per minute per tenant in each zone.\nC. It is 400 pulses per minute on every stage.\nD. Gizmos weigh 2 kg.');
    expect(read).toMatchObject({ A: 'false', B: 'true', C: 'false' });
  });

  it('holds an amount given by any of the statements that speak of all its words alike', () => {
    expect(truths('Which statement is correct?\nA. The default pulse ceiling is 400 pulses per minute per tenant in each zone.\nB. Widgets are painted blue.')).toMatchObject({ A: 'true' });
  });
});
