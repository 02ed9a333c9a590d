import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

// A question that names the service itself asks about its properties: an option sounding like the service proves nothing.
describe('a question that names the recommended service', () => {
  it('is not sure of an option only because it reads like that service', () => {
    const s = solve(`A multiplayer quiz game uses an Amazon API Gateway WebSocket API. Players who stay in a lobby for a whole evening are dropped even though questions arrive every few seconds, while players who join late stay connected. Which WebSocket API limit causes the drops?
A. The idle timeout that closes an open connection after ten minutes
B. The 128 KB maximum size of one message
C. The 500 new connections per second allowed per Region
D. The two-hour maximum lifetime of a connection`);
    expect(s.confidence).toBeLessThan(0.8);
  });
});
