import { describe, expect, it } from 'vitest';
import { factIndex } from '../../../src/core/solver/fact-index.js';
import { solve } from '../../../src/core/solver/solve.js';
import { truthsAgainst } from './statement-truths.js';

/**
 * Wordings of verified facts the statements check misread (issue 13, helper fix-i), each written
 * apart from any round: "X rather than Y" (Y is not asserted), a concessive tail ("however many
 * APIs exist") that speaks of nothing, "without any limit" for unlimited, a one-time setup fee for
 * an upfront fee, a small cap in words ("at most two stages") below the count the facts give. Measured before the fixes: 3 right, 11 unknown, 1 wrong of 15; none may be judged the opposite
 * of the facts, and those the solver cannot settle yet are listed in UNSETTLED.
 */
type Probe = [factId: string, truth: boolean, topic: string, statement: string];

export const PROBES: Probe[] = [
  // "X rather than / instead of Y": Y is what the statement denies.
  ['throttle.burst-5000', true, 'API Gateway throttling', 'The size of the burst bucket is chosen by AWS instead of being raised by the customer.'],
  ['throttle.burst-5000', true, 'API Gateway throttling', 'AWS fixes the burst capacity rather than having it adjusted by customers.'],
  ['throttle.burst-5000', false, 'API Gateway throttling', 'Customers raise the burst bucket themselves rather than asking AWS.'],
  // A concessive tail ("however many …", "no matter how many …") adds no topic of its own.
  ['throttle.account-default', false, 'API Gateway throttling', 'Each API gets a separate 10,000 requests per second quota, no matter how many APIs the company publishes or maintains.'],
  ['throttle.account-default', false, 'API Gateway throttling', 'Every API is given its own 10,000 requests per second limit, however many APIs exist.'],
  ['throttle.account-default', true, 'API Gateway throttling', "An account's APIs in one Region share a single 10,000 requests per second quota, regardless of how many APIs there are."],
  // "Without any limit" is unlimited.
  ['throttle.soft-limit', false, 'API Gateway throttling', 'API Gateway scales without any limit on requests per second.'],
  ['throttle.soft-limit', false, 'API Gateway throttling', 'API Gateway scales with no ceiling at all, so a quota increase is never needed.'],
  // A one-time or setup fee is an upfront fee.
  ['price.model', false, 'API Gateway pricing', 'Creating a REST API incurs a one-time setup fee.'],
  ['price.model', false, 'API Gateway pricing', 'An HTTP API carries an initial set-up charge before its calls are billed.'],
  // A small cap in words ("at most two stages") against the larger count the facts give.
  ['deploy.stages', false, 'API Gateway stages', 'An API can have at most three stages.'],
  ['deploy.stages', false, 'API Gateway stages', 'Each API is limited to just two stages, dev and prod.'],
  ['deploy.stages', true, 'API Gateway stages', 'Each API may have up to 10 stages by default.'],
  // Throttled calls get 429.
  ['throttle.429', true, 'API Gateway throttling', 'Calls over the throttle limit are turned away with status code 429.'],
  ['throttle.429', false, 'API Gateway throttling', 'Calls over the throttle limit are turned away with status code 503.'],
];

/** Probes the facts do not settle yet: judging them unknown is allowed, judging them the wrong way never is. */
const UNSETTLED: string[] = [
  'The size of the burst bucket is chosen by AWS instead of being raised by the customer.',
  'AWS fixes the burst capacity rather than having it adjusted by customers.',
  'Customers raise the burst bucket themselves rather than asking AWS.',
  'Calls over the throttle limit are turned away with status code 429.',
];

const STEMS = [
  (topic: string) => `Which statement about ${topic} is correct?`,
  (topic: string) => `A team lists assumptions about ${topic}. Which assumption is accurate?`,
  (topic: string) => `Which of the following statements about ${topic} is true?`,
];

const truths = truthsAgainst(factIndex());

function verdictOf([, , topic, statement]: Probe, at: number): string {
  return truths(`${STEMS[at % STEMS.length]!(topic)}\nA. ${statement}\nB. Widgets are painted blue.`).A!;
}

describe('wordings of throttling and pricing facts, read as true and false statements', () => {
  const verdicts = PROBES.map((probe, at) => ({ probe, verdict: verdictOf(probe, at) }));
  const expected = (truth: boolean) => (truth ? 'true' : 'false');

  it('judges no statement the opposite of the facts', () => {
    const wrong = verdicts.filter(({ probe, verdict }) => verdict !== 'unknown' && verdict !== expected(probe[1]));
    expect(wrong.map(({ probe }) => probe[3])).toEqual([]);
  });

  it('settles every statement not listed as unsettled', () => {
    const unknown = verdicts.filter(({ verdict }) => verdict === 'unknown').map(({ probe }) => probe[3]);
    const right = verdicts.filter(({ probe, verdict }) => verdict === expected(probe[1])).length;
    console.info(`wordings-i: ${right} right, ${unknown.length} unknown, ${PROBES.length - right - unknown.length} wrong of ${PROBES.length}`);
    expect(unknown.filter((statement) => !UNSETTLED.includes(statement))).toEqual([]);
  });
});

/** Whole questions built from the probes. */
const QUESTIONS: [text: string, key: string[]][] = [
  [
    'A games studio is checking its notes on how Amazon API Gateway throttles calls. Which TWO notes are correct? (Choose TWO.)\nA. The burst bucket is sized by AWS rather than adjusted by the customer\nB. Each API gets its own 10,000 requests per second quota, no matter how many APIs the account has\nC. Throttled callers receive HTTP 403 Forbidden\nD. The default quota is 10,000 requests per second per account in a Region\nE. Usage plan quotas are hard ceilings that clients can never exceed',
    ['A', 'D'],
  ],
  [
    'A payments team is load-testing Amazon API Gateway. Which TWO of its assumptions are correct? (Choose TWO.)\nA. API Gateway scales with no ceiling at all, so quotas never apply\nB. The default quota is 10,000 requests per second per account in a Region\nC. Customers can enlarge the 5,000-request burst bucket themselves\nD. Usage plan quotas are best-effort targets that clients can exceed\nE. HTTP APIs give each client its own quota through usage plans',
    ['B', 'D'],
  ],
  [
    // ("Which … should they expect?" asks what the sentence before it names: here, what is billed.)
    'A museum runs an Amazon API Gateway REST API in one Region. Its accountant wants to know what API Gateway will put on the invoice. Which TWO should the accountant expect? (Choose TWO.)\nA. A one-time setup fee charged when the API is created\nB. A charge per million API calls received\nC. A fixed monthly fee for each route\nD. Charges for data transferred out to callers',
    ['B', 'D'],
  ],
];

describe('whole questions made of the probes', () => {
  it.each(QUESTIONS)('answers %s', (text, key) => {
    expect(solve(text).choices).toEqual(key);
  });
});
