import { describe, expect, it } from 'vitest';
import { quantitiesIn } from '../../../src/core/solver/quantities.js';
import { solve } from '../../../src/core/solver/solve.js';

// A number that names a version ("draft 4", "Signature Version 4", "version 2 of the API") is a
// name, not an amount a statement's figures could contradict.
describe('version numbers', () => {
  it.each(['validated against JSON Schema draft 4', 'requests signed with Signature Version 4', 'version 2 of the pricing API', 'the payload format revision 1'])('reads no amount in "%s"', (text) => {
    expect(quantitiesIn(text)).toEqual([]);
  });

  it('still reads a count that follows other words', () => {
    expect(quantitiesIn('up to 4 stages').map((q) => q.value)).toEqual([4]);
  });

  it('does not refute a statement whose figure meets a version number in a fact', () => {
    const text =
      'Which TWO statements about checking incoming requests in a REST API are correct? (Choose TWO.)\nA. A body that breaks its model is turned away with a 400 reply and the backend is never called\nB. An HTTP API can check request bodies against a JSON Schema model\nC. VTL mapping templates can reshape a JSON payload into XML for a legacy backend\nD. A Lambda function URL can validate request bodies against a model';
    expect(solve(text).choice).toBe('A, C');
  });
});
