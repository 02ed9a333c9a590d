import { describe, expect, it } from 'vitest';
import { claimsIn } from '../../../src/core/solver/claims.js';
import { solve } from '../../../src/core/solver/solve.js';

// WebSocket connections last two hours at most and close after 10 idle minutes (ws.limits); the API is billed by messages and connection minutes (price.websocket).
describe('what a WebSocket API connection and its bill are', () => {
  it('refutes a connection that never closes and a bill per request', () => {
    expect(claimsIn('connections to the websocket api never expire, so clients connect once', 'apigw-websocket')).toContain(false);
    expect(claimsIn('websocket apis are billed per request like rest apis', 'apigw-websocket')).toContain(false);
    expect(claimsIn('each connection is closed after two hours', 'apigw-websocket')).toContain(true);
  });

  it('chooses the limits a screen left open all day must be built for', () => {
    const s = solve(
      'A trading firm\'s order-book screen receives prices over an Amazon API Gateway WebSocket API and is left open all day. Which TWO statements should the developers plan around? (Choose TWO.)\nA. A WebSocket connection never times out, so one connection can serve the whole trading day.\nB. Every connection is closed after two hours at most, so the screen must reconnect.\nC. WebSocket APIs are charged per request, exactly like REST API requests.\nD. A connection that stays idle for 10 minutes is dropped, so the screen should send heartbeats.\nE. Messages of up to 10 MB can be pushed to the screen.',
    );
    expect(s.choices).toEqual(['B', 'D']);
  });
});
