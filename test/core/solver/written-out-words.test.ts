import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';

/** The truth of each option of a question about statements, read against the built-in facts. */
function truths(question: string, texts: string[]) {
  const options = texts.map((text, i) => ({ letter: 'ABCDEFGH'[i]!, text }));
  return [...judgeStatements({ scenario: question, question, options }).values()].map((j) => j.truth);
}

// The facts abbreviate or use another form of a word than an option may: "point of presence" is a POP, a private API
// "reachable" through an endpoint is "reached" through it.
describe('words an option writes out or puts in another form', () => {
  it('reads "point of presence" as the POP the facts name', () => {
    expect(truths('Which statement about REST API endpoint types is correct?', ['Edge-optimized calls enter AWS at the nearest CloudFront point of presence'])).toEqual(['true']);
  });

  it('reads "reached" as "reachable"', () => {
    expect(truths('Which statement about private REST APIs is correct?', ['Private REST APIs can be reached only through an interface VPC endpoint for execute-api'])).toEqual(['true']);
  });
});
