import { describe, expect, it } from 'vitest';
import { factIndex, indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { solve } from '../../../src/core/solver/solve.js';
import { statementSubject } from '../../../src/core/solver/statement-subject.js';
import { truthsAgainst } from './statement-truths.js';

// Statements about imaginary things, so that the reading of the question's subject, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('glyph.not-auth', 'AWS says not to use glyph stamps for authentication or authorization; glyph stamps only count callers.'),
    tableLine('mirror.rest-only', 'Relay mirrors are available only for REST APIs.'),
    tableLine('gauge.rest-only', 'Pressure gauges and flow dials are available only for REST APIs.'),
    tableLine('reply.rule', 'Canned replies with no REST-only setting suit every API.'),
    tableLine('ledger.kept', 'Ledger pages are kept for 15 months in the archive.'),
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('the subject of the statements a question asks about', () => {
  it('is the thing named after "statements about" or "true of", never a pointer back or an API type', () => {
    expect(statementSubject('Which TWO statements about edge-optimized endpoints are accurate?')?.text).toBe('edge-optimized endpoints');
    expect(statementSubject('All of the following are true of glyph stamps in the archive EXCEPT:')?.text).toBe('glyph stamps');
    expect(statementSubject('Which statement about these policies is correct?')).toBeUndefined();
    // An action on a thing is the question's topic; the thing is what the statements speak of.
    expect(statementSubject('Which TWO statements about publishing glyph stamps are correct?')?.text).toBe('glyph stamps');
    expect(statementSubject('Which TWO statements about HTTP APIs are correct?')).toBeUndefined();
    expect(statementSubject('Which statement about Amazon API Gateway is correct?')).toBeUndefined();
  });

  it('lets a fact that denies something of the subject refute an option that leaves the subject unnamed', () => {
    expect(truths('All of the following are true of glyph stamps EXCEPT:\nA. Stamps count the callers of each stage.\nB. Stamps are a secure way to authorize callers.')).toMatchObject({ B: 'false' });
  });

  it('lets a feature the facts deny an API type refute an option that offers the subject to that type', () => {
    expect(truths('Which statement about relay mirrors is correct?\nA. The feature can be switched on for HTTP APIs too.\nB. Ledger pages stay in the archive.')).toMatchObject({ A: 'false' });
  });
});

describe('features the facts keep for some API types', () => {
  it('denies each feature of a list kept for one type on its own', () => {
    expect(truths('Which statement is correct?\nA. An HTTP API can show a flow dial on each stage.\nB. Ledger pages stay in the archive.')).toMatchObject({ A: 'false' });
  });

  it('reads nothing as kept for one type where the facts say it is not needed ("no REST-only setting")', () => {
    expect(truths('Which statement is correct?\nA. HTTP APIs send canned replies with a setting.\nB. Ledger pages stay in the archive.')).toMatchObject({ A: 'unknown' });
  });
});

describe('questions about a subject the options leave unnamed, against the chapter', () => {
  const chapter = truthsAgainst(factIndex());

  it('refutes a key said to secure the API, in a question about API keys', () => {
    const question = [
      'All of the following are true of API keys in Amazon API Gateway EXCEPT:',
      'A. A usage plan meters each caller by the key it sends.',
      'B. Callers normally put the key in the X-API-Key header.',
      'C. A key is a secure substitute for an authorizer or IAM permissions.',
      'D. Keys count only on methods set to require one.',
    ].join('\n');
    expect(chapter(question)).toMatchObject({ C: 'false' });
    expect(solve(question).choices).toEqual(['C']);
  });

  it('refutes the endpoint type offered to HTTP APIs, in a question about edge-optimized endpoints', () => {
    const question = [
      'A team is weighing endpoint options for a REST API used by travellers on several continents. Which TWO statements about edge-optimized endpoints are accurate? (Choose TWO.)',
      'A. Callers enter the AWS network at the CloudFront point of presence closest to them.',
      'B. This kind of endpoint can be picked for an HTTP API as well.',
      'C. The distribution in front of the API is created and managed by API Gateway.',
      'D. Responses are stored at the edge locations with no cache to configure.',
    ].join('\n');
    expect(chapter(question)).toMatchObject({ B: 'false' });
    expect(solve(question).choices).toEqual(['A', 'C']);
  });

  it('refutes the private endpoint type offered to an HTTP API', () => {
    const question = [
      'A bank is reviewing Amazon API Gateway endpoint types for an internal service. Which statement is NOT correct?',
      'A. A private REST API is reached through an interface VPC endpoint.',
      'B. Regional endpoints suit callers that run in the same Region.',
      'C. A private endpoint can be chosen for an HTTP API to keep it off the internet.',
      'D. An edge-optimized API still runs in a single Region.',
    ].join('\n');
    expect(chapter(question)).toMatchObject({ C: 'false' });
  });
});
