import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../../src/core/solver/fact-reader.js';

const read = (question: string, text: string, subject?: 'apigw-websocket') => readQuantities(question, question, [{ letter: 'A', text }], undefined, question, subject)[0]!;

describe('a connection with no activity is an idle one', () => {
  it('reads "no activity" against the idle timeout, not the longest a connection lasts', () => {
    const r = read('What happens to a quiet WebSocket API connection by default?', 'After 10 minutes without any activity the connection is dropped');
    expect(r.score).toBeGreaterThan(0);
  });
});
