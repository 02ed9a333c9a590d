import { describe, expect, it } from 'vitest';
import { inventories } from '../../../src/core/solver/inventory.js';
import { solve } from '../../../src/core/solver/solve.js';

const listed = (text: string) => inventories(text).map((s) => text.slice(s.start, s.end));

describe('lists that only name services', () => {
  it('finds a list of service names, with or without a shared last word', () => {
    expect(listed('The account holds an HTTP API, a REST API and a WebSocket API.')).toEqual(['HTTP API, a REST API and a WebSocket API']);
    expect(listed('Its REST, HTTP and WebSocket APIs share the Region.')).toEqual(['REST, HTTP and WebSocket APIs']);
    expect(listed('The platform team already runs CloudFront, an ALB and API Gateway.')).toEqual(['CloudFront, an ALB and API Gateway']);
  });

  it('leaves lists of needs and lists with more than names', () => {
    expect(listed('It needs a WebSocket API for chat, a REST API for payments and CloudFront for the site.')).toEqual([]);
    expect(listed('Clients need low latency, caching and WebSockets.')).toEqual([]);
  });

  it('does not read a service named in a list of what exists as a need', () => {
    const s = solve('The team runs an HTTP API, a REST API and a WebSocket API in one Region. Every request body must be checked against a JSON schema before it reaches the backend.');
    expect(s.service).toBe('apigw-rest');
  });
});
