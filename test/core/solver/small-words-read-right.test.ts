import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { quantitiesIn } from '../../../src/core/solver/quantities.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);
const counts = (text: string) => quantitiesIn(text).filter((q) => q.measure === 'count').map((q) => q.value);

// Short words that change what a sentence says: a denial read through the verb and its means, an ordinal
// that is no rate, a proposal still being looked at, and amounts written with a short scale.
describe('small words read for what they say', () => {
  it('denies the means after a verb and its object ("nobody reads the records with GraphQL")', () => {
    expect(wanted('Nobody reads the records with GraphQL.')).not.toContain('graphql');
    expect(wanted('The clinic does not fetch its data through GraphQL.')).not.toContain('graphql');
    expect(wanted('The clinic fetches its data through GraphQL.')).toContain('graphql');
  });

  it('pushes over a WebSocket API when GraphQL is denied that way', () => {
    const s = solve('Forklifts in a warehouse report their battery level every few seconds. No one queries this data using GraphQL. The supervisors\' screen must receive each change from the backend within a second, without polling, and send a confirmation back over the same open connection. Which service should carry the traffic?');
    expect(s.service).toBe('apigw-websocket');
  });

  it('reads "call a second function" as a count, and "calls a second" as a rate', () => {
    expect(wanted('The billing function must call a second, internal Lambda function.')).not.toContain('throttling');
    expect(wanted('Partners may make at most 50 calls a second.')).toContain('throttling');
  });

  it('sets aside a service a team has been looking at for later', () => {
    expect(wanted('The team has been looking at AWS AppSync for a future feature.')).not.toContain('graphql');
  });

  it('reads "1 M", "2M" and "5k" as a million, two million and five thousand', () => {
    expect(counts('1 M calls')).toEqual([1e6]);
    expect(counts('2M requests and 5k messages')).toEqual([2e6, 5e3]);
    expect(quantitiesIn('a 5 MB body and 30 ms')).toMatchObject([{ measure: 'size' }, { measure: 'time' }]);
  });
});
