import { describe, expect, it } from 'vitest';
import { questionSubject } from '../../../src/core/solver/options.js';

describe('"API Gateway" in general, asked of a case that uses one API type', () => {
  it('is the type the case uses', () => {
    const scenario = 'A quiz app keeps players connected through an Amazon API Gateway WebSocket API, and a scoring function must reach one player. Which mechanism does API Gateway offer for this?';
    expect(questionSubject('Which mechanism does API Gateway offer for this?', scenario)?.service).toBe('apigw-websocket');
  });

  it('stays the fullest type when the case names no type, or several', () => {
    expect(questionSubject('Which mechanism does API Gateway offer for this?', 'A team runs an API on Amazon API Gateway. Which mechanism does API Gateway offer for this?')?.service).toBe('apigw-rest');
    expect(questionSubject('Which feature does API Gateway offer here?', 'A team runs a REST API and an HTTP API. Which feature does API Gateway offer here?')?.service).toBe('apigw-rest');
  });
});
