import { describe, expect, it } from 'vitest';
import { asksOutcome } from '../../../src/core/solver/asks-outcome.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('a question about what follows reads its options as claims', () => {
  it('knows the shapes of "what happens" and "what does the caller get", and not those of a cause', () => {
    expect(asksOutcome('What happens to those requests?')).toBe(true);
    expect(asksOutcome('What will the script get back?')).toBe(true);
    expect(asksOutcome('What does each caller receive?')).toBe(true);
    expect(asksOutcome('What is the MOST likely cause?')).toBe(false);
    expect(asksOutcome('Which service should the team use?')).toBe(false);
  });

  it('reads a status code against the case the stem describes, not the words naming the code', () => {
    const s = solve(
      'An internal tool calls a method of an Amazon API Gateway REST API that has "API key required" switched on. The tool was never given a key and sends none. What will the tool get back?\nA. 429 Too Many Requests\nB. 403 Forbidden\nC. 502 Bad Gateway\nD. 400 Bad Request',
    );
    expect(s.choices).toEqual(['B']);
  });

  it('reads a status code in a sentence against the case, though the sentence describes another rejection', () => {
    const s = solve(
      'A billing REST API on Amazon API Gateway marks its POST method as requiring an API key. A reseller\'s job posts to that method with no key at all. What happens to these calls?\nA. They are refused with 400 Bad Request once the body is checked against its model\nB. They are turned away with 403 Forbidden before the integration is called\nC. They are slowed down with 429 Too Many Requests because no plan covers them\nD. They go through to the backend and are simply not metered',
    );
    expect(s.choices).toEqual(['B']);
  });
});
