import { describe, expect, it } from 'vitest';
import { chooseMetrics } from '../../../src/core/solver/metrics.js';

const options = [
  { letter: 'A', text: 'Latency' },
  { letter: 'B', text: 'IntegrationLatency' },
  { letter: 'C', text: 'Count' },
  { letter: 'D', text: '5XXError' },
];

describe('the measure a metrics question asks for is read from its question sentence first', () => {
  it('picks the backend time when the setting speaks of slowness but the question of the backend', () => {
    const scenario =
      'Shoppers complain that the checkout of a retailer built on an Amazon API Gateway REST API feels slow. Which CloudWatch metric gives the time spent waiting on the backend only, leaving out what the gateway adds?';
    expect(chooseMetrics(options, scenario, 1).choices).toEqual(['B']);
  });

  it('still picks the whole request time when that is what the question sentence asks', () => {
    const scenario = 'A payments team watches its Lambda backend closely. Which CloudWatch metric shows the end to end time of each request, gateway overhead included?';
    expect(chooseMetrics(options, scenario, 1).choices).toEqual(['A']);
  });
});
