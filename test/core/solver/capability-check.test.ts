import { describe, expect, it } from 'vitest';
import { judgeCapability, judgeFeatureForQuestion, readCapabilityClaim } from '../../../src/core/solver/capability-check.js';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import { solve } from '../../../src/core/solver/solve.js';

const truth = (text: string, subject?: Parameters<typeof judgeCapability>[1]) => judgeCapability(text, subject)?.truth ?? 'unknown';

describe('statements checked against the capability table', () => {
  it('reads the subject, the feature, its polarity and its quantifier', () => {
    expect(readCapabilityClaim('Stage variables can be defined only on REST API stages')).toMatchObject({ subjects: ['apigw-rest'], features: ['stage-variables'], lacks: false, quantifier: 'only' });
    expect(readCapabilityClaim('HTTP APIs offer no response cache')).toMatchObject({ subjects: ['apigw-http'], lacks: true, quantifier: 'plain' });
    expect(readCapabilityClaim('Every API type can use canary releases')).toMatchObject({ quantifier: 'every-type' });
    expect(readCapabilityClaim('Stage variables are read by the integration')).toBeUndefined();
  });

  it('refutes a feature limited to one type that every type has, and one given to a type that lacks it', () => {
    expect(truth('Stage variables can be defined only on REST API stages')).toBe('false');
    expect(truth('An HTTP API stage can keep responses in a cache for a TTL')).toBe('false');
    expect(truth('A Lambda function URL can meter each partner with an API key and a monthly quota')).toBe('false');
    expect(truth('Every API type can use canary releases')).toBe('false');
    expect(truth('A WebSocket API can be attached to an AWS WAF web ACL')).toBe('false');
  });

  it('limits an "only" claim to the types it names, not to those the statement then denies', () => {
    expect(readCapabilityClaim('Stage variables exist only in REST APIs and are not offered by HTTP or WebSocket APIs')).toMatchObject({ subjects: ['apigw-rest'], quantifier: 'only' });
    expect(truth('Stage variables exist only in REST APIs and are not offered by HTTP or WebSocket APIs')).toBe('false');
    expect(truth('Stage variables can be used only in REST and HTTP APIs, never in WebSocket APIs')).toBe('false');
    expect(truth('A stage cache is available only for REST APIs and cannot be turned on for HTTP APIs')).toBe('true');
  });

  it('gives automatic deployments to HTTP APIs alone, as the fact sheet lists them', () => {
    expect(truth('WebSocket APIs support automatic deployments of every change to their stages')).toBe('false');
    expect(truth('Automatic deployments are available in all three API types')).toBe('false');
  });

  it('confirms what the table gives the subject, and what it denies it when the statement denies it too', () => {
    expect(truth('A WebSocket API can run a Lambda authorizer when clients connect')).toBe('true');
    expect(truth('HTTP APIs have no AWS X-Ray tracing')).toBe('true');
    expect(truth('REST, HTTP and WebSocket APIs all support stage variables')).toBe('true');
    expect(truth('Mock integrations are available for WebSocket APIs')).toBe('true');
  });

  it('takes the subject of the question for an option that names none, to refute it only', () => {
    expect(truth('It can validate request bodies against a JSON schema model', 'apigw-http')).toBe('false');
    // ("It" may be a setting of the API: what the API has does not make the option true.)
    expect(truth('It can deploy changes automatically to its stages', 'apigw-http')).toBe('unknown');
  });

  it('reads a feature set against a price as claimed for the type priced', () => {
    expect(truth('WebSocket APIs offer request validation for less than REST APIs do', undefined)).toBe('unknown');
    const options = [{ letter: 'A', text: 'HTTP APIs give a response cache at a cheaper hourly rate than REST APIs' }];
    expect(judgeStatements({ scenario: '', question: 'Which statements about caching are correct?', options }).get('A')!.truth).toBe('false');
  });

  it('reads a feature claimed for one type against another as claimed for the first', () => {
    expect(truth('WebSocket APIs can attach AWS WAF rules more cheaply than REST APIs')).toBe('false');
    expect(truth('Unlike HTTP APIs, REST APIs can keep responses in a stage cache')).toBe('unknown');
  });

  it('gives route-level throttling to HTTP APIs and none to function URLs', () => {
    expect(truth('HTTP APIs can set throttling limits on a single route')).toBe('true');
    expect(truth('A Lambda function URL can throttle callers at a set rate')).toBe('false');
  });

  it('reads past a negation that only says how the feature works', () => {
    expect(truth('A mock integration can answer with a canned response without invoking any backend', 'apigw-http')).toBe('false');
    expect(truth('HTTP APIs cannot, without a Lambda function, offer a mock integration')).toBe('true');
  });

  it('reads a feature given to one type but not to another', () => {
    expect(readCapabilityClaim('Request validation is offered for WebSocket APIs but not for HTTP APIs')).toMatchObject({ subjects: ['apigw-websocket'], without: ['apigw-http'], lacks: false });
    expect(truth('Request validation is offered for WebSocket APIs but not for HTTP APIs')).toBe('true');
    expect(truth('Automatic deployments exist for REST APIs and not for HTTP APIs')).toBe('false');
    expect(truth('Stage variables can be used with REST APIs, not with HTTP APIs')).toBe('false');
  });

  it('completes the claim a question makes with the bare feature an option offers', () => {
    const asked = 'Which TWO capabilities exist only for REST APIs and not for HTTP APIs? (Choose TWO.)';
    expect(judgeFeatureForQuestion('Attaching an AWS WAF web ACL to a stage', asked)?.truth).toBe('true');
    expect(judgeFeatureForQuestion('Stage variables that select a backend', asked)?.truth).toBe('false');
    expect(judgeFeatureForQuestion('IAM authorization with signed requests', asked)?.truth).toBe('false');
    expect(judgeFeatureForQuestion('A WebSocket API with usage plans', asked)).toBeUndefined();
  });

  it('leaves a cell open when the statements read do not hold the fact it rests on', () => {
    expect(judgeCapability('HTTP APIs can keep responses in a stage cache', undefined, undefined, undefined, () => false)).toBeUndefined();
    expect(judgeCapability('HTTP APIs can keep responses in a stage cache', undefined, undefined, undefined, (id) => id === 'types.http-no-caching')?.truth).toBe('false');
  });

  it('leaves open what the table does not say', () => {
    expect(truth('A Lambda function URL can use CORS headers')).toBe('unknown');
    expect(truth('Use a REST API with usage plans instead of an HTTP API')).toBe('unknown');
  });

  it('is one of the judges of a question about statements', () => {
    const options = [
      { letter: 'A', text: 'Canary release deployments can be configured for HTTP API stages' },
      { letter: 'B', text: 'WebSocket APIs can be deployed to a private endpoint inside a VPC' },
    ];
    const judged = judgeStatements({ scenario: '', question: 'Which statements are correct?', options });
    expect(judged.get('A')!.truth).toBe('false');
    expect(judged.get('B')!.truth).toBe('false');
  });

  it('answers a question about which statements hold by what each API type has', () => {
    const s = solve(
      'An engineering team is comparing the three Amazon API Gateway API types before a redesign. Which TWO statements are correct? (Choose TWO.)\nA. Canary release deployments can be configured for HTTP API stages\nB. A WebSocket API can run a Lambda authorizer on its $connect route\nC. Only REST APIs can define stage variables\nD. HTTP APIs can keep responses in a stage cache to cut latency\nE. HTTP APIs can deploy changes to the $default stage automatically',
    );
    expect(s.choices).toEqual(['B', 'E']);
  });
});
