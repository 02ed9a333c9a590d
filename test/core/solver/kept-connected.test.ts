import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

describe('devices kept connected, and news pushed the moment it is issued', () => {
  it('reads devices the backend keeps connected as a persistent connection', () => {
    expect(wanted('The platform keeps each driver\'s tablet connected during the whole shift.')).toContain('two-way');
  });

  it('reads word sent the moment it is published as server push', () => {
    expect(wanted('Fans must get each goal the moment it is confirmed.')).toContain('server-push');
  });

  it('chooses a WebSocket API for an alerting app whose phones stay connected and answer back', () => {
    const s = solve(
      'A tsunami-alert service keeps each member\'s phone connected so that the backend can push evacuation orders the moment they are released, and phones report back their check-in status over that same connection. Messages are small JSON objects routed by a "type" field, and no query language is needed. Which option should the developers use?',
    );
    expect(s.service).toBe('apigw-websocket');
  });
});
