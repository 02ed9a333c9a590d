import { describe, expect, it } from 'vitest';
import { judgeCapability } from '../../../src/core/solver/capability-check.js';
import { findClues } from '../../../src/core/solver/clues.js';

const truth = (text: string) => judgeCapability(text)?.truth ?? 'unknown';
const concepts = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

describe('a request checked against IAM or a policy is authorisation, not request validation', () => {
  it('finds no request validation in requests checked against IAM permissions or a policy', () => {
    expect(concepts('Partner calls must be signed with SigV4 so that each request is checked against IAM permissions.')).not.toContain('request-validation');
    expect(concepts('Every incoming request is verified against the caller\'s policy before it reaches the backend.')).not.toContain('request-validation');
  });

  it('still finds it in bodies checked against a model', () => {
    expect(concepts('Request bodies must be checked against a JSON model before any backend code runs.')).toContain('request-validation');
  });

  it('does not refute an HTTP API that checks signed requests against IAM', () => {
    expect(truth('An HTTP API can have callers sign their requests with SigV4, each request checked against IAM')).not.toBe('false');
  });
});
