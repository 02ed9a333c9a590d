import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

describe('what one user does appearing on the others\' screens, without asking the server', () => {
  it('reads it as server push (a WebSocket API), even with several Lambda functions as the backend', () => {
    expect(solve('A language school is building a shared quiz board for its online classes. Each answer a student types must appear on every other student\'s screen within a second, and the pages must not keep checking the backend for anything new. The backend is a handful of Lambda functions, and the school does not use GraphQL. Which service should carry the answers?').service).toBe('apigw-websocket');
    expect(solve('A logistics dashboard shows truck positions. When a truck reports a new position it must show up on all open browsers at once, without the browsers calling the API every few seconds to look for updates. The backend runs on Lambda functions and the team avoids GraphQL. Which service fits?').service).toBe('apigw-websocket');
  });
});
