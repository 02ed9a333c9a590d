import { describe, expect, it } from 'vitest';
import { readStatements } from '../../../src/core/solver/fact-answer.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('"Which TWO can the team configure?" about one API type', () => {
  it('is a question on what that type supports, whatever follows the verb', () => {
    const options = [
      { letter: 'A', text: 'A resource policy limited to office IP ranges' },
      { letter: 'B', text: 'IAM authorization with signed requests' },
    ];
    expect(readStatements('A game studio runs an Amazon API Gateway WebSocket API.', 'Which ONE can the studio enable?', options, 1, 'apigw-websocket')).toBeDefined();
  });

  it('keeps the options the facts do not deny to the type when they fill the places asked', () => {
    const question = `A bike-share operator pushes dock updates to riders' phones over an Amazon API Gateway WebSocket API. The security lead asks which controls the API can place on a new connection. Which THREE can the team configure? (Choose THREE.)
A. A Lambda REQUEST authorizer evaluated on the $connect route
B. A COGNITO_USER_POOLS authorizer attached to $connect
C. IAM authorization, with clients signing the request with SigV4
D. An API key required on the $connect route
E. A resource policy that allows only certain VPC endpoints
F. A Lambda TOKEN authorizer that runs for each message`;
    expect(solve(question).choices).toEqual(['A', 'C', 'D']);
  });
});
