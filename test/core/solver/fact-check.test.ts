import { describe, expect, it } from 'vitest';
import { chooseStatements } from '../../../src/core/solver/fact-answer.js';
import { judgeStatements } from '../../../src/core/solver/fact-check.js';
import { factIndex, indexFacts } from '../../../src/core/solver/fact-index.js';
import { tableLine } from '../../../src/core/solver/line-table.js';
import { splitOptions } from '../../../src/core/solver/options.js';
import { solve } from '../../../src/core/solver/solve.js';
import { truthsAgainst } from './statement-truths.js';

// Statements about imaginary features, so that the reading, not the chapter's facts, is tested.
const INDEX = indexFacts(
  [
    tableLine('mirror.rest-only', 'Response mirroring is available only for REST APIs; HTTP APIs have no mirror.'),
    tableLine('ledger.price', 'The audit ledger is billed per hour according to the selected ledger size.'),
    tableLine('ledger.get-only', 'When the audit ledger is enabled, only GET requests are recorded by default.'),
    tableLine('ledger.status', 'Requests refused by the audit ledger receive HTTP 423 Locked.'),
    tableLine('beacon.pulse', 'Beacon pulses are emitted automatically every minute for each stage.'),
    tableLine('beacon.quota', 'The beacon quota is set by the service team from the pulse rate; customers neither control nor request it.'),
    tableLine('tunnel.tls', 'Tunnel endpoints accept only encrypted connections, never unencrypted ones (clients use tls:// addresses).'),
    tableLine('beacon.kept', 'Beacon records are kept for 15 months in the archive.'),
    tableLine('ledger.entry', 'A ledger entry lives from 0 to 7,200 seconds.'),
    tableLine('http.no-checks', 'HTTP APIs have no schema checks.'),
    tableLine('ledger.schema', 'Ledger entries follow one schema.'),
    tableLine('ws.signers', 'WebSocket APIs support Quartz signers and Lambda ORBIT signers (checked on every hop), and keep no ledger.'),
    tableLine('beacon.slots', 'A stage can hold 8 beacon slots by default, and this quota can be increased.'),
    tableLine('relay.price', 'HTTP API relay pulses cost $2.00 per million (first 500 million per month) versus $0.50 per million for REST APIs (first 400 million), so REST relay pulses are cheaper.'),
    tableLine('beacon.tokens', 'AWS says not to use beacon tokens for authentication or authorization; beacon tokens only identify callers.'),
    tableLine('beacon.signals', 'Beacon signals are WakeUp, SleepNow and PingBack, and you can add your own.'),
    tableLine('tunnel.modes', 'Tunnels come in three modes: direct, relayed and mirrored.'),
    tableLine('beacon.rate', 'The default beacon rate is 400 pulses per second per account, shared across all stages.'),
    tableLine('beacon.history', 'The default 400 pulses per second and 200 burst date from 2019, when they were raised from 40 pulses per second and a 20 burst.'),
  ].join('\n'),
);

const truths = truthsAgainst(INDEX);

