import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const status = (text: string, concept: string) => {
  const clues = findClues(text).filter((c) => c.concept === concept);
  if (clues.length === 0) return 'absent';
  return clues.some((c) => !c.negated) ? 'wanted' : 'excluded';
};

describe('what is not wanted of something is what follows its "to"', () => {
  it('rules out the address a function must not have, not the function', () => {
    const text = 'A billing job on EC2 runs under an instance role and must hand invoices to a Lambda function and read its answer. The platform team does not allow the function to expose any HTTPS URL whatsoever, and the job already calls AWS through the SDK. How should the job call the function?';
    expect(status(text, 'endpoint-need')).toBe('excluded');
    expect(solve(text).service).toBe('lambda-invoke');
  });

  it('carries the wish over a second "to" of the same sentence', () => {
    const text = 'A nightly migration step in a pipeline with an IAM role must start a Lambda function that updates the warehouse and wait for it. Compliance does not want the function to get a URL or to have an API or load balancer in front of it, and the pipeline uses the AWS CLI with its role. How should it be called?';
    expect(status(text, 'load-balance')).not.toBe('wanted');
    expect(solve(text).service).toBe('lambda-invoke');
  });
});

describe('validation of content, not of credentials or of a database', () => {
  it('does not read a database schema or its changes as request validation', () => {
    expect(status('The function applies the table schema changes for each release.', 'request-validation')).toBe('absent');
    expect(status('A job migrates the database schema every night.', 'request-validation')).toBe('absent');
    expect(status('Every request body must match a JSON schema before the function runs.', 'request-validation')).toBe('wanted');
  });

  it('does not read validating tokens as request validation', () => {
    expect(status('The gateway should keep the request cost low while validating the access tokens from the identity provider.', 'request-validation')).toBe('absent');
    expect(status('Incoming request bodies must be validated before they reach the backend.', 'request-validation')).toBe('wanted');
  });
});
