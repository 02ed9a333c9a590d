import { describe, expect, it } from 'vitest';
import { metricNamed, metricNotOfType, metricOptions, metricsOfType } from '../../../src/core/solver/metrics.js';
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

  it('settles no letter when the words describe no metric: the letter is a best guess', () => {
    const s = solve('Which metric matters most here?\nA. Count\nB. Latency\nC. 4XXError');
    expect(s.guess?.letters).toEqual(s.choices);
    expect(s.confidence).toBeLessThanOrEqual(0.5);
  });

  it('does not count a metric the stem already watches, nor the measure it sets aside', () => {
    const s = solve("An HTTP API's Latency metric doubled overnight. The team wants to see the time its container backend takes, as opposed to the overhead of API Gateway. Which metric should it chart?\nA. Latency\nB. Count\nC. IntegrationLatency\nD. 4XXError");
    expect(s.choices).toEqual(['C']);
    const t = solve('A team watches the IntegrationLatency metric of its REST API and now wants the whole time a caller waits, instead of only the backend share. Which metric shows it?\nA. IntegrationLatency\nB. Latency\nC. CacheHitCount\nD. 5XXError');
    expect(t.choices).toEqual(['B']);
  });

  it('answers which metric an API type does not report from the metrics the statements list for each type', () => {
    const s = solve('Which of these is not among the CloudWatch metrics an HTTP API reports?\nA. Count\nB. DataProcessed\nC. CacheHitCount\nD. Latency');
    expect(s.choices).toEqual(['C']);
    const t = solve('A chat service runs on an API Gateway WebSocket API. All of the following metrics are published for it EXCEPT:\nA. ConnectCount\nB. MessageCount\nC. CacheMissCount\nD. IntegrationLatency');
    expect(t.choices).toEqual(['C']);
  });

  it('reads clients joining or opening a connection as the measure of new connections', () => {
    const s = solve('Players of a multiplayer quiz on a WebSocket API report that they often fail to get into a game, and the team wants to graph how often devices open a connection. Which metric should they graph?\nA. MessageCount\nB. ConnectCount\nC. Latency\nD. CacheHitCount');
    expect(s.choices).toEqual(['B']);
    const t = solve('Support wants a CloudWatch chart of how many browsers join the live auction room on its WebSocket API every minute. Which metric should they use?\nA. IntegrationLatency\nB. 4XXError\nC. ConnectCount\nD. MessageCount');
    expect(t.choices).toEqual(['C']);
  });
});

describe('metric options that mix in another service’s metric', () => {
  it('still reads the question as one about API Gateway metrics and never chooses the neighbour’s', () => {
    const s = solve('Users of an HTTP API say pages load slowly. The team wants to split the wait into the part its container backend takes and the part added by API Gateway itself. Which TWO metrics should it chart? (Choose TWO.)\nA. TargetResponseTime\nB. Latency\nC. 4XXError\nD. IntegrationLatency\nE. Count');
    expect(s.choices).toEqual(['B', 'D']);
    expect(s.trace[0]?.step).toBe('metrics');
  });

  it('does not take an Application Load Balancer metric for the backend time of an API', () => {
    const s = solve('A REST API fronts an AWS Lambda function. Which metric shows how long the backend integration takes to answer?\nA. TargetResponseTime\nB. IntegrationLatency\nC. CacheHitCount\nD. Count');
    expect(s.choices).toEqual(['B']);
  });

  it('leaves options that are mostly other services’ metrics to the other readings', () => {
    expect(metricOptions([{ letter: 'A', text: 'TargetResponseTime' }, { letter: 'B', text: 'HealthyHostCount' }, { letter: 'C', text: 'Latency' }])).toBe(false);
  });

  it('finds a metric claimed for an API type whose listed metrics leave it out, by its written name', () => {
    expect(metricNotOfType('WebSocket APIs publish a 4XXError metric.', ['apigw-websocket'])).toEqual({ metric: '4XXError', type: 'apigw-websocket' });
    expect(metricNotOfType('HTTP APIs publish the CacheHitCount metric.', ['apigw-http'])).toEqual({ metric: 'CacheHitCount', type: 'apigw-http' });
    expect(metricNotOfType('HTTP APIs publish 4xx and DataProcessed metrics.', ['apigw-http'])).toBeUndefined();
    expect(metricNotOfType('REST APIs publish IntegrationLatency.', ['apigw-rest'])).toBeUndefined();
    // (A plain word is a metric's name only beside "metric": "the count of connections" names none.)
    expect(metricNotOfType('WebSocket APIs keep a count of connections.', ['apigw-websocket'])).toBeUndefined();
  });

  it('bears out metrics claimed for a type that lists them, when the statement says no more than that they are sent', () => {
    expect(metricsOfType('HTTP APIs publish a DataProcessed metric.', ['apigw-http'])).toBe(true);
    expect(metricsOfType('WebSocket APIs send ConnectCount and MessageCount metrics to CloudWatch.', ['apigw-websocket'])).toBe(true);
    expect(metricsOfType('REST APIs publish an IntegrationLatency metric that leaves out the backend.', ['apigw-rest'])).toBe(false);
    expect(metricsOfType('WebSocket APIs publish a 4XXError metric.', ['apigw-websocket'])).toBe(false);
  });

  it('chooses the cache metrics for a question on how effective the cache is, in either word order', () => {
    const s = solve('A REST API has a stage cache. Which TWO CloudWatch metrics show how effective the cache is? (Choose TWO.)\nA. CacheHitCount\nB. IntegrationLatency\nC. CacheMissCount\nD. 4XXError\nE. Count');
    expect(s.choices).toEqual(['A', 'C']);
  });
});
