import { describe, expect, it } from 'vitest';
import { metricNamed, metricOptions } from '../../../src/core/solver/metrics.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('options that are CloudWatch metrics', () => {
  it('knows a metric by its name alone, in either spelling of the error counts', () => {
    expect(metricNamed('IntegrationLatency')?.name).toBe('IntegrationLatency');
    expect(metricNamed('5xx')?.name).toBe('5XXError');
    expect(metricNamed('Integration latency of the backend')).toBeUndefined();
    expect(metricOptions([{ letter: 'A', text: 'Latency' }, { letter: 'B', text: 'Amazon CloudFront' }])).toBe(false);
  });

  it('chooses the metrics whose measure the question describes', () => {
    const s = solve('Callers of a REST API see many server errors and the team wants to know how often the stage cache answers. Which TWO metrics should they watch? (Choose TWO.)\nA. 5XXError\nB. CacheHitCount\nC. ConnectCount\nD. IntegrationLatency');
    expect(s.choices).toEqual(['A', 'B']);
    expect(s.trace[0]?.step).toBe('metrics');
  });

  it('gives no letter when the words describe no metric', () => {
    const s = solve('Which metric matters most here?\nA. Count\nB. Latency\nC. 4XXError');
    expect(s.choices).toEqual([]);
    expect(s.confidence).toBe(0);
  });
});
