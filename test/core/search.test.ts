import { describe, expect, it } from 'vitest';
import { parseQuery, search, searchIndex } from '../../src/core/search.js';
import { single } from '../helpers/study-questions.js';

const questions = [
  { ...single('caching-001', 'caching'), stem: 'A read-heavy API should answer repeated GET requests from a cache. What should the team enable?', explanation: 'Stage caches.' },
  { ...single('auth-004', 'auth'), stem: 'Which authorizer validates a JSON Web Token?', explanation: 'JWT authorizers check tokens; responses can be cached for a TTL.' },
  { ...single('pricing-002', 'pricing'), stem: 'How are WebSocket APIs billed?' },
];
const index = searchIndex(questions);
const ids = (text: string, suspended?: Set<string>) => search(index, text, suspended).map((h) => h.question.id);

describe('search', () => {
  it('finds a word as typed or in another form, in the stem before an explanation', () => {
    expect(ids('caching')).toEqual(['caching-001', 'auth-004']);
    const hit = search(index, 'caching')[1]!;
    expect(hit.where).toBe('explanation');
    expect(hit.excerpt).toContain('cached for a TTL');
  });

  it('needs every word; finds part of a word while it is typed, and ids', () => {
    expect(ids('cache json')).toEqual(['auth-004']);
    expect(ids('websock')).toEqual(['pricing-002']);
    expect(ids('auth-004')).toEqual(['auth-004']);
    expect(ids('nothing-like-this')).toEqual([]);
  });

  it('keeps a topic, and suspended questions or the others', () => {
    expect(ids('topic:auth')).toEqual(['auth-004']);
    expect(ids('is:suspended', new Set(['pricing-002']))).toEqual(['pricing-002']);
    expect(ids('-is:suspended', new Set(['pricing-002']))).toEqual(['caching-001', 'auth-004']);
    expect(search(index, 'billed', new Set(['pricing-002']))[0]!.suspended).toBe(true);
  });

  it('says which parts of a query mean nothing', () => {
    expect(parseQuery('topic:cachin is:new cache').unknown).toEqual(['topic:cachin', 'is:new']);
  });
});
