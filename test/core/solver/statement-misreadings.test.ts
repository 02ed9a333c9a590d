import { describe, expect, it } from 'vitest';
import { factIndex } from '../../../src/core/solver/fact-index.js';
import { truthsAgainst } from './statement-truths.js';

const truths = truthsAgainst(factIndex());
const ask = (statement: string, stem = 'Which statement about Amazon API Gateway is accurate?') => truths(`${stem}\nA. ${statement}\nB. Widgets are blue.`).A;

describe('statements read against the clause that speaks of them, not a look-alike', () => {
  it('does not take "generally available" for the availability of a feature to other API types', () => {
    expect(ask('Response caching can be turned on only for REST APIs.')).not.toBe('false');
  });

  it('prices only what is set against the other type before "than"', () => {
    expect(ask('REST APIs bring more features than HTTP APIs, whose requests cost less.')).not.toBe('false');
  });

  it('reads "403 error" as a status code, not a count', () => {
    expect(ask('A call lacking the key that its method requires gets a 403 error.')).not.toBe('false');
  });

  it('does not confirm an amount given for two API types compared the other way round', () => {
    expect(ask('REST APIs answer with up to 60% lower latency than HTTP APIs.')).not.toBe('true');
  });

  it('keeps a quota the closest statement says can be raised, whatever another quota says', () => {
    expect(ask('An API may have 10 stages by default, and that quota can be increased.')).not.toBe('false');
  });

  it('reads a timeout "of" an API type said to be raised as the timeout raise the table knows', () => {
    expect(ask('The timeout for an edge-optimized REST API can be extended past 29 seconds.')).not.toBe('true');
    expect(ask('The timeout of an HTTP API integration can be increased above 30 seconds.')).toBe('false');
  });

  it('reads an amount that ends its sentence as measuring what the sentence is about', () => {
    expect(ask('Each frame of a WebSocket message may be as large as 128 KB.')).toBe('false');
    expect(ask('Each WebSocket message may be as large as 128 KB.')).not.toBe('false');
  });

  it('does not give a feature to the service that something else is recommended over', () => {
    expect(ask('API Gateway is preferred over Lambda function URLs when a custom domain is needed.', 'Which statement about these AWS services is accurate?')).not.toBe('false');
  });

  it('does not hold what client-facing endpoints require against the backend hop', () => {
    expect(ask('API Gateway may call its backend integrations over plain HTTP.')).not.toBe('false');
  });

  it('reads a feature denied in the passive to the subject named after it', () => {
    expect(ask('AWS WAF cannot be attached to an Application Load Balancer.', 'Which statement about these AWS services is accurate?')).toBe('false');
    expect(ask('AWS WAF cannot be attached to an HTTP API.')).toBe('true');
  });

  it('refutes a year that the clause dating the same thing does not give', () => {
    expect(ask('HTTP APIs were announced in preview in 2016.')).toBe('false');
    expect(ask('HTTP APIs were announced in preview in December 2019.')).not.toBe('false');
  });
});