describe('statements judged against the facts', () => {
  it('refutes a limit said to be raisable where the facts say it is not increasable', () => {
    expect(truthsAgainst(factIndex())('Which statement about WebSocket API limits is correct?\nA. The 29-second WebSocket integration timeout can be increased through a Service Quotas request.\nB. A WebSocket message can carry up to 128 KB.')).toMatchObject({ A: 'false' });
  });
  it('reads each of two amounts of one measure against the clause whose words it shares, not both against one amount', () => {
    const judged = truths('Which statement describes the default beacon rate?\nA. 400 pulses per second per account, with a burst of 200 pulses\nB. 200 pulses per second per account, with a burst of 400 pulses');
    expect(judged.A).not.toBe('false');
    expect(judged.B).toBe('false');
  });

  it('does not hold amounts read in one clause in another order, nor one the facts give as the lowest', () => {
    const index = indexFacts([tableLine('beacon.rate', 'Each stage sends 40 beacon pulses per minute and a burst of 10 beacon pulses.'), tableLine('ledger.entry', 'A ledger entry lives from 0 to 7,200 seconds.'), tableLine('widget.colour', 'Widgets are painted blue.')].join('\n'));
    const { scenario, options } = splitOptions('Which statement is correct?\nA. A stage sends 40 beacon pulses per minute, with a burst of 10 beacon pulses.\nB. A stage sends 10 beacon pulses per minute, with a burst of 40 beacon pulses.\nC. A ledger entry lives 0 seconds.');
    const judged = judgeStatements({ scenario, question: scenario, options }, index);
    expect(judged.get('A')!.truth).toBe('true');
    expect(judged.get('B')!.truth).not.toBe('true');
    expect(judged.get('C')!.truth).not.toBe('true');
  });
  it('holds a charge the facts bill the API type for, whatever else the option says', () => {
    const index = indexFacts([tableLine('price.kinds', 'No fees up front: REST and HTTP APIs charge for relay hops received plus bytes sent onward; WebSocket APIs charge for pings plus socket hours.'), tableLine('ledger.billed', 'The ledger archive is billed per hour according to its size.'), tableLine('beacon.kept', 'Beacon records are kept for 15 months.')].join('\n'));
    const { scenario, options } = splitOptions('A team is budgeting for a WebSocket API. What will this API be billed for?\nA. The pings it handles and the hours its sockets stay open\nB. The relay hops it receives\nC. Each hour the ledger archive runs, by its size');
    const judged = judgeStatements({ scenario, question: scenario, options, subject: 'apigw-websocket' }, index);
    expect(Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]))).toEqual({ A: 'true', B: 'unknown', C: 'true' });
  });
  it('refutes an option that lets a required shape be anything, or says part of what is passed whole is dropped', () => {
    const index = indexFacts([tableLine('relay.shape', 'A relay hop hands the entire message (header lines, routing tags, payload) to the sorter, which must answer with a fixed envelope (code, tags, payload).'), tableLine('widget.colour', 'Widgets are painted blue.')].join('\n'));
    const { scenario, options } = splitOptions('Which statement about a relay hop is correct?\nA. The sorter may answer a relay hop with whatever envelope it likes.\nB. A relay hop strips the routing tags before the message reaches the sorter.\nC. Only the payload is passed to the sorter on a relay hop.\nD. Widgets are painted blue.');
    const judged = judgeStatements({ scenario, question: scenario, options }, index);
    expect(Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]))).toMatchObject({ A: 'false', B: 'false', C: 'false' });
  });
  it('denies each feature of a list an API type is said to lack, and refutes a step the facts say happens on its own', () => {
    const index = indexFacts([tableLine('http.gaps', 'Mirrors are REST-only, and HTTP APIs also lack beacon journals and Kinesis relay journals: they are watched with pulses only.'), tableLine('pulse.auto', 'Pulses are sent to the dashboard automatically every minute.'), tableLine('widget.colour', 'Widgets are painted blue.'), tableLine('widget.size', 'Widgets are 3 cm wide.'), tableLine('gadget.price', 'Gadgets are billed per hour.'), tableLine('gizmo.region', 'Gizmos run in every Region.')].join('\n'));
    const { scenario, options } = splitOptions('Which statement is correct?\nA. HTTP APIs write beacon journals for each stage.\nB. An HTTP API keeps relay journals in Kinesis.\nC. Pulses must be switched on by hand before the dashboard gets them.');
    const judged = judgeStatements({ scenario, question: scenario, options }, index);
    expect(Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]))).toMatchObject({ A: 'false', B: 'false', C: 'false' });
  });
  it('refutes a value in capitals that no statement gives, where the closest clause lists the values', () => {
    const index = indexFacts([tableLine('beacon.mode', 'The beacon mode of a stage is QUIET, NORMAL or LOUD, chosen per stage.'), tableLine('widget.colour', 'Widgets are painted blue.'), tableLine('widget.size', 'Widgets are 3 cm wide.'), tableLine('gadget.price', 'Gadgets are billed per hour.')].join('\n'));
    const { scenario, options } = splitOptions('Which statement is correct?\nA. A stage can put its beacon in SILENT mode as well as LOUD mode.\nB. The beacon mode of a stage can be QUIET or LOUD.');
    const judged = judgeStatements({ scenario, question: scenario, options }, index);
    expect(judged.get('A')!.truth).toBe('false');
    expect(judged.get('B')!.truth).not.toBe('false');
  });
  it('answers what an API is charged for as statements, not as a choice of service', () => {
    const s = solve('A start-up is budgeting for a new Amazon API Gateway HTTP API. Which TWO will it be charged for? (Choose TWO.)\nA. The API calls it receives\nB. A fixed fee for every route defined\nC. The data it transfers out to callers\nD. A monthly minimum fee for each stage');
    expect(s.choices).toEqual(['A', 'C']);
  });
  it('judges one API type said to cost less or more than another by the first price the facts give each', () => {
    expect(truths('Which statement about relay pricing is correct?\nA. REST relay pulses are billed less than HTTP API relay pulses.\nB. An HTTP API has a lower price per relay pulse than a REST API has.\nC. A WebSocket API is pricier than a REST API for relay pulses.')).toMatchObject({ A: 'true', B: 'false', C: 'unknown' });
    expect(truths('Which statement is correct?\nA. An HTTP API is pricier than a REST API for relay pulses.\nB. REST APIs are dearer than HTTP APIs for relay pulses.')).toMatchObject({ A: 'true', B: 'false' });
  });
  it('holds a pair of amounts each at its own bound, though a written claim reads one bound for the other', () => {
    const { scenario, options } = splitOptions('Which statement about the stage cache of a REST API is correct?\nA. The default TTL is 300 seconds, and the TTL can be raised to at most 3,600 seconds.\nB. The default TTL is 3,600 seconds, and the TTL can be raised to at most 300 seconds.');
    const judged = judgeStatements({ scenario, question: scenario, options, subject: 'apigw-rest' });
    expect(judged.get('A')!.truth).toBe('true');
    expect(judged.get('B')!.truth).toBe('false');
  });
  it('holds a statement whose every amount is the one the facts give at its bound, in any unit', () => {
    expect(truths('Which statement is correct?\nA. A ledger entry can live for at most two hours.\nB. A ledger entry can live for at most three hours.\nC. A stage can hold 8 beacon slots by default.')).toMatchObject({ A: 'true', B: 'false', C: 'true' });
    expect(truths('Which statement is correct?\nA. Out of the box each stage is given 8 beacon slots, a quota that can be raised.\nB. By default a stage holds 12 beacon slots.')).toMatchObject({ A: 'true', B: 'false' });
  });
  it('refutes a use the facts advise against: something said to be enough for security', () => {
    expect(truths('Which statement is correct?\nA. A beacon token alone is enough to authenticate callers securely.\nB. Beacon tokens are kept for years.')).toMatchObject({ A: 'false', B: 'unknown' });
  });
  it('reads a bill for the case\'s count from prices per million, and the saving between two bills', () => {
    const text = 'A team expects 200 million relay pulses a month. Which estimate is correct?\nA. The REST API would pay about $100 and the HTTP API about $400, so the REST API saves about $300.\nB. The REST API would pay about $400 and the HTTP API about $100.';
    expect(truths(text)).toMatchObject({ A: 'unknown', B: 'false' });
  });
  it('refutes a feature claimed for an API type the facts say lacks it, named or asked about', () => {
    expect(truths('Which statement is correct?\nA. An HTTP API can mirror responses to a second backend.\nB. A REST API can mirror responses.')).toEqual({ A: 'false', B: 'unknown' });
    expect(truths('Which can this HTTP API use?\nA. Response mirroring to a test backend\nB. Audit ledger recording', 'apigw-http')).toMatchObject({ A: 'false' });
  });

  it('refutes "free" against a price, "all" against "only", a status code against another, and a choice the facts deny customers', () => {
    expect(
      truths(
        'Which TWO statements about the audit ledger are correct?\nA. The ledger size costs nothing extra and is included in the request price.\nB. Once the ledger is on, GET, POST and DELETE requests are all recorded by default.\nC. Refused requests receive HTTP 409 Conflict.\nD. Customers choose the beacon quota themselves in the console.\nE. The ledger is sized when it is enabled.',
      ),
    ).toEqual({ A: 'false', B: 'false', C: 'false', D: 'false', E: 'unknown' });
  });

  it('names a short feature only whole: a word of it alone is another thing', () => {
    expect(truths('Which can this HTTP API use?\nA. Schema checks on every body\nB. A token that the issuer checks', 'apigw-http')).toEqual({ A: 'false', B: 'unknown' });
  });

  it('reads the features a question asks one API type to use as claims that it has them', () => {
    const s = solve('A team runs an Amazon API Gateway HTTP API. Which TWO ways to control access can an HTTP API use? (Choose TWO.)\nA. A resource policy that allows only the partner accounts\nB. IAM authorization with signed requests\nC. An AWS WAF web ACL on the stage\nD. A JWT authorizer that checks tokens from the identity provider');
    expect(s.choices).toEqual(['B', 'D']);
  });

  it('reads a fact that denies the option\'s own word as the opposite, and an amount some close clause gives as no contradiction', () => {
    expect(truths('Which statement is correct?\nA. Clients open unencrypted tunnel connections.\nB. A ledger entry can be kept for at most 7,200 seconds.\nC. A ledger entry can be kept for at most 9,000 seconds.')).toEqual({ A: 'false', B: 'true', C: 'false' });
  });

  it('reads a name among names against the statement that lists the others', () => {
    expect(truths('Which of these is a beacon signal?\nA. WakeUp\nB. PingBack\nC. BlinkTwice\nD. SleepNow')).toEqual({ A: 'true', B: 'true', C: 'false', D: 'true' });
  });

  it('reads a plain word among plain words against the statement that lists the others, less the words every option shares', () => {
    expect(truths('Which of the following is NOT a tunnel mode?\nA. Relayed\nB. Broadcast\nC. Direct\nD. Mirrored')).toEqual({ A: 'true', B: 'false', C: 'true', D: 'true' });
    expect(truths('Which tunnel mode does not exist?\nA. A direct tunnel\nB. A mirrored tunnel\nC. A relayed tunnel\nD. A looped tunnel')).toEqual({ A: 'true', B: 'true', C: 'true', D: 'false' });
  });

  it('refutes an item of a kind an API type supports when the facts list that kind for it without the item', () => {
    expect(truths('Which signers can this WebSocket API use?\nA. Quartz signers on the route\nB. A Lambda signer of the COMET type\nC. A Lambda ORBIT signer for each hop\nD. A Pebble signer', 'apigw-websocket')).toEqual({ A: 'unknown', B: 'false', C: 'unknown', D: 'false' });
    expect(truths('Which signers can this HTTP API use?\nA. A Lambda signer of the COMET type\nB. A Pebble signer', 'apigw-http')).toEqual({ A: 'unknown', B: 'unknown' });
  });

  it('refutes a feature claimed for several API types alike when one of them lacks it', () => {
    expect(truths('Which statement is correct?\nA. Response mirroring works on HTTP APIs as well as REST APIs.\nB. Response mirroring works on REST APIs.')).toEqual({ A: 'false', B: 'unknown' });
  });

  it('refutes a limit called fixed when the facts say the quota can be raised', () => {
    expect(truths('Which statement is correct?\nA. Beacon slots per stage cannot be raised above their starting number.\nB. A stage holds beacon slots.')).toEqual({ A: 'false', B: 'true' });
  });

  it('refutes from the chapter\'s facts a connection table kept without code, latency looked up in CloudTrail and an unencrypted ws:// address', () => {
    const { scenario, options } = splitOptions('Which statement about a WebSocket API is correct?\nA. The gateway saves every connection ID into DynamoDB on its own, with no code from the team.\nB. Operators open CloudTrail to find how slow each request\'s integration was, its latency.\nC. Viewers reach the API through an unencrypted ws:// URL.');
    const judged = judgeStatements({ scenario, question: scenario, options, subject: 'apigw-websocket' });
    expect(options.map((o) => judged.get(o.letter)!.truth)).toEqual(['false', 'false', 'false']);
  });

  it('answers a NOT question over a list with the one name the list lacks', () => {
    const s = solve('An engineer adds alarms to an Amazon API Gateway REST API stage. Which one is NOT among the CloudWatch metrics API Gateway reports for the REST API?\nA. 4XXError\nB. Latency\nC. Invocations\nD. CacheMissCount');
    expect(s.choices).toEqual(['C']);
    expect(s.confidence).toBeLessThan(0.8);
  });

  it('answers an EXCEPT question on one API type with the feature the facts deny it', () => {
    const s = solve('A team weighs moving its service onto an Amazon API Gateway HTTP API. All of the following can be used with an HTTP API EXCEPT:\nA. Lambda authorizers that check a custom header\nB. Usage plans that meter each customer\'s API key\nC. A custom domain name for the API\nD. Throttling limits on a single route');
    expect(s.choices).toEqual(['B']);
  });

  it('reads a stem that ends in "EXCEPT:" as its question, so the type it names is the subject though the story names two', () => {
    const s = solve('A broker runs an Amazon API Gateway REST API and will rebuild it as an HTTP API. Each of the following is also offered by HTTP APIs EXCEPT:\nA. Route-level throttling limits\nB. Lambda authorizers for partner tokens\nC. Canary release deployments on a stage\nD. Stage variables');
    expect(s.choices).toEqual(['C']);
  });

  it('reads a question on what the chosen API type supports as claims that it has each option', () => {
    const s = solve('A studio has picked the HTTP API type for a new Amazon API Gateway API. Which TWO features will it be able to use? (Choose TWO.)\nA. A stage cache with a five-minute time-to-live\nB. A JWT authorizer for tokens from its identity provider\nC. Usage plans with per-key quotas\nD. Automatic deployment of each change to the $default stage');
    expect(s.choices).toEqual(['B', 'D']);
  });

  it('reads a denial as no contradiction', () => {
    expect(truths('Which statement is correct?\nA. Customers cannot set the beacon quota themselves.\nB. The audit ledger is not free of charge.')).toEqual({ A: 'unknown', B: 'unknown' });
    expect(truths('Which statement is correct?\nA. Beacon pulses only appear after an agent is installed.\nB. Beacon pulses are emitted every minute.')).toEqual({ A: 'false', B: 'true' });
  });

  it('chooses the statements left standing when every other one is refuted, and the refuted ones when asked which are not correct', () => {
    const judged = new Map([
      ['A', { truth: 'false' as const, strength: 1, why: '' }],
      ['B', { truth: 'unknown' as const, strength: 0, why: '' }],
      ['C', { truth: 'unknown' as const, strength: 0, why: '' }],
    ]);
    const options = ['A', 'B', 'C'].map((letter) => ({ letter, text: '' }));
    expect(chooseStatements(options, judged, 2, false)).toEqual(['B', 'C']);
    expect(chooseStatements(options, judged, 1, false)).toEqual([]);
    expect(chooseStatements(options, judged, 1, true)).toEqual(['A']);
  });

  it('answers a question about the chapter by refuting all but the asked number of statements', () => {
    const s = solve(
      'An architect reviews notes about the cache of an Amazon API Gateway REST API. Which TWO notes are accurate statements? (Choose TWO.)\nA. The cache is included in the Free Tier at no extra cost.\nB. Caching is enabled per stage, where a cache size is chosen.\nC. HTTP APIs can reuse the same cache when they call the same backend.\nD. The TTL of a cached response can be set from 0 up to one hour.\nE. A throttled caller receives HTTP 503 Service Unavailable.',
    );
    expect(s.choices).toEqual(['B', 'D']);
    expect(s.confidence).toBeLessThan(0.8);
  });
});

