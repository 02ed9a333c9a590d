import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import { solve } from '../../../src/core/solver/solve.js';

const judge = (question: string, text: string) => judgeStatements({ scenario: question, question, options: [{ letter: 'A', text }], subject: 'apigw-websocket' }).get('A')!;

describe("a claim's words inside the option's own denial", () => {
  const question = 'A team reviews its Amazon API Gateway WebSocket API. Which statement is correct?';

  it('does not make a false claim denied by "rather than" or "instead of"', () => {
    expect(judge(question, 'Mobile clients open their sessions on a wss:// URL rather than an unencrypted ws:// one').truth).not.toBe('false');
    expect(judge(question, 'Players join the game through wss:// instead of plain ws://').truth).not.toBe('false');
  });

  it('turns a true claim around when the option denies its words', () => {
    const j = judge(question, 'Clients must fall back to long polling since the WebSocket API does not provide wss:// endpoints');
    expect(j.truth).toBe('false');
    expect(j.why).toContain('ws.wss');
  });

  it('still refutes the false claim when it is asserted', () => {
    expect(judge(question, 'Dashboards attach to the API over plain ws:// to save a TLS handshake').truth).toBe('false');
  });
});

describe('an EXCEPT question whose true option denies an unencrypted scheme', () => {
  it('takes the option the facts refute, not the one that rejects ws://', () => {
    const text = [
      'A ticketing startup streams seat availability to fans over an Amazon API Gateway WebSocket API with AWS Lambda behind it. The architects write down what the API offers. All of the following statements are true EXCEPT:',
      'A. Fans reach the API on a wss:// address instead of an unencrypted ws:// one',
      'B. A Lambda REQUEST authorizer can vet fans when they connect',
      'C. A Cognito user pool authorizer can be placed on the connection route',
      'D. The backend can send a single fan a message by that fan\'s connection ID',
    ].join('\n');
    expect(solve(text).choices).toEqual(['C']);
  });
});

describe('a denial of other words before the claim', () => {
  it('leaves the claim made: "no traffic for ten minutes" denies the traffic, not the idle timeout', () => {
    const j = judge('A team reviews its Amazon API Gateway WebSocket API. Which statement is correct?', 'A socket that sees no traffic for 10 minutes is dropped as idle');
    expect(j.truth).not.toBe('false');
  });
});
