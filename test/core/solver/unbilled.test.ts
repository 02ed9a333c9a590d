import { describe, expect, it } from 'vitest';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { truthsAgainst, UNRELATED_FACTS } from './statement-truths.js';

// Statements about imaginary charges, so that the reading, not the chapter's prices, is tested.
const INDEX = indexFacts(
  [
    tableLine('fees.model', 'No setup fees or contracts: REST and HTTP APIs charge for relay hops received plus archive bytes exported; WebSocket APIs charge for pings exchanged plus socket minutes.'),
    tableLine('ledger.billed', 'The ledger archive is billed per hour according to its size and is not part of any trial.'),
    tableLine('export.billed', 'Archive export is charged separately at $0.05 per GB.'),
    tableLine('relay.price', 'HTTP API relay hops cost $1.00 per million versus $3.00 per million for REST APIs, so HTTP APIs are cheaper.'),
    ...UNRELATED_FACTS,
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('a charge the facts do not bill', () => {
  it('refutes a bill said to be only for part of what the facts bill the API type for', () => {
    expect(truths('Which TWO statements about charges are correct?\nA. A WebSocket API is charged solely for the pings it exchanges.\nB. The bill of a REST API is based only on the relay hops it receives.\nC. WebSocket APIs are charged for pings and for socket minutes.')).toMatchObject({ A: 'false', B: 'false', C: 'true' });
  });

  it('refutes a fee by the hour or month, or a flat one, that no billed item is, and keeps the one that is', () => {
    expect(truths('Which statement about charges is correct?\nA. Every HTTP API carries a flat monthly fee for each route it defines.\nB. WebSocket APIs are billed per hour for every stage they deploy.\nC. The ledger archive is billed per hour according to its size.')).toMatchObject({ A: 'false', B: 'false', C: 'true' });
  });

  it('refutes "charges nothing" for what the facts charge, and reads "priced lower" or "priced higher" as a price comparison', () => {
    expect(truths('Which statement about charges is correct?\nA. The service charges nothing for archive export.\nB. HTTP API relay hops are priced lower than REST API relay hops.\nC. HTTP API relay hops are priced higher than REST API relay hops.')).toEqual({ A: 'false', B: 'true', C: 'false' });
  });

  it('holds a billed item said with the same denial as the closest statement, and not one with another denial', () => {
    expect(truths('Which statement about charges is correct?\nA. The ledger archive is charged each hour and is not covered by any trial.\nB. Widgets are painted blue.')).toMatchObject({ A: 'true' });
    expect(truths('Which statement about charges is correct?\nA. The ledger archive is billed per hour but never by its size.\nB. Widgets are painted blue.')).not.toMatchObject({ A: 'true' });
  });
});
