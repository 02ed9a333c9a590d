import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

describe('which integration timeouts can be raised, read whatever the order of the words', () => {
  it('takes a Regional or private REST API timeout said to be raisable as true, and a function set to run 15 minutes as the Lambda limit', () => {
    const s = solve(
      'A logistics firm weighs how long its slow route-planning calls may take behind Amazon API Gateway. Which TWO statements are correct? (Choose TWO.)\nA. The integration timeout of a private REST API can be increased beyond 29 seconds\nB. An HTTP API waits up to 5 minutes for its integration once a quota increase is approved\nC. Each Lambda function can itself run for up to 15 minutes\nD. An edge-optimized REST API can have its integration timeout raised past 29 seconds\nE. WebSocket API integrations can be extended beyond 29 seconds on request',
    );
    expect(s.choices).toEqual(['A', 'C']);
  });

  it('still refutes a raise claimed for a REST API that names no Regional or private endpoint', () => {
    const s = solve(
      'Which statement about Amazon API Gateway integration timeouts is correct?\nA. The integration timeout of an edge-optimized REST API can be increased to 2 minutes\nB. For a Regional REST API, the integration timeout can be raised above 29 seconds through a quota request\nC. HTTP API integrations can run for up to 5 minutes\nD. WebSocket integrations have no timeout',
    );
    expect(s.choices).toEqual(['B']);
  });
});
