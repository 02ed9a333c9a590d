import { describe, expect, it } from 'vitest';
import { factIndex } from '../../../src/core/solver/fact-index.js';
import { truthsAgainst } from './statement-truths.js';

const truths = truthsAgainst(factIndex());
const ask = (statement: string) => truths(`Which statement about these AWS services is accurate?\nA. ${statement}\nB. Widgets are blue.`).A;

describe('GraphQL in the capability table', () => {
  it('gives GraphQL to AppSync and to none of the API Gateway types', () => {
    expect(ask('An API Gateway WebSocket API can host GraphQL subscriptions.')).toBe('false');
    expect(ask('A REST API in API Gateway offers a GraphQL endpoint.')).toBe('false');
    expect(ask('AppSync offers a managed GraphQL endpoint.')).toBe('true');
  });
});
