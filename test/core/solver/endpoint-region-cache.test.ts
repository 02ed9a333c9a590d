import { describe, expect, it } from 'vitest';
import { factIndex, wordsOf } from '../../../src/core/solver/fact-index.js';
import { truthsAgainst } from './statement-truths.js';

const chapter = truthsAgainst(factIndex());
const FILLER = 'B. Private REST APIs are reached through an interface VPC endpoint.';

describe('an API said to be copied to other Regions', () => {
  it('is refuted by the one Region the facts put it in', () => {
    expect(chapter(`Which statement is correct?\nA. A Regional API is copied by API Gateway to several Regions for resilience.\n${FILLER}`)).toMatchObject({ A: 'false' });
    expect(chapter(`Which statement is correct?\nA. An edge-optimized API runs in each AWS Region the account has enabled.\n${FILLER}`)).toMatchObject({ A: 'false' });
  });

  it('stands when the copies are the team\'s own, or what spans the Regions is no copy of the API', () => {
    expect(chapter(`Which statement is correct?\nA. Route 53 latency routing can send callers to copies of the API that a team deploys in several Regions.\n${FILLER}`).A).not.toBe('false');
    expect(chapter(`Which statement is correct?\nA. With an edge-optimized endpoint, a custom domain name applies across all Regions.\n${FILLER}`).A).not.toBe('false');
  });
});

describe('a response kept to answer later', () => {
  it('is a cached response', () => {
    expect(wordsOf('The endpoint keeps a copy of each response')).toContain('cach');
    expect(wordsOf('Stored responses')).toContain('cach');
  });

  it('is refuted at the edge of an edge-optimized endpoint, which caches nothing', () => {
    expect(chapter(`Which statement is correct?\nA. Edge-optimized endpoints hold API responses at the edge so repeat calls skip the backend.\n${FILLER}`)).toMatchObject({ A: 'false' });
  });
});
