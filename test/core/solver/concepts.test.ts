import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { CONCEPTS } from '../../../src/core/solver/concepts.js';
import { compilePattern } from '../../../src/core/solver/pattern.js';
import { WRITTEN_AS } from '../../../src/core/solver/phrases.js';
import { solve } from '../../../src/core/solver/solve.js';

const positive = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

describe('clue concepts', () => {
  it('every concept has examples here, and every example names a real concept', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(Object.keys(WRITTEN_AS).sort()).toEqual([...ids].sort());
  });

  it('every pattern compiles', () => {
    for (const concept of CONCEPTS) for (const pattern of concept.patterns) expect(() => compilePattern(pattern), `${concept.id}: ${pattern}`).not.toThrow();
  });

  for (const [id, phrases] of Object.entries(WRITTEN_AS)) {
    it.each(phrases)(`${id} ← %s`, (phrase) => {
      expect(positive(phrase)).toContain(id);
    });
  }

  it('reads a number whole, never a part of a decimal or grouped one', () => {
    const found = (pattern: string, text: string) => [...text.matchAll(compilePattern(pattern))].map((m) => m[0]);
    expect(found(String.raw`\d+ ?gb`, 'a 2.5 gb table')).toEqual([]);
    expect(found(String.raw`over \d+`, 'over 3.75 seconds')).toEqual([]);
    expect(found(String.raw`\d+ ?gb`, 'a 2 gb file, then 2.5.')).toEqual(['2 gb']);
    expect(positive('Each nightly export is a 0.5 GB database snapshot.')).not.toContain('large-payload');
    expect(positive('Each nightly export is 2,500 MB.')).toContain('large-payload');
  });

  it('ignores case and hyphenation', () => {
    expect(positive('PER-CLIENT QUOTAS')).toEqual(positive('per client quotas'));
    expect(positive('Edge-Optimized')).toContain('edge-optimized');
  });

  it('matches whole words only', () => {
    expect(positive('a chatbot')).not.toContain('realtime-app');
    expect(positive('albums of photos')).not.toContain('load-balance');
    expect(positive('the rapid prototype')).toContain('quick-endpoint');
  });

  it('quotes the words of the text as written', () => {
    const [clue] = findClues('Each Partner must get its OWN key.').filter((c) => c.concept === 'per-client-quota');
    expect(clue?.quote).toBe('Each Partner must get its OWN key');
  });

  it('lets the more specific concept keep shared words', () => {
    // "edge cache" is content delivery, not the gateway's response cache.
    expect(positive('control over edge cache behaviors')).not.toContain('api-cache');
    // header rewriting is parameter mapping (HTTP APIs do it), not body transformation.
    expect(positive('add a header to every request')).not.toContain('body-transform');
    // validating in the function is not the gateway's request validation.
    expect(positive('it will validate input inside the function')).not.toContain('request-validation');
  });

  it('does not mistake the API key header for an API', () => {
    expect(positive('no API keys are used')).not.toContain('api-context');
  });

  it('reads "no API management features" as no API features, not as no endpoint', () => {
    expect(positive('a public HTTPS URL and no API management features at all')).not.toContain('no-endpoint');
    expect(findClues('no API management features').some((c) => c.concept === 'no-endpoint')).toBe(false);
  });

  it('matches every word form of a term through its stem', () => {
    for (const phrase of ['the API is monetised', 'monetizing the API', 'metered calls for each customer']) expect(positive(phrase)).toContain('per-client-quota');
    for (const phrase of ['form submission', 'forms are submitted and processed']) expect(positive(`a static site whose contact ${phrase}`)).toContain('dynamic-backend');
  });

  it('reads a service named inside a feature the text rules out as part of that feature', () => {
    const clues = findClues('The operators want to avoid any hop through an API Gateway-managed CloudFront distribution.');
    expect(clues.some((c) => c.concept === 'managed-edge' && c.negated)).toBe(true);
    expect(clues.some((c) => c.concept === 'cdn' || c.concept === 'apigw-explicit')).toBe(false);
    // Wanted, a feature that names a service still says that service is wanted.
    expect(findClues('Clients need GraphQL subscriptions for live scores.').some((c) => c.concept === 'graphql' && !c.negated)).toBe(true);
  });

  it('reads a URL with a query string inside a sentence as part of the sentence', () => {
    expect(positive('Our gateway should store the results of /rates?currency=EUR for five minutes, one entry per currency.')).toContain('api-cache');
    expect(positive('Lookups of api.example.com/v1/rates?base=USD&sym=... are kept at the gateway for two minutes.')).toContain('api-cache');
  });

  it('reads a duration something is kept at the gateway for as a response cache', () => {
    expect(positive('Quotes must be held by the API for thirty seconds before the pricing service is asked again.')).toContain('api-cache');
  });

  it('reads the same request arriving many times as a need for a response cache', () => {
    expect(positive('Identical lookups reach the catalogue API hundreds of times per second.')).toContain('api-cache');
    expect(positive('The team wants to reduce backend invocations because uploads are now batched.')).not.toContain('api-cache');
  });

  it('reads ruling out a cache cluster of one\'s own as not ruling out the gateway\'s cache', () => {
    const clues = findClues('The owners want fewer function invocations without running their own cache cluster.');
    expect(clues.filter((c) => c.negated).map((c) => c.concept)).toEqual(['in-memory-cache']);
  });

  it('reads a program on the company\'s own compute that runs a function as direct invocation', () => {
    expect(positive('An hourly reconciliation script on a company server must trigger a Lambda function.')).toContain('direct-invoke');
    expect(positive('A worker process in a container on ECS invokes a Lambda function to resize images.')).toContain('direct-invoke');
  });

  it('reads code that calls a function and uses what it returns as direct invocation, and a function no URL reaches as no endpoint', () => {
    expect(positive('Each night the billing program calls the pricing function and parses the output it sends back.')).toContain('direct-invoke');
    expect(positive('The function must never be accessible from any public URL.')).toContain('no-endpoint');
    expect(positive('A migration tool on an EC2 instance calls a Lambda function for each batch.')).toContain('direct-invoke');
    expect(positive('The function should expose nothing over HTTPS.')).toContain('no-endpoint');
  });

  it('reads billing by connection minutes as connections that stay open', () => {
    expect(positive('Which of them is charged for connection minutes?')).toContain('two-way');
  });

  it('reads a static site named with a hyphenated word between "static" and "website"', () => {
    expect(positive('We are moving the static partner-portal website to AWS.')).toContain('static-site');
    expect(positive('The firewall needs static IP addresses for the website.')).not.toContain('static-site');
  });

  it('reads files for a site where nothing runs server-side code, or files needing a durable home, as static content', () => {
    expect(positive('Nothing on the support portal needs any server-side logic.')).toContain('static-site');
    expect(positive('The brochures and installers need a permanent home and quick delivery.')).toContain('static-site');
    const s = solve('A band wants to offer its album artwork, lyric sheets and MP3 samples to fans everywhere. The files need a durable home and fast HTTPS delivery on the band\'s own domain; nothing on the site runs server-side code. What should the band use?');
    expect(s.service).toBe('s3-cloudfront');
  });

  it('reads a call cut off at the 29-second limit as a need for a higher integration timeout', () => {
    expect(positive('The report query needs a minute, but every call is stopped after 29 seconds.')).toContain('timeout-raise');
    // A 504 at 29 seconds is the gateway's own limit, so a Regional REST API kept synchronous is not a load balancer's job.
    expect(solve('A Regional REST API fronts a report builder whose reports need about 75 seconds, and users receive a 504 after 29 seconds. The team wants to keep the API synchronous.').service).toBe('apigw-rest');
  });

  it('reads staying up through the loss of an instance or a zone, and spreading the traffic, as load balancing', () => {
    expect(positive('The shop must remain available even if one Availability Zone goes down.')).toContain('load-balance');
    expect(positive('Which service should spread the incoming traffic?')).toContain('load-balance');
  });
});
