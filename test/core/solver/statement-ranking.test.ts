import { describe, expect, it } from 'vitest';
import { rankStatements } from '../../../src/core/solver/statement-ranking.js';
import type { Judgement } from '../../../src/core/solver/fact-check.js';
import { solve } from '../../../src/core/solver/solve.js';

const j = (truth: Judgement['truth'], strength = 1): Judgement => ({ truth, strength, why: '' });
const scores = (...s: number[]) => s.map((score, i) => ({ letter: 'ABCDEF'[i]!, score }));
const rank = (...args: Parameters<typeof rankStatements>) => rankStatements(...args).choices;

describe('options of a question about statements, ranked by the facts before the services they name', () => {
  it('never keeps a choice the facts refute, and puts a supported option before one they leave open', () => {
    const judged = new Map([['A', j('unknown', 0.4)], ['B', j('true')], ['C', j('false')], ['D', j('unknown', 0.4)]]);
    expect(rank(scores(2, 0, 10, 6), judged, 2, false, ['C', 'D'])).toEqual(['B', 'D']);
  });
  it('in a NOT question, never answers with an option the facts bear out', () => {
    const judged = new Map([['A', j('true')], ['B', j('unknown', 0.5)], ['C', j('unknown', 0.5)]]);
    expect(rank(scores(9, 1, 4), judged, 1, true, ['A'])).toEqual(['C']);
  });
  it('keeps the choice of the service scores when the facts refute none of it', () => {
    const judged = new Map([['A', j('unknown')], ['B', j('unknown')], ['C', j('false')]]);
    expect(rank(scores(7, 3, 1), judged, 1, false, ['A'])).toEqual(['A']);
  });
  it('keeps the choice of the service scores when the facts settle no option', () => {
    const judged = new Map([['A', j('unknown', 0.3)], ['B', j('unknown', 0.9)], ['C', j('unknown', 0.5)]]);
    expect(rank(scores(7, 3, 1), judged, 1, false, ['A'])).toEqual(['A']);
    expect(rank(scores(7, 3, 1), judged, 1, false, [])).toEqual([]);
  });
  it('among options left open, puts the one closest to a verified clause first, or last in a NOT question', () => {
    const judged = new Map([['A', j('unknown', 0.9)], ['B', j('unknown', 0.4)], ['C', j('false')], ['D', j('true')]]);
    expect(rank(scores(-8, 0, 6, 1), judged, 2, false, [])).toEqual(['A', 'D']);
    const not = new Map([['A', j('unknown', 0.9)], ['B', j('unknown', 0.4)], ['C', j('true')], ['D', j('true')]]);
    expect(rank(scores(9, -3, 12, 1), not, 1, true, ['C'])).toEqual(['B']);
  });
  it('chooses none when nothing tells the last chosen option from the next', () => {
    const judged = new Map([['A', j('unknown', 0.5)], ['B', j('unknown', 0.5)], ['C', j('unknown', 0.5)], ['D', j('false')]]);
    expect(rank(scores(6, 6, 6, 9), judged, 2, false, ['D', 'A'])).toEqual([]);
  });
  it('says when the facts changed the choice and whether an option left open was chosen', () => {
    const judged = new Map([['A', j('true')], ['B', j('unknown', 0.6)], ['C', j('false')]]);
    expect(rankStatements(scores(1, 2, 9), judged, 1, false, ['C'])).toEqual({ choices: ['A'], changed: true, unsettled: false });
    expect(rankStatements(scores(1, 2, 9), judged, 2, false, ['C'])).toEqual({ choices: ['A', 'B'], changed: true, unsettled: true });
  });
});

describe('questions about statements, in wording of their own', () => {
  it('reads "outside the Free Tier" as restating that the cache is not in it', () => {
    expect(solve(`A media company's platform team is reviewing notes about the stage cache of its Amazon API Gateway REST API. Which TWO notes are accurate? (Choose TWO.)
A. A cache is switched on for every new REST API stage by itself, at no extra cost.
B. Cached entries live for 300 seconds unless the time-to-live is changed.
C. HTTP APIs offer the same stage cache at a lower hourly price.
D. The cache is charged by the hour according to its size and is outside the Free Tier.
E. Cached responses are copied to CloudFront edge locations on every continent.`).choices).toEqual(['B', 'D']);
  });
  it('reads "INCORRECT" in capitals as asking for the statements that do not hold', () => {
    expect(solve(`Which TWO of the following claims about Amazon API Gateway HTTP APIs are INCORRECT? (Choose TWO.)
A. HTTP APIs can use JWT authorizers.
B. HTTP APIs can cache responses at the stage.
C. HTTP APIs are cheaper per million requests than REST APIs.
D. HTTP APIs can sell access with usage plans and API keys.
E. HTTP APIs can use IAM authorization.`).choices).toEqual(['B', 'D']);
  });
  it('refutes a quota said to be raisable where the facts say it cannot be increased', () => {
    expect(solve(`A support engineer reviews a runbook for Amazon API Gateway WebSocket APIs. All of the following statements in it are correct EXCEPT:
A. Clients open the connection on a wss:// URL for the API's stage.
B. A connection left idle for 10 minutes is closed.
C. A single message can be as large as 128 KB.
D. The 29-second integration timeout can be increased through a Service Quotas request.`).choices).toEqual(['D']);
  });
  it('reads each of two amounts of one measure against the clause that speaks of it', () => {
    expect(solve(`A team lead is preparing a quiz on the stage cache of an Amazon API Gateway REST API. Which statement about that cache is correct?
A. Every REST API stage gets a cache automatically, and it costs nothing.
B. A cached response is kept for five minutes unless another TTL is set, and the TTL can go up to one hour.
C. An HTTP API stage can turn on the same cache.
D. Responses can be cached at the stage for any POST method by default.`).choices).toEqual(['B']);
  });
});
