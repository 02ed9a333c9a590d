import { describe, expect, it } from 'vitest';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { truthsAgainst, UNRELATED_FACTS } from './statement-truths.js';

// Statements about imaginary settings, so that the reading, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('crane.dock', 'A harbour crane can unload barges moored in a dock berth, with loads of up to 40 tonnes.'),
    tableLine('barge.permit', 'A barge must be registered with the harbour office before it can be unloaded.'),
    tableLine('dial.readings', 'Basic dial readings are logged for every crane; detailed dial readings are opt-in and cost extra.'),
    ...UNRELATED_FACTS,
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('a requirement is not restated by a possibility', () => {
  it('leaves open "must be moored in a dock berth" where the clause says a crane can unload barges moored there', () => {
    expect(truths('Which statements are correct?\nA. A barge must be moored in a dock berth for a harbour crane to unload it.\nB. Widgets are painted blue.')).not.toMatchObject({ A: 'true' });
    expect(truths('Which statements are correct?\nA. Every barge has to be moored in a dock berth so a harbour crane can unload it.\nB. Widgets are painted blue.')).not.toMatchObject({ A: 'true' });
  });

  it('still restates a possibility, and a requirement the clause makes itself', () => {
    expect(truths('Which statements are correct?\nA. A harbour crane can unload barges that are moored in a dock berth.\nB. Widgets are painted blue.')).toMatchObject({ A: 'true' });
    expect(truths('Which statements are correct?\nA. A barge must be registered with the harbour office before it can be unloaded.\nB. Widgets are painted blue.')).toMatchObject({ A: 'true' });
    // (A clause that makes it a choice to turn on, "opt-in", makes it a requirement for having it.)
    expect(truths('Which statements are correct?\nA. Detailed dial readings must be switched on; they are opt-in.\nB. Widgets are painted blue.')).toMatchObject({ A: 'true' });
  });
});
