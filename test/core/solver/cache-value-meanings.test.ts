import { describe, expect, it } from 'vitest';
import { factIndex } from '../../../src/core/solver/fact-index.js';
import { solve } from '../../../src/core/solver/solve.js';
import { truthsAgainst } from './statement-truths.js';

const truths = truthsAgainst(factIndex());
const ASK = 'Which statements about a REST API stage cache are accurate?';

describe('a cache claim read for what it says, not only for its number', () => {
  it('reads "unless someone picks another" as the default and "stays for" as the TTL, not as how long metrics are kept', () => {
    const t = truths(`${ASK}\nA. Out of the box, entries are kept for 300 seconds\nB. Cached entries are kept for one hour at most\nC. Unless a different TTL is configured, entries expire after five minutes`);
    expect(t).toEqual({ A: 'true', B: 'true', C: 'true' });
  });

  it('reads a response "kept in the cache" up to a size as the largest cached response', () => {
    expect(truths(`${ASK}\nA. A single response bigger than roughly 1 MB is never kept in the cache\nB. The cache is shared by every API in the account`).A).toBe('true');
  });

  it('reads "kept in the cache for" a time as the TTL, and "too large to be kept" as no claim that data survives', () => {
    const t = truths(`${ASK}\nA. A response may be kept in the cache for 3,600 seconds at most\nB. Responses above roughly 1 MB are too large to be kept in the stage cache\nC. Resizing the cache retains what it already holds`);
    expect(t).toEqual({ A: 'true', B: 'true', C: 'false' });
  });

  it('reads a TTL of zero for what the facts say it does: caching stops', () => {
    const t = truths(`${ASK}\nA. With the TTL at 0, entries are held until an administrator flushes them\nB. A TTL of zero seconds switches caching off\nC. Responses are never cached once the TTL is 0\nD. Putting the TTL at 0 does not disable the cache\nE. A TTL of 0 means entries never expire`);
    expect(t).toEqual({ A: 'false', B: 'true', C: 'true', D: 'false', E: 'false' });
  });

  it('reads another HTTP method claimed where the facts cache only GET by default', () => {
    const t = truths(`${ASK}\nA. PUT and GET calls are both cached by default\nB. By default only DELETE requests are cached\nC. PATCH responses are not cached by default`);
    expect(t.A).toBe('false');
    expect(t.B).toBe('false');
    expect(t.C).not.toBe('false');
  });

  it('answers a cache question whose true options give the TTL and size in other words', () => {
    const s = solve(
      `A bookshop enables the stage cache on its Amazon API Gateway REST API. Which TWO statements about this cache are correct? (Choose TWO.)\nA. Unless the team sets another TTL, entries remain for 300 seconds\nB. Setting the TTL to 0 keeps each entry until the cache is flushed\nC. PUT requests are cached by default along with GET requests\nD. A response over about 1 MB is not stored in the cache\nE. The cache is free for the first year under the Free Tier`,
    );
    expect(s.choices).toEqual(['A', 'D']);
  });
});
