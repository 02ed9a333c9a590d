import { describe, expect, it } from 'vitest';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { truthsAgainst } from './statement-truths.js';

// An imaginary statement that allows something for some kinds and denies it to others in its next clause.
const INDEX = indexFacts(
  [
    tableLine('kart.lap-limit', 'Since June the lap limit can be raised beyond 20 laps for blue and green karts via a quota increase; red karts stay at 20 laps, not increasable.'),
    tableLine('kart.colours', 'Karts come in blue, green and red.'),
    tableLine('track.length', 'The track is 800 metres long.'),
  ].join('\n'),
);
const truths = truthsAgainst(INDEX);

describe('a contradiction in one clause of a statement whose other clause says what the option says', () => {
  it('does not refute the option the other clause bears out', () => {
    const judged = truths('Which statement about lap limits is correct?\nA. A blue kart\'s 20-lap limit can be raised by a quota increase.\nB. The track is 2 km long.\nC. Karts come only in yellow.');
    expect(judged.A).not.toBe('false');
  });
});
