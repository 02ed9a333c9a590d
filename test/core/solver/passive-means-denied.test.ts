import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const denied = (text: string) => findClues(text).filter((c) => c.negated).map((c) => c.concept);

/**
 * "is not fetched with GraphQL", "are never signed through IAM": the preposition after a passive
 * verb names the means the sentence denies, so the denial reaches across it. (Before the fix
 * "with" and "through" ended the denial, and the means read as a need.)
 */
describe('a denied passive verb denies its means', () => {
  it('finds the denial across the passive verb and its preposition', () => {
    expect(denied('Screens are not populated with GraphQL queries.')).toContain('graphql');
    expect(denied('The results are never queried through GraphQL.')).toContain('graphql');
  });

  it('keeps "with" as a turn after other denials', () => {
    expect(denied('No caching, with GraphQL queries from every screen.')).not.toContain('graphql');
  });

  it('leaves a live two-way price feed to the WebSocket API', () => {
    expect(solve('A betting exchange shows live odds in the browser. Each open page must keep one persistent two-way connection, the back end pushes new odds the instant they change, and a punter can send a bet back over the same link, which a Lambda function confirms to that page by its connection ID. Odds are not requested with GraphQL. Which option should the exchange use?').service).toBe('apigw-websocket');
  });
});
