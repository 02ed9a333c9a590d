import { describe, expect, it } from 'vitest';
import { factIndex, indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { truthsAgainst } from './statement-truths.js';

// Imaginary features, so that the reading, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [tableLine('lens.two-types', 'Prism lenses are supported for both REST and HTTP APIs, on custom stages.'), tableLine('ledger.kept', 'Ledger pages are kept for 15 months in the archive.')].join('\n'),
);
const truths = truthsAgainst(INDEX);

describe('a feature kept for some API types only', () => {
  it('is false when the facts give it to other API types alone', () => {
    expect(truths('Which statement is correct?\nA. Prism lenses on custom stages are offered for WebSocket APIs only.\nB. Ledger pages stay in the archive.')).toMatchObject({ A: 'false' });
  });

  it('is left to other readings when the facts give it to that type too', () => {
    expect(truths('Which statement is correct?\nA. Prism lenses on custom stages are offered for REST APIs only.\nB. Ledger pages stay in the archive.').A).not.toBe('false');
  });

  it('refutes mutual TLS kept for WebSocket APIs', () => {
    const chapter = truthsAgainst(factIndex());
    expect(chapter('Which statement is correct?\nA. Only WebSocket APIs can require mutual TLS on a custom domain name.\nB. Private REST APIs are reached through an interface VPC endpoint.')).toMatchObject({ A: 'false' });
  });
});
