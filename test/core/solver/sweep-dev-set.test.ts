import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { factIndex } from '../../../src/core/solver/fact-index.js';
import { asTestItem, judge } from '../../../src/core/solver/measure.js';
import { solve } from '../../../src/core/solver/solve.js';
import { ROOT } from '../../e2e/terminal.js';
import { truthsAgainst } from './statement-truths.js';

/*
 * A development set of 60 whole lettered items written from the fact sheet in fresh wording (test/fixtures/solver-dev/sweep-f.yaml):
 * 25 single-answer (statements, EXCEPT/NOT, 429/504/403 and stale-change troubleshooting, LEAST overhead / MOST cost-effective
 * architectures), 20 choose-two/three of statements, 15 whose options paraphrase the facts with synonyms and other word forms.
 * Measured first try, before any fix: 46/60 right (76.7%), 14 wrong, 0 abstained. After this sweep's fixes: 54/60 (90.0%); with the other fixes merged beside it, 55/60.
 * The probes below (one per class fixed, written with the fixes) judged by the code this branch started from (171a077):
 * 7 right, 7 the opposite, 12 unsettled of 26; after: 25 right, 0 opposite, 1 unsettled.
 */
const FILE = join(ROOT, 'test', 'fixtures', 'solver-dev', 'sweep-f.yaml');
const items = (parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>[]).map((raw, i) => asTestItem(raw, i, 'sweep-f'));

/** Items the solver still gets wrong, each with why: expected to fail, so a fix shows. */
const KNOWN_MISSES: Record<string, string> = {
  'sf-41': 'A (execution logging enabled per stage) is not read as restating mon.per-stage ("Logging … enabled per stage"), and E (detailed metrics cannot be turned on per method) is not refuted by mon.metrics-automatic (per-method detailed metrics are opt-in)',
  'sf-58': 'A (HTTP API changes reach a stage without a manual deployment step) is not read as types.http-auto-deploy, and C (a Lambda memory change needs republishing) is not refuted by deploy.lambda-config-no-redeploy, so C is kept as the unsettled one',
};

describe('sweep-f development set, whole items', () => {
  for (const item of items) {
    const check = () => expect(judge(item, solve(item.text)).verdict).toBe('right');
    if (KNOWN_MISSES[item.id]) it.fails(`${item.id} (known miss: ${KNOWN_MISSES[item.id]})`, check);
    else it(item.id, check);
  }
});

const truths = truthsAgainst(factIndex());

/** Statements of the classes fixed in this sweep, each judged alone against the fact sheet: [factId, truth, question, statement]. */
const PROBES: [factId: string, truth: boolean, question: string, statement: string][] = [
  // scope words: the amount is right, the kind it is given per is not
  ['throttle.account-default', false, 'Which statement about the default throttle quota is correct?', 'It is 10,000 requests per second for each API.'],
  ['throttle.account-default', false, 'Which statement about the default throttle quota is correct?', 'It is 10,000 requests per second for each stage.'],
  ['throttle.account-default', false, 'Which statement about the default throttle quota is correct?', 'It is 10,000 requests per second for each client.'],
  ['throttle.account-default', true, 'Which statement about the default throttle quota is correct?', 'It is 10,000 requests per second for each account in each Region.'],
  ['throttle.account-default', false, 'Which statement about API Gateway throttling is correct?', 'The default quota of 10,000 requests per second applies to each API separately.'],
  ['ws.limits', false, 'Which statement about WebSocket APIs is correct?', 'A WebSocket API accepts 500 new connections per second for each route by default.'],
  // CloudWatch metric names as features of the API types, and what a metric counts in
  ['mon.cw-metrics-ws', false, 'Which statement about API Gateway metrics is correct?', 'WebSocket APIs publish a 4XXError metric.'],
  ['mon.cw-metrics-http', false, 'Which statement about API Gateway metrics is correct?', 'HTTP APIs publish the CacheHitCount and CacheMissCount metrics.'],
  ['mon.cw-metrics-ws', false, 'Which statement about API Gateway metrics is correct?', 'WebSocket APIs report the Latency metric.'],
  ['mon.cw-metrics-rest', false, 'Which statement about API Gateway metrics is correct?', 'The Latency metric of a REST API leaves out the time spent in the backend.'],
  ['mon.cw-metrics-http', true, 'Which statement about API Gateway metrics is correct?', 'HTTP APIs publish a DataProcessed metric.'],
  // the HTTP API's 30-second integration timeout against Lambda's 15 minutes, in other words for the timeout
  ['int.timeout-raisable', true, 'Which statement about timeouts is correct?', 'An HTTP API waits at most 30 seconds for an integration to respond.'],
  ['int.timeout-raisable', true, 'Which statement about timeouts is correct?', 'The integration timeout of an HTTP API is at most 30 seconds.'],
  ['int.timeout-raisable', false, 'Which statement about timeouts is correct?', 'An HTTP API can have its 30-second integration timeout raised through a quota increase.'],
  ['int.timeout-raisable', false, 'Which statement about timeouts is correct?', 'The integration timeout of an HTTP API can be raised to 15 minutes.'],
  ['int.lambda-timeout', true, 'Which statement about timeouts is correct?', 'A Lambda function can run for up to 15 minutes.'],
  // one item of a described list, in other words: "opens a connection" for "a connection is being initiated"
  ['ws.routes', true, 'Which statement about the routes of a WebSocket API is correct?', 'The $connect route runs when a client opens a connection.'],
  ['ws.routes', true, 'Which statement about the routes of a WebSocket API is correct?', 'The $connect route is invoked when a connection is established.'],
  // the language something is written in, named otherwise than the facts name it
  ['int.mapping-vtl', false, 'Which statement about REST API integrations is correct?', 'Mapping templates are written in Python.'],
  ['int.mapping-vtl', false, 'Which statement about REST API integrations is correct?', 'Mapping templates are authored in JavaScript.'],
  ['int.mapping-vtl', true, 'Which statement about REST API integrations is correct?', 'Mapping templates are written in Velocity Template Language.'],
  // advice AWS gives against, in other words: capping the bill is controlling costs
  ['throttle.best-effort', false, 'Which practice follows AWS guidance?', "Rely on usage plan quotas to cap the company's AWS bill."],
  ['throttle.best-effort', false, 'Which practice follows AWS guidance?', 'Rely on usage plans to keep monthly spending down.'],
  // a quota AWS sets, said to be raised by the customer in the passive
  ['throttle.burst-5000', false, 'Which statement about API Gateway throttling is correct?', 'The 5,000-request burst bucket can be raised through Service Quotas.'],
  // the AWS Free Tier is no usage plan, and what it "covers" must be what the facts bill
  ['cache.hourly-no-free-tier', false, 'Which statement about the API Gateway Free Tier is correct?', 'The Free Tier covers the hourly charge of API caching.'],
  ['price.free-tier-scope', true, 'Which statement about the API Gateway Free Tier is correct?', 'The Free Tier includes 1 million HTTP API calls per month for 12 months.'],
];

/** Probes the solver leaves unknown today, by their statement. */
const UNSETTLED = ['The Free Tier includes 1 million HTTP API calls per month for 12 months.'];

describe('sweep-f probes of the fixed classes', () => {
  it.each(PROBES)('%s is %s: %s %s', (_id, truth, question, statement) => {
    const verdict = truths(`${question}\nA. ${statement}\nB. Widgets are painted blue.`).A;
    expect(verdict).toBe(UNSETTLED.includes(statement) ? 'unknown' : String(truth));
  });
});
