import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { splitOptions } from '../../../src/core/solver/options.js';
import { solve } from '../../../src/core/solver/solve.js';

// Denials about imaginary things, so that the reading of a negation, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('glyph.not-auth', 'AWS says not to use glyph stamps for authentication or authorization; glyph stamps only count callers.'),
    tableLine('relay.bounded', 'The relay does not scale to unlimited messages: regional quotas apply.'),
    tableLine('vault.transfer', 'Sealed vaults have no transfer charges.'),
    tableLine('relay.http', 'HTTP APIs do not support relay mirrors.'),
    tableLine('ledger.kept', 'Ledger pages are kept for 15 months in the archive.'),
  ].join('\n'),
);

function truths(text: string) {
  const { scenario, options } = splitOptions(text);
  const judged = judgeStatements({ scenario, question: scenario, options }, INDEX);
  return Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]));
}

describe('statements read against what the facts deny', () => {
  it('refutes a statement asserting what a fact denies, whatever else it names', () => {
    expect(truths('Which statement is correct?\nA. Glyph stamps are a dependable way to authenticate users.\nB. Ledger pages stay in the archive.')).toMatchObject({ A: 'false' });
    expect(truths('Which statement is correct?\nA. The relay takes an unlimited number of messages because it scales on its own.\nB. Ledger pages stay in the archive.')).toMatchObject({ A: 'false' });
    expect(truths('Which statement is correct?\nA. Sealed vaults incur transfer charges for every gigabyte.\nB. Ledger pages stay in the archive.')).toMatchObject({ A: 'false' });
  });

  it('supports a statement that denies it too', () => {
    expect(truths('Which statement is correct?\nA. The guidance is against relying on glyph stamps to authenticate anyone.\nB. Ledger pages stay in the archive.')).toMatchObject({ A: 'true' });
  });

  it('reads the denial only in the part of the option that speaks of what is denied', () => {
    // The stamps count callers; authentication is said of the signers, in another part of the sentence.
    expect(truths('Which statement is correct?\nA. Glyph stamps keep counting callers, while signers handle authentication.\nB. Ledger pages stay in the archive.')).toMatchObject({ A: 'unknown' });
  });

  it('leaves a denial about one API type to the feature exclusions', () => {
    expect(truths('Which statement is correct?\nA. Relay mirrors support every kind of stage.\nB. Ledger pages stay in the archive.')).toMatchObject({ A: 'unknown' });
  });
});

describe('questions answered by what the facts deny', () => {
  it('keeps the option that restates a denial and drops the one asserting it', () => {
    const solved = solve(
      [
        'A data broker gives each partner an API key on its Amazon API Gateway REST API. Which TWO statements about these keys are accurate? (Choose TWO.)',
        'A. A usage plan can give every key its own quota of requests per month.',
        'B. The keys by themselves are a strong way to authenticate each partner.',
        'C. AWS recommends against relying on API keys to authorize callers.',
        'D. HTTP APIs offer the same keys and usage plans for less money.',
      ].join('\n'),
    );
    expect(solved.choices).toEqual(['A', 'C']);
  });

  it('refutes a claim of unlimited traffic against the denial of unlimited scale', () => {
    const solved = solve(
      [
        'An engineer asks how much traffic the Amazon API Gateway APIs of one account in us-east-1 take before requests are throttled by default. Which statement is accurate?',
        'A. There is no ceiling at all, since API Gateway scales to an unlimited number of requests.',
        'B. Every stage gets its own fixed cap of 500 requests per second.',
        'C. The account shares a default of 10,000 requests per second in the Region across its APIs.',
      ].join('\n'),
    );
    expect(solved.choices).toEqual(['C']);
  });
});