describe('statements about what holds for every API type, and what waits for a deployment', () => {
  const FACTS = indexFacts(
    [
      tableLine('dial.slots', 'Each stage holds its own dial slots and dial settings, and an API can have 12 dial slots by default.'),
      tableLine('mirror.rest-only', 'Response mirroring is available only for REST APIs; HTTP APIs have no mirror.'),
      tableLine('dial.redeploy', 'After any change to a dial rule you must redeploy the API to a stage.'),
    ].join('\n'),
  );
  const judge = (text: string) => {
    const { scenario, options } = splitOptions(text);
    const judged = judgeStatements({ scenario, question: scenario, options }, FACTS);
    return Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]));
  };

  it('refutes a feature limited to some API types when the facts give it to every type, not one the facts limit too', () => {
    expect(judge('Which statement is correct?\nA. Only WebSocket APIs give each stage its own dial slots and dial settings.\nB. Only REST APIs offer response mirroring.')).toEqual({ A: 'false', B: 'unknown' });
  });
  it('reads "at all" as emphasis, not as "every" against a clause that says "only"', () => {
    expect(truths('Which statement is correct?\nA. Once it is enabled, the audit ledger records GET requests by default, if it records anything at all.\nB. With the audit ledger enabled, all requests are recorded by default.')).toMatchObject({ A: 'unknown', B: 'false' });
  });
  it('refutes a change said to be live at once when the facts require a deployment first', () => {
    expect(judge('Which statement is correct?\nA. A changed dial rule takes effect on every stage immediately, with no further step.\nB. Dial rules are kept per API.')).toMatchObject({ A: 'false' });
  });
});

