import { describe, expect, it } from 'vitest';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { boundOf } from '../../../src/core/solver/fact-reader.js';
import { amountsNotListed, writtenInOther } from '../../../src/core/solver/listed-values.js';
import { quantitiesIn } from '../../../src/core/solver/quantities.js';
import { truthsAgainst } from './statement-truths.js';

// Statements about imaginary features, so that the reading, not the chapter's facts, is tested; the
// fillers make the feature words as rare as in a fact sheet of a hundred statements.
const FILLERS = Array.from({ length: 90 }, (_, i) => tableLine(`filler.${i}`, `Gadget model ${i} is painted in shade ${i} and ships in a crate.`));
const INDEX = indexFacts(
  [
    tableLine('ledger.get-only', 'When the audit ledger is switched on for a stage, only GET methods are recorded by default; other methods must be added through overrides.'),
    tableLine('beacon.payloads', 'Beacon payloads are written to the journal only when payload tracing is also enabled, which is advised against for production.'),
    tableLine('ledger.keys', 'Ledger keys can also be given to WebSocket APIs, so ledger keys are not strictly REST-only.'),
    tableLine('tunnel.widths', 'Available tunnel widths are 2, 4, 8 and 16 GB.'),
    tableLine('relay.stages', 'Stages such as alpha and beta are named snapshots, each with its own relay address, settings and relay tags; a project can have 20 stages.'),
    tableLine('ledger.resize', 'The largest ledger entry is 64 KB; resizing the ledger rebuilds it and deletes stored entries; ledger data can be sealed.'),
    tableLine('pulse.detail', 'Pulse reports reach the dashboard automatically every minute; detailed per-route pulse reports are opt-in and incur extra charges.'),
    tableLine('mirror.split', 'A mirror release split (REST APIs only) sends a set share of a stage traffic to the mirror.'),
    tableLine('http.gaps', 'HTTP APIs also lack mirror splits and sealed journals.'),
    tableLine('ledger.rest-only', 'The audit ledger is available only for REST APIs; HTTP APIs have no ledger.'),
    ...FILLERS,
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('statements against what a fact limits or keeps apart', () => {
  it('refutes "every" one of a kind where the fact lets only some of that kind through', () => {
    expect(truths('Which statement is correct?\nA. Once the audit ledger is on, every method, PUT included, is recorded by default.\nB. With the ledger switched on, all methods of a stage are recorded unless overridden.\nC. The audit ledger records GET methods by default once it is on.')).toMatchObject({ A: 'false', B: 'false' });
    expect(truths('Which statement is correct?\nA. The audit ledger records GET methods by default once it is on.\nB. Gadget model 3 ships in a crate.')).not.toMatchObject({ A: 'false' });
  });
  it('refutes something said to happen whenever, or by default, where the fact sets a condition', () => {
    const judged = truths('Which statement is correct?\nA. The journal holds beacon payloads whenever the journal is switched on.\nB. Beacon payloads are written to the journal by default.\nC. Beacon payloads are left out of the journal by default.\nD. Detailed per-route pulse reports are on by default and never add any extra charge.');
    expect(judged).toMatchObject({ A: 'false', B: 'false', D: 'false' });
    expect(judged.C).not.toBe('false');
  });
  it('reads a contradiction against the clause that speaks of the rest of the option, less the words that make it', () => {
    const judged = truths('Which statement is correct?\nA. Setting the relay dashboard to the mirror level makes the journal store each beacon payload automatically.\nB. Pulse reports reach the dashboard automatically every minute.');
    expect(judged.A).toBe('false');
    expect(judged.B).not.toBe('false');
  });
  it('refutes an amount a written list of the values of the same thing does not hold', () => {
    const judged = truths('Which statement is correct?\nA. The tunnel width can be set freely in 1 GB steps, up to 64 GB for a busy relay stage.\nB. The tunnel width is chosen among fixed values from 2 GB to 16 GB.\nC. A relay stage can be set to any width up to 64 GB.');
    expect(judged.A).toBe('false');
    expect(judged.B).not.toBe('false');
    const index = indexFacts([tableLine('tunnel.widths', 'Available tunnel widths are 2, 4, 8 and 16 GB.'), tableLine('tunnel.timeout', 'The tunnel timeout defaults to 30 seconds and can be set from 5 to 90 seconds.'), tableLine('widget.colour', 'Widgets are painted blue.')].join('\n'));
    expect(amountsNotListed(index, 'The tunnel width can be set freely in 1 GB steps, up to 64 GB.')?.amounts.map((q) => q.value / 2 ** 30)).toEqual([1, 64]);
    expect(amountsNotListed(index, 'A tunnel width of 8 GB is among those on offer.')).toBeUndefined();
    // (A default and a range are no list of values.)
    expect(amountsNotListed(index, 'The tunnel timeout can be set to 45 seconds.')).toBeUndefined();
  });
  it('reads the option against a statement that says the opposite even when several others share more of its common words', () => {
    const panels = Array.from({ length: 10 }, (_, i) => tableLine(`panel.${i}`, `Dashboard panel ${i} of the gateway shows published pulse data.`));
    const index = indexFacts([tableLine('pulse.auto', 'Pulse reports reach the dashboard automatically every minute.'), ...panels, ...FILLERS].join('\n'));
    expect(truthsAgainst(index)('Which statement is correct?\nA. A dashboard agent must be installed before the gateway can publish any pulse reports.\nB. Gadget model 3 ships in a crate.').A).toBe('false');
  });
  it('reads no limit in a clause that denies one ("not strictly REST-only")', () => {
    expect(truths('Which statement is correct?\nA. Every ledger key can be given its own quota.\nB. Gadget model 3 ships in a crate.').A).not.toBe('false');
  });
  it('refutes one thing said to be shared where the fact gives each its own', () => {
    const judged = truths('Which statement is correct?\nA. All stages of a project share a single relay address.\nB. The relay tags of every stage are common to the whole project and shared between stages.\nC. Each stage has its own relay address.');
    expect(judged).toMatchObject({ A: 'false', B: 'false' });
    expect(judged.C).not.toBe('false');
  });
  it('refutes data said to be kept where the fact says the step deletes it', () => {
    expect(truths('Which statement is correct?\nA. Resizing the ledger preserves every entry already stored in it.\nB. After a resize the ledger retains its stored entries.')).toMatchObject({ A: 'false', B: 'false' });
  });
  it('names a feature by its distinguishing word alone, not by a later word of its name', () => {
    const judged = truths('Which statement is correct?\nA. HTTP APIs can release changes automatically to their default stage.\nB. HTTP APIs support mirror splits on a stage.');
    expect(judged.A).not.toBe('false');
    expect(judged.B).toBe('false');
  });
  it('reads a feature said of one type just as another has it as claimed for both', () => {
    expect(truths('Which statement is correct?\nA. HTTP APIs keep an audit ledger just as REST APIs do.\nB. Gadget model 3 ships in a crate.')).toMatchObject({ A: 'false' });
  });
  it('reads a type said to share another type\'s feature as claiming that feature too', () => {
    expect(truths('Which statement is correct?\nA. An HTTP API in the same account can share the REST API\'s audit ledger.\nB. Gadget model 3 ships in a crate.')).toMatchObject({ A: 'false' });
  });
  it('reads an amount something can be raised or extended to as its maximum', () => {
    for (const text of ['Entries expire after 30 seconds unless the timeout is increased to 90 seconds.', 'The window starts at 10 minutes and can be extended to 2 hours.', 'A slot lasts 5 seconds by default and may be raised to 20 seconds.']) {
      const [first, second] = quantitiesIn(text);
      expect(boundOf(text, second!)).toBe('max');
      expect(boundOf(text, first!)).not.toBe('max');
    }
  });
});

describe('the language a statement says something is written in', () => {
  it('finds another name than the clause gives, and none when they agree or either names none', () => {
    expect(writtenInOther('Sprocket rules are written in Python.', 'Sprocket rules are written in Gear Rule Language (GRL).')).toBe('Python');
    expect(writtenInOther('Sprocket rules are written in GRL.', 'Sprocket rules are written in Gear Rule Language (GRL).')).toBeUndefined();
    expect(writtenInOther('Sprocket rules are short.', 'Sprocket rules are written in Gear Rule Language (GRL).')).toBeUndefined();
  });
});
