import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

// Keeping who is connected is keeping connection IDs (ws.connect-dynamodb), beside @connections (ws.connections-api).
describe('remembering who is connected', () => {
  it('reads knowing who is online as keeping connection IDs', () => {
    expect(findClues('The backend has to remember who is online right now.').some((c) => c.concept === 'connection-ids')).toBe(true);
    expect(findClues('The service must keep track of which drivers are still connected.').some((c) => c.concept === 'connection-ids')).toBe(true);
  });

  it('takes the table of connection IDs and @connections as the two parts', () => {
    const s = solve(
      'A help desk\'s live chat runs on an Amazon API Gateway WebSocket API with Lambda functions behind it. Which TWO pieces let the backend remember who is online and deliver each reply to those agents? (Choose TWO.)\nA. A usage plan that gives each connected chat agent an hourly message quota\nB. An Amazon DynamoDB table where the $connect function writes each connection ID\nC. The @connections API that the backend calls to post to a connection\nD. A stage cache on the WebSocket API that holds the list of connections',
    );
    expect(s.choices).toEqual(['B', 'C']);
  });
});
