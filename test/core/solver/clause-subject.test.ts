import { describe, expect, it } from 'vitest';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import { indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { splitOptions } from '../../../src/core/solver/options.js';
import { truthsAgainst } from './statement-truths.js';

// Imaginary amounts, so that the reading, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('pulse.websocket', 'WebSocket APIs cost $4.00 per million beacon pulses; beacon pulses are metered in 48 KB increments, so a 49 KB pulse counts as two.'),
    tableLine('pulse.http', 'HTTP API beacon pulses cost $6.00 per million, metered in 640 KB increments.'),
    tableLine('ws.quotas', 'WebSocket quotas: beacon frames 24 KB; beacon payload 96 KB.'),
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('an amount counts only for the API type its statement speaks of', () => {
  it('does not take an amount a later clause gives for another type as true of the type the option names', () => {
    const t = truths('Which statement is correct?\nA. Beacon pulses sent to an HTTP API are metered in 48 KB increments.\nB. On a WebSocket API, beacon pulses are metered in 48 KB increments.');
    expect(t.A).not.toBe('true');
    expect(t.B).toBe('true');
  });

  it('reads "they" as the type the question names', () => {
    const options = '\nA. They meter beacon pulses in 48 KB increments.\nB. They keep beacon pulses for a year.';
    expect(truths(`Which statement about HTTP APIs is correct?${options}`, 'apigw-http').A).not.toBe('true');
    expect(truths(`Which statement about WebSocket APIs is correct?${options}`, 'apigw-websocket').A).toBe('true');
  });

  it('does not refute an amount for one type with the quota another type has', () => {
    const t = truths('Which statement is correct?\nA. A REST API accepts a beacon payload of up to 12 KB.\nB. A WebSocket API accepts a beacon payload of up to 12 KB.');
    expect(t.A).not.toBe('false');
    expect(t.B).toBe('false');
  });

  it("reads the amount against the statement of the option's own type, even when another type's says more of its words", () => {
    // (Where HTTP and WebSocket are named alike often, the metering clause without a type is the closest by its words.)
    const index = indexFacts(
      [
        tableLine('pulse.websocket', 'WebSocket APIs cost $4.00 per million beacon pulses; beacon pulses are metered in 48 KB increments, so a 49 KB pulse counts as two.'),
        tableLine('pulse.http', 'HTTP API calls cost $6.00 per million, counted in 640 KB increments.'),
        tableLine('http.archive', 'HTTP APIs and WebSocket APIs keep no beacon archive.'),
        tableLine('http.mirror', 'HTTP APIs and WebSocket APIs have no mirror.'),
      ].join('\n'),
    );
    const { scenario, options } = splitOptions('Which statement is correct?\nA. On HTTP APIs, beacon pulses are metered in 48 KB increments, so a 49 KB pulse counts as two.\nB. HTTP API calls are counted in 640 KB increments.');
    const judged = judgeStatements({ scenario, question: scenario, options }, index);
    const t = Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]));
    expect(t.A).toBe('false');
    expect(t.B).not.toBe('false');
  });

  it('reads the amount of an option that names no type against the statement of the type the question names', () => {
    const index = indexFacts(
      [tableLine('payload.size', 'On REST and HTTP APIs a single beacon payload can be as large as 20 MB.'), tableLine('ws.quotas', 'WebSocket beacon payloads are limited to 96 KB.'), tableLine('tunnel.modes', 'Tunnels come in three modes: direct, relayed and mirrored.')].join('\n'),
    );
    const { scenario, options } = splitOptions('Which statement about WebSocket APIs is correct?\nA. A single beacon payload can be as large as 20 MB.\nB. They keep beacon pulses for a year.');
    const judged = judgeStatements({ scenario, question: scenario, options, subject: 'apigw-websocket' }, index);
    expect(judged.get('A')!.truth).toBe('false');
  });
});

describe('a size an option gives with a count is the premise of that count', () => {
  it('computes the pieces for the size the option itself states', () => {
    const t = truths('Which statement about beacon billing is correct?\nA. A 100 KB beacon pulse sent over a WebSocket API counts as 3 beacon pulses.\nB. A 100 KB beacon pulse sent over a WebSocket API counts as 1 beacon pulse.');
    expect(t.A).toBe('true');
    expect(t.B).toBe('false');
  });

  it('reads a wrong count for the size as false, in other words too', () => {
    const t = truths('What is true of how WebSocket APIs bill beacon pulses?\nA. Sending one 60 KB beacon pulse is billed as 4 beacon pulses.\nB. Sending one 60 KB beacon pulse is billed as 2 beacon pulses.');
    expect(t.A).toBe('false');
    expect(t.B).toBe('true');
  });

  it('keeps the sizes as claims when the case states the size', () => {
    const t = truths('A sensor sends a 100 KB beacon pulse to a WebSocket API. How is it billed?\nA. As three beacon pulses, as they are metered in 48 KB increments.\nB. As two beacon pulses, as they are metered in 64 KB increments.');
    expect(t.B).not.toBe('true');
  });
});
