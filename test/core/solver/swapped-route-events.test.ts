import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import { solve } from '../../../src/core/solver/solve.js';

const judge = (text: string) =>
  judgeStatements({ scenario: '', question: 'Which statement about the WebSocket API routes is correct?', options: [{ letter: 'A', text }], subject: 'apigw-websocket' }).get('A')!;

/** A route that opens or closes connections said to run on the other one's event. */
describe("a route given the other route's event", () => {
  it.each([
    'The $disconnect route is invoked as soon as a player establishes the connection',
    'The $connect route fires when the browser tab closes the socket',
  ])('is false: %s', (text) => {
    expect(judge(text).truth).toBe('false');
  });

  it('leaves each route with its own event, also two in one option', () => {
    expect(judge('The $connect route is invoked when a device opens a connection').truth).not.toBe('false');
    expect(judge('$connect runs when a viewer opens the connection; $disconnect runs when it closes').truth).not.toBe('false');
  });

  it('decides a choose-two question on the routes', () => {
    const text = [
      'A quiz app keeps players on an Amazon API Gateway WebSocket API. Which TWO statements about its routes are correct? (Choose TWO.)',
      'A. The $connect route is invoked when a player establishes a connection.',
      'B. The $disconnect route is invoked when a player first opens a connection.',
      'C. WebSocket messages can carry up to 10 MB each.',
      'D. Messages matching no route go to the $default route.',
      'E. WebSocket APIs offer native JWT authorizers.',
    ].join('\n');
    expect(solve(text).choices).toEqual(['A', 'D']);
  });
});

describe('two routes listed with their events in turn', () => {
  it('is not read as a swap', () => {
    expect(judge('The $connect and $disconnect routes are invoked as players open and close connections').truth).not.toBe('false');
  });
});