describe('statements that restate one clause of the facts', () => {
  const index = indexFacts(
    [
      tableLine('relay.mirror', 'Relay mirroring copies each request to a shadow backend for REST APIs, on custom domain names.'),
      tableLine('beacon.sign', 'With beacon signing, callers stamp requests with a Quartz signature and the service checks their stamps.'),
      tableLine('http.no-ledger', 'HTTP APIs do not support audit ledgers, ledger quotas or per-client ledger limits.'),
      tableLine('widget.colour', 'Widgets are painted blue at the factory before shipping.'),
    ].join('\n'),
  );
  const judge = (text: string) => {
    const { scenario, options } = splitOptions(text);
    const judged = judgeStatements({ scenario, question: scenario, options }, index);
    return Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]));
  };
  it('holds an option whose words one clause says, in other order and inflection', () => {
    expect(judge('Which statement is correct?\nA. On custom domain names, REST APIs can mirror requests to a shadow backend.\nB. Callers stamping their requests with a Quartz signature is how beacon signing works.')).toEqual({ A: 'true', B: 'true' });
  });
  it('does not hold one that stretches the clause, speaks of another API type, or says what the clause denies', () => {
    expect(judge('Which TWO statements are correct?\nA. Only REST APIs mirror requests to a shadow backend on custom domain names.\nB. HTTP APIs can mirror each request to a shadow backend on custom domain names.\nC. HTTP APIs support audit ledgers and per-client ledger limits.')).toEqual({ A: 'unknown', B: 'unknown', C: 'false' });
  });
  it('reads no restatement when the question does not ask about statements', () => {
    expect(judge('Which TWO should the team paint?\nA. Widgets painted blue at the factory before shipping.\nB. Nothing.')).toMatchObject({ A: 'unknown' });
  });
});

