import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

// "Which default limits apply?" asks which of the limits the options state hold; a connection that carries no traffic
// is an idle one, whatever the facts call it.
describe('a question about which default limits hold', () => {
  it('reads each option as a claimed limit, and "sends no messages" as idle', () => {
    const s = solve(
      [
        'A quiz app holds players on an Amazon API Gateway WebSocket API while a round runs. Which TWO default quotas should the developers plan around? (Choose TWO.)',
        'A. A player whose connection sends no messages for 10 minutes is disconnected',
        'B. Messages of up to 5 MB can be sent over a connection',
        'C. A connection can stay open for a full day',
        'D. No connection can last longer than 2 hours',
      ].join('\n'),
    );
    expect(s.choices).toEqual(['A', 'D']);
  });
});
