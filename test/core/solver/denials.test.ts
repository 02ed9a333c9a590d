import { describe, expect, it } from 'vitest';
import { judgeProposal, judgeStatements } from '../../../src/core/solver/fact-check.js';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { splitOptions } from '../../../src/core/solver/options.js';
import { solve } from '../../../src/core/solver/solve.js';
import { truthsAgainst } from './statement-truths.js';

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

const truths = truthsAgainst(INDEX);

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
        'B. API keys by themselves are a strong way to authenticate each partner.',
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

describe('options offered for what the question asks, read against what the facts deny', () => {
  it('refutes an option the facts deny the purpose asked about, in the option or the question', () => {
    expect(judgeProposal('Hand each partner an API key and check nothing else', 'Which option should the team choose to secure the API?')?.truth).toBe('false');
    expect(judgeProposal('API keys required on every method', 'Which TWO mechanisms decide who may call the API, to control access?')?.truth).toBe('false');
    expect(judgeProposal('Rely on the API keys alone to authenticate partners', 'What should the team do?')?.truth).toBe('false');
  });

  it('leaves alone what is not the denied thing, or not offered for the denied purpose', () => {
    // Cache keys are no API keys.
    expect(judgeProposal("Add the caller's ID header to the method's cache keys", 'Which change would secure the responses?')).toBeUndefined();
    // The option says what the keys are for: not the purpose asked about.
    expect(judgeProposal('Turn on IAM authorization and keep the API keys for the usage plans', 'How should the company authenticate the partners?')).toBeUndefined();
    // What the question says is not needed is no purpose.
    expect(judgeProposal('Issue API keys in a usage plan', 'The team needs no authentication. Which option adds per-client quotas?')).toBeUndefined();
    expect(judgeProposal('A Lambda authorizer that checks a bearer token', 'Which is appropriate for access control?')).toBeUndefined();
  });

  it('answers a single-answer and an EXCEPT question by them', () => {
    const single = solve(
      [
        'A media company lets partner studios call its Amazon API Gateway REST API. Each studio runs its jobs under IAM roles in its own AWS account, and the company wants API Gateway to authenticate every caller before the backend runs. What should the company configure?',
        'A. An API key for each studio, attached to a usage plan and required on every method',
        'B. IAM authorization on the methods, with each studio signing its requests using Signature Version 4',
        'C. A larger stage cache so that repeated calls never reach the backend',
        'D. A CloudWatch alarm on the 4XXError metric of the prod stage',
      ].join('\n'),
    );
    expect(single.choices).toEqual(['B']);
    const except = solve(
      [
        'A retailer is writing the access standard for its Amazon API Gateway REST API. Each of the following is a way AWS recommends to control access to the API EXCEPT which one?',
        'A. IAM authorization with Signature Version 4 signed requests',
        'B. An Amazon Cognito user pool authorizer',
        'C. A Lambda authorizer that validates partner tokens',
        'D. An API key that every caller sends with its requests',
      ].join('\n'),
    );
    expect(except.choices).toEqual(['D']);
  });
});

describe('statements the facts settle by the types they name and who controls what', () => {
  const judge = (text: string) => {
    const { scenario, options } = splitOptions(text);
    const judged = judgeStatements({ scenario, question: scenario, options });
    return Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]));
  };

  it('refutes a feature said to be the same in a type that lacks it as in one that has it', () => {
    expect(judge('Which statement is correct?\nA. HTTP APIs give the same X-Ray traces as REST APIs do.\nB. Stages have names.')).toMatchObject({ A: 'false' });
  });

  it('refutes a quota said to be each one\'s own where the facts share it, and a condition the facts say is not needed', () => {
    expect(judge('Which statement is correct?\nA. REST, HTTP and WebSocket APIs each receive a separate default throttle quota of 10,000 requests per second per Region.\nB. Stages have names.')).toMatchObject({ A: 'false' });
    expect(judge('Which statement is correct?\nA. Stage-level throttling works only for REST APIs that have a usage plan.\nB. Stages have names.')).toMatchObject({ A: 'false' });
  });

  it('refutes a burst said to be changed by the customer', () => {
    expect(judge('Which statement is correct?\nA. The account-level burst of 5,000 requests can be raised by the customer in the console.\nB. Stages have names.')).toMatchObject({ A: 'false' });
  });
});

describe('a negation that comes after what the option says of the denial', () => {
  it('still asserts the denied claim: "scales to unlimited messages, with no quotas at all" is false', () => {
    expect(truths('Which statement is correct?\nA. The relay scales to unlimited messages, with no quotas at all.\nB. Ledger pages stay in the archive.')).toMatchObject({ A: 'false' });
    expect(truths('Which statement is correct?\nA. The relay scales to unlimited messages and has no regional quotas.\nB. Ledger pages stay in the archive.')).toMatchObject({ A: 'false' });
  });
});
