import { describe, expect, it } from 'vitest';
import { judgeCapability } from '../../../src/core/solver/capability-check.js';

const truth = (text: string) => judgeCapability(text)?.truth ?? 'unknown';

describe('a raised timeout said in the passive', () => {
  it('reads "the timeout can be increased" as raising it, for the types that cannot', () => {
    expect(truth("An HTTP API's integration timeout can be increased by asking AWS")).toBe('false');
    expect(truth('For WebSocket APIs the integration time-out may be extended past 29 seconds')).toBe('false');
  });
});