describe('a feature named by its rarest word, and a step the facts say is never automatic', () => {
  const filler = Array.from({ length: 140 }, (_, i) => tableLine(`filler.${i}`, `Widget batch ${i} is painted at the factory and shipped by truck.`));
  const index = indexFacts(
    [
      ...filler,
      tableLine('zephyr.rollout', 'A zephyr rollout deployment (REST APIs only) sends a set share of a stage traffic to the new release; you raise the share and then promote the zephyr, with no automatic ramp-up.'),
      tableLine('http.gaps', 'HTTP APIs also lack zephyr deployments, response mirrors and console tests.'),
    ].join('\n'),
  );
  const judge = (text: string) => {
    const { scenario, options } = splitOptions(text);
    const judged = judgeStatements({ scenario, question: scenario, options, subject: 'apigw-rest' }, index);
    return Object.fromEntries(options.map((o) => [o.letter, judged.get(o.letter)!.truth]));
  };
  it('refutes a feature the facts deny an API type when the option names it by its one rare word', () => {
    expect(judge('Which statement is correct?\nA. The zephyr option is offered on HTTP API stages too.\nB. HTTP APIs let a team pick a zephyr percentage.\nC. REST API stages offer the zephyr option.')).toMatchObject({ A: 'false', B: 'false' });
  });
  it('refutes a share said to grow on its own or on a schedule when the facts say there is no automatic ramp-up', () => {
    expect(judge('Which statement about a zephyr rollout is correct?\nA. The zephyr share climbs by itself until the release gets all the traffic.\nB. The service lifts the zephyr share on a preset schedule.\nC. The team raises the zephyr share and later promotes the zephyr.')).toEqual({ A: 'false', B: 'false', C: 'unknown' });
  });
});
