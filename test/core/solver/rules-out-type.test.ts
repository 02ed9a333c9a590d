import { describe, expect, it } from 'vitest';
import { readStatements } from '../../../src/core/solver/fact-answer.js';
import { solve } from '../../../src/core/solver/solve.js';

const options = [
  { letter: 'A', text: 'Protecting the API with AWS WAF web ACLs against bots' },
  { letter: 'B', text: 'Letting callers present JSON Web Tokens from an OIDC issuer' },
  { letter: 'C', text: 'Following every call across services with AWS X-Ray' },
];

describe('a question asking which needs rule out a named API type', () => {
  it('reads each option as a need the type is claimed to meet, and asks for those it cannot', () => {
    const read = readStatements('', 'Which TWO of these needs would rule out an HTTP API?', options, 2, undefined);
    expect(read?.wantsFalse).toBe(true);
    expect(read?.judgements.get('A')?.truth).toBe('false');
    expect(read?.judgements.get('C')?.truth).toBe('false');
  });

  it('chooses the needs the named type lacks', () => {
    const question = `A ticketing start-up is weighing an Amazon API Gateway REST API against an HTTP API for its partner feed. Which TWO of these needs would rule out the HTTP API? (Choose TWO.)
A. ${options[0]!.text}
B. ${options[1]!.text}
C. ${options[2]!.text}
D. Turning on automatic deployments for the default stage`;
    expect(solve(question).choices).toEqual(['A', 'C']);
  });

  it('leaves a question that names no type in its own sentence alone', () => {
    expect(readStatements('The team uses an HTTP API.', 'Which TWO options were ruled out by the architects?', options, 2, undefined)).toBeUndefined();
  });
});
