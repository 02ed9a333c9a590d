import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../../src/core/solver/fact-reader.js';

const read = (question: string, text: string, subject?: 'apigw-websocket') => readQuantities(question, question, [{ letter: 'A', text }], undefined, question, subject)[0]!;

describe('an API type named only as what an amount is likened to', () => {
  it('does not give the amount to that type', () => {
    const r = read('What limits apply to the chat API?', 'Each chat message may be as large as 10 MB, just like REST API payloads', 'apigw-websocket');
    expect(r.score).toBeLessThan(0);
  });
});
