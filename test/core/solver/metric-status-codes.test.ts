import { describe, expect, it } from 'vitest';
import { chooseMetrics } from '../../../src/core/solver/metrics.js';

const options = [
  { letter: 'A', text: 'IntegrationLatency' },
  { letter: 'B', text: '5XXError' },
  { letter: 'C', text: 'CacheHitCount' },
  { letter: 'D', text: '4XXError' },
];

describe('a status code or its name tells which error metric counts the calls', () => {
  it('counts calls refused with a 4xx status under 4XXError', () => {
    const scenario = 'During a ticket release, a concert promoter sees its REST API answer a share of fans with HTTP 429 responses. Which CloudWatch metric will include those responses?';
    expect(chooseMetrics(options, scenario, 1).choices).toEqual(['D']);
  });

  it('reads throttling said in words, and calls the gateway sends away, as client errors', () => {
    const scenario = 'Since a partner started a batch job, the gateway has been sending many of its calls away with Too Many Requests. Which metric of the stage grows with these calls?';
    expect(chooseMetrics(options, scenario, 1).choices).toEqual(['D']);
  });

  it('counts a 5xx status under 5XXError, and a rate of requests is no status code', () => {
    const scenario = 'At 400 requests per second the API starts returning 502 Bad Gateway to some callers. Which metric counts those failures?';
    expect(chooseMetrics(options, scenario, 1).choices).toEqual(['B']);
  });
});
