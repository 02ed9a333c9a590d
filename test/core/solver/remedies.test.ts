import { describe, expect, it } from 'vitest';
import { remediesCalledFor } from '../../../src/core/solver/remedies.js';
import { solve } from '../../../src/core/solver/solve.js';

const ids = (scenario: string) => remediesCalledFor(scenario).map((r) => r.id);

describe('troubleshooting questions: a stated symptom and the step that is missing', () => {
  it('reads a change the stage does not serve yet as a missing deployment', () => {
    const s = solve(
      'An engineer attached a new request validator and a GET /invoices/{id} resource to an Amazon API Gateway REST API. In the console the method test returns the expected JSON, yet the partners calling the beta stage keep getting a "Missing Authentication Token" answer for that path. What should the engineer do to fix this?\nA. Enable CORS on the new resource\nB. Create a new deployment of the API for the beta stage\nC. Give the Lambda function more memory\nD. Turn on caching for the beta stage',
    );
    expect(s.choices).toEqual(['B']);
    expect(s.confidence).toBeLessThan(0.8);
  });

  // (Before "nobody can reach" was read as callers not reaching it, none of these three called for the deployment: 0 of 3, after 3 of 3.)
  it('reads a new path that nobody, no one or no client can reach as a missing deployment', () => {
    expect(ids('A developer created a /orders/{id}/cancel resource with a DELETE method on a REST API yesterday, and since then nobody can call the cancel path.')).toContain('deploy');
    expect(ids('The team added a GET method on the /rates resource of its REST API, but no one outside the team is able to invoke it.')).toContain('deploy');
    expect(ids('A new Lambda authorizer was attached to the /admin resource of a REST API; no client can use the new rules so far.')).toContain('deploy');
  });

  it('does not ask for a deployment after a change inside the function, nor when deployments are automatic', () => {
    expect(ids('A developer updated the Lambda function code behind a REST API, but callers still get the old responses. What should the developer do?')).not.toContain('deploy');
    expect(ids('A team added a route to an HTTP API with automatic deployments turned on; the console test works, but callers still get 404. What should they do next?')).not.toContain('deploy');
  });

  it("reads calls cut off at 29 seconds on a Regional REST API as a higher integration timeout, not the function's", () => {
    const s = solve(
      'A media company serves a video-transcoding Lambda function through a Regional REST API in Amazon API Gateway. Some uploads need about 80 seconds, and the function\'s own timeout is already 3 minutes, yet clients see a 504 after roughly 29 seconds. The company wants to keep a synchronous API. What should it do?\nA. Raise the Lambda function\'s timeout to 15 minutes\nB. Replace the API with an HTTP API, which allows longer integrations\nC. Change the API to an edge-optimized endpoint\nD. Request a higher integration timeout for the Regional REST API through a quota increase',
    );
    expect(s.choices).toEqual(['D']);
    expect(ids('An edge-optimized REST API cuts calls off at 29 seconds with a 504. What should the team do?')).toEqual([]);
  });

  it('reads throttling across all the APIs of an account as the account quota to raise', () => {
    expect(ids('Since the launch, every API in the account returns 429 Too Many Requests at peak hours. What should the company do?')).toEqual(['account-throttle']);
  });

  it('reads logging that writes nothing as the missing CloudWatch Logs role, and missing bodies as full request logging', () => {
    const s = solve(
      'An administrator turned on access logging for the prod stage of an Amazon API Gateway REST API, but after an hour of traffic the log group is still empty. What should the administrator do NEXT?\nA. Enable detailed CloudWatch metrics for the stage\nB. Set an IAM role that lets API Gateway write to CloudWatch Logs as the role ARN in the API Gateway settings\nC. Raise the account throttle quota\nD. Send the access logs to AWS CloudTrail instead',
    );
    expect(s.choices).toEqual(['B']);
    expect(ids('The execution logs of a REST API are written, but they never show the request bodies the team needs. How can the team fix this?')).toEqual(['full-logging']);
  });
  it('reads logging that cannot even be switched on, refused with an error, as the missing CloudWatch Logs role', () => {
    expect(ids('A developer tries to enable access logging on the staging stage of a REST API for the first time in the account, but the console rejects the setting with an error.')).toEqual(['logs-role']);
    const s = solve(
      'When the team switches on CloudWatch logging for its API stage, the save fails with an error message. Which step was missed?\nA. Turning on detailed metrics for the stage first\nB. Lowering the log level to ERROR only\nC. Providing a CloudWatch log role ARN so API Gateway may write logs\nD. Moving the API to a private endpoint',
    );
    expect(s.choices).toEqual(['C']);
  });
  it('reads a cache that never serves POST answers as a method override to turn on, and a full stage quota as a limit to raise', () => {
    expect(ids('Caching is enabled on the prod stage with a 300-second TTL, yet the POST /quote responses are never served from the cache. What should the team do?')).toEqual(['method-cache']);
    expect(ids('The team cannot create an eleventh stage for its REST API. What should it do?')).toEqual(['stage-quota']);
  });

  it('does not call for a step the stem says was already taken', () => {
    expect(ids('A developer added a DELETE method and already redeployed the API to the prod stage, but callers still get 403 errors. What should the developer do next?')).not.toContain('deploy');
  });
  it('reads a model that lets bad bodies through, one cached answer for different parameters, and answers staler than allowed', () => {
    expect(ids('The team wrote a JSON Schema model for the PUT /users body, but malformed users still reach the Lambda function. How can the team fix this?')).toEqual(['request-validator']);
    expect(ids('Requests for /rates?currency=usd and /rates?currency=eur now return the same cached rates. How should the team fix this?')).toEqual(['cache-key']);
    expect(ids('With caching on, readers see outdated scores for up to five minutes, but scores must be at most 20 seconds old. What should the team do?')).toEqual(['lower-ttl']);
  });

  it('reads a console test missing from the metrics, a never-deployed API without a URL, a planned rate above the default quota and dropped idle connections', () => {
    expect(ids("After trying a method ten times with the console's test button, an engineer finds nothing in the stage's execution logs. What explains this?")).toEqual(['test-no-logs']);
    expect(ids('A developer built a WebSocket API with its routes, but there is no wss:// URL for clients yet. What is missing?')).toEqual(['deploy']);
    expect(ids('A ticket site plans 40,000 requests per second on one API in a Region, and its account keeps the default quotas. What should it do?')).toEqual(['account-throttle']);
    expect(ids('Chat connections close after ten minutes without messages. What should the developers do?')).toEqual(['websocket-heartbeat']);
  });

  it('reads why POST answers are never cached as the GET-only default', () => {
    const s = solve(
      'A REST API stage has caching turned on. GET /stock answers come from the cache, but responses of the PUT /stock/reserve method are never cached. What is the reason?\nA. Only GET methods are cached by default\nB. The cache is too small for PUT responses\nC. PUT responses are cached only on HTTP APIs\nD. The stage needs a larger TTL',
    );
    expect(s.choices).toEqual(['A']);
  });
  it('reads the reasons behind cache and metric surprises from the fact sheet', () => {
    expect(ids('An engineer turned on a 1.6 GB cache for the live stage. At first every call still reached the backend, and a few minutes later hits began. What explains this?')).toEqual(['cache-creation']);
    expect(ids('Exports of 3 to 8 MB are never served from the cache, though small answers are. What is the most likely reason?')).toEqual(['cache-entry-size']);
    expect(ids('A team on an edge-optimized REST API expected CloudFront to cache its answers at the edge, but every call reaches the backend. What explains this?')).toEqual(['edge-not-cache']);
    expect(ids('Alarms built on 5XXError show no data after the team moved to an HTTP API. What is the most likely reason?')).toEqual(['http-metric-names']);
  });
});

describe('troubleshooting: limits and settings a stem shows were missed', () => {
  it('reads a WebSocket connection closed at two hours, heartbeats or not, as reconnecting rather than keeping alive', () => {
    expect(ids('Traders keep a WebSocket ticker open all day and ping it every 30 seconds, but the connection ends after 2 hours each time. What should the developers do?')).toEqual(['websocket-reconnect']);
    const s = solve(
      'A monitoring wall shows alerts from an Amazon API Gateway WebSocket API. The page sends a keep-alive frame every 45 seconds, yet after two hours the connection is dropped and the wall goes quiet. What should the developers do?\nA. Send the keep-alive frame more often, every 5 seconds\nB. Make the page open a new connection whenever the current one closes\nC. Raise the memory of the $default route function\nD. Turn on caching for the production stage',
    );
    expect(s.choices).toEqual(['B']);
    expect(s.confidence).toBeLessThan(0.8);
  });

  it('reads a private API that will not deploy as a missing resource policy', () => {
    const s = solve(
      'An insurer built a private API in Amazon API Gateway for its claims tool, reached from its VPC through an execute-api interface endpoint. Every attempt to deploy it to the dev stage ends with an error. What should the insurer do?\nA. Switch the API to a Regional endpoint\nB. Add a resource policy that allows the VPC endpoint, then deploy\nC. Put the API behind a Network Load Balancer\nD. Request a higher stage quota',
    );
    expect(s.choices).toEqual(['B']);
    expect(ids('The team cannot deploy its new private REST API to any stage. What is missing?')).toEqual(['private-resource-policy']);
    expect(ids('A public REST API fails to deploy after an edit. What should the team do?')).not.toContain('private-resource-policy');
  });

  it('reads usage-plan limits that are never applied as methods not marked API key required', () => {
    const s = solve(
      'A weather service put its customer API keys into a usage plan with a quota of 1,000 requests a day, but one customer made 9,000 requests yesterday and was never throttled, and calls that carry no key are answered too. What should the team do?\nA. Lower the stage throttling rate\nB. Set API key required on each method and deploy the API again\nC. Create a second usage plan for that customer\nD. Enable caching on the stage',
    );
    expect(s.choices).toEqual(['B']);
    expect(ids('Every method is already marked API key required, yet one client with a usage plan is never throttled. What should the team check?')).not.toContain('api-key-required');
  });

  it('reads an edge-optimized endpoint expected to answer from the edge as a distribution that never caches', () => {
    const s = solve(
      'A retailer switched its catalog REST API to an edge-optimized endpoint, assuming CloudFront would then serve popular GET responses from the edge. The backend still receives every request. What is the most likely explanation?\nA. The managed distribution speeds up connections and never caches API responses; use the stage cache or an own CloudFront distribution\nB. Edge caching needs a week to warm up\nC. The retailer must raise the TTL in the managed distribution\nD. Only HTTP APIs are cached at the edge',
    );
    expect(s.choices).toEqual(['A']);
    expect(s.confidence).toBeLessThan(0.8);
  });
});

describe('troubleshooting: symptoms read by what they mean, whatever the wording', () => {
  it('reads a new method the stage callers cannot reach, after a successful console test, as a missing deployment', () => {
    expect(ids('An engineer creates a PATCH method on /orders and runs it successfully from the console. Customers using the live stage URL are unable to call it, while the other methods answer normally. What should the engineer do?')).toEqual(['deploy']);
    expect(ids("A developer configured a new route integration; the console's test passes, yet the production stage's callers fail to reach it. What should be done next?")).toEqual(['deploy']);
  });

  it('reads calls that get through without the key, or a quota none of whose excess calls are rejected, as methods not requiring a key', () => {
    expect(ids('A usage plan caps a reseller at 500 calls a day, yet none of its extra calls are refused and requests that omit the key are answered. What should the team verify first?')).toEqual(['api-key-required']);
    expect(ids('A partner was given an API key in a usage plan, but requests succeed when the partner leaves its key out. What should the provider check?')).toEqual(['api-key-required']);
  });

  it("reads one parameter value answered with another value's cached response as a missing cache key", () => {
    expect(ids('After the stage cache was switched on for GET /weather?city=Oslo, users asking for one city sometimes get the forecast of a different city. What should the team do?')).toEqual(['cache-key']);
    expect(ids('Caching is on for GET /prices. Shoppers who send ?lang=fr are sometimes shown text that was cached for an earlier ?lang=de request. How can this be fixed?')).toEqual(['cache-key']);
    expect(ids('With caching on, readers see outdated scores for up to five minutes, but scores must be at most 20 seconds old. What should the team do?')).not.toContain('cache-key');
  });

  it('reads the other value of the same parameter written without its query-string mark', () => {
    expect(ids('The stage cache is on for GET /fares?route=LHR. Since then a traveller asking for it is now and then handed the fare worked out when route=CDG was asked. What should be changed?')).toEqual(['cache-key']);
    expect(ids('Caching is on for GET /menu?day=mon; the Tuesday page shows day=mon dishes once day=tue is requested after it. How can this be fixed?')).toEqual(['cache-key']);
  });

  it('asks for a remedy when the stem asks what to check or verify', () => {
    const s = solve(
      'A vendor put its partner keys in a usage plan limited to 2,000 requests a day on a REST API stage, but a partner sent 6,000 requests yesterday and none was turned away; calls with no key at all also succeed. What should the vendor verify first?\nA. Whether the usage plan counts by the month\nB. Whether the methods require an API key\nC. Whether the keys are long enough\nD. Whether the API is Regional',
    );
    expect(s.choices).toEqual(['B']);
  });

  it('reads non-GET calls that still reach the backend each time, with a cache on, as a missing method override', () => {
    expect(ids('A bookshop turned on the stage cache of its REST API. GET calls are served from it, but the PUT /prices/lookup calls a kiosk makes, which always return the same list, hit the Lambda function each time all the same. What should the team change?')).toContain('method-cache');
    expect(ids('With caching enabled on a REST API stage, every PATCH /settings request still goes to the backend. What should the team do?')).toContain('method-cache');
  });

  it('reads the non-GET method named before the cache is, whose calls still reach the backend, as a missing method override', () => {
    expect(ids('A weather REST API has a GET /forecast method and a PUT /observations method. After the team turned on a stage cache, forecasts come back from the cache, but every observation call still hits the backend function. What explains this?')).toContain('method-cache');
    expect(ids('An inventory API offers POST /search next to GET /items. Caching was enabled on the prod stage last week; item lookups are now answered from it, while all searches still go to the integration. Why?')).toContain('method-cache');
  });

  it('reads changes that show up later than the business allows, with a cache on, as a TTL to lower', () => {
    const s = solve(
      'A ticket reseller cached GET /seats on its REST API stage with the default settings. A sold seat takes up to five minutes to disappear from the listing, but sales says listings must be no more than 20 seconds old. What should the team do next?\nA. Set the cache TTL for the method to 20 seconds\nB. Move to a larger cache size\nC. Raise the account throttle limit\nD. Set the cache TTL to 0 seconds and keep the cache',
    );
    expect(s.choices).toEqual(['A']);
  });

  it("reads one value's cached answer served for a request for another value as a missing cache key", () => {
    expect(ids('A travel site caches GET /hotels?city=paris on its REST API stage. A visitor who searches for rome a moment later is shown paris hotels. What should the team do next?')).toContain('cache-key');
  });

  it('reads a proxy function that returns a bare value while callers get an error as the wrong response shape', () => {
    const s = solve(
      'A Lambda function behind a REST API method with Lambda proxy integration finishes without errors and returns the number 42, but callers receive a 502 Bad Gateway. What should the developer do?\nA. Redeploy the stage\nB. Return a response whose statusCode, headers and body are set\nC. Raise the integration timeout\nD. Add a usage plan',
    );
    expect(s.choices).toEqual(['B']);
    expect(ids('An HTTP endpoint built on Lambda proxy integration keeps answering with an internal server error, although the function logs show it ran and sent back the HTML text of a page. What should be changed?')).toContain('proxy-response-shape');
  });
});

describe('troubleshooting: throttling of the whole account, and cached changes that arrive late', () => {
  it('reads 429s while the traffic of the whole account in a Region sits at the quota as the account quota to raise', () => {
    const s = solve(
      "At the top of every hour, callers of a partner HTTP API get 'Too Many Requests'. The dashboards show the combined request rate of the whole account in eu-central-1 reaching about 12,000 per second, and the Lambda backends are idle. What should the team do?\nA. Switch the API to a REST API, which has no throttling\nB. Ask AWS Support to raise the account-level throttle quota in eu-central-1\nC. Add a stage cache so that throttled calls wait in a queue\nD. Move the API to a private endpoint, which has no quotas",
    );
    expect(s.choices).toEqual(['B']);
    expect(ids('Requests start failing with 429 once traffic for the entire account passes 10,000 per second in us-west-2. What should the company do next?')).toContain('account-throttle');
    expect(ids("A REST API is throttled during sales although the account's total traffic across its APIs is only 2,000 requests per second; one partner uses most of it. What should the company do?")).not.toContain('account-throttle');
  });

  it('reads changes that reach callers minutes late, with a cache on, as the cache TTL, named as a fix or as the reason', () => {
    const s = solve(
      'An airline caches GET /fares on its REST API stage, leaving the cache settings as they came. Travel agents notice that a fare the airline edits takes a few minutes to show up in their tools. What is the most likely explanation?\nA. Cached responses are kept for 300 seconds, the default TTL, before the backend is asked again\nB. The stage must be redeployed after every change to the fares table\nC. The account throttle quota holds back the update\nD. Edge-optimized endpoints copy the API to every Region one at a time',
    );
    expect(s.choices).toEqual(['A']);
    expect(ids('With a stage cache switched on, staff see the previous stock level for several minutes after each delivery is booked. What should the team change?')).toContain('lower-ttl');
    expect(ids('After the team turned on caching, every request still reached the backend for several minutes while the cache was being created. Why?')).not.toContain('lower-ttl');
  });
});

describe('troubleshooting: a throttled client while the account is far from its quota', () => {
  it('does not ask for a higher account quota when the account traffic is well under it, or when no other client is throttled', () => {
    expect(ids("One tenant's calls to a REST API come back 429 each night, while the account's overall traffic stays well below the Regional quota. What should the owner do?")).not.toContain('account-throttle');
    expect(ids('A single partner gets throttled (429) during its batch job, and no other partner does, although traffic across the account rises at that hour. What should the team do?')).not.toContain('account-throttle');
  });
});

describe('troubleshooting: request bodies over the payload quota', () => {
  it('reads uploads far above 10 MB that the API turns away as files to send straight to S3', () => {
    const s = solve('Field engineers attach inspection videos of 1.5 GB to a PUT request sent to an Amazon API Gateway HTTP API, and every such request fails with 413 before the backend sees it. Which approach fixes this?\nA. Raise the Lambda function memory so it can hold the video\nB. Have the app upload each video directly to Amazon S3 with a presigned URL and send only its key to the API\nC. Switch to a REST API, which accepts any body size\nD. Add a stage cache to buffer the uploads');
    expect(s.choices).toEqual(['B']);
    expect(ids('Customers post scanned contracts of 40 MB in the body of a request to a REST API, and the uploads are rejected. What should the team do?')).toContain('payload-to-s3');
    expect(ids('Customers post scanned contracts of 4 MB in the body of a request to a REST API, and some uploads are rejected. What should the team do?')).not.toContain('payload-to-s3');
  });
});

describe('troubleshooting: a request for one named value answered with what was cached for another', () => {
  it('reads the answer cached for another named value as a missing cache key', () => {
    expect(ids('A REST API answers GET /rates?currency=code and its stage cache was turned on last week. Customers who ask for euros are now and then shown the rate stored for dollars. What should the team do?')).toEqual(['cache-key']);
    expect(ids('Since caching was switched on for GET /weather?zip=code, a request for 10001 is sometimes given the weather computed for 94105. What should be changed?')).toEqual(['cache-key']);
    const s = solve(
      'An HTTP backend sits behind a REST API stage with caching enabled for GET /menu?shop=id. Diners who search for Harbour Street are sometimes handed the menu cached for Station Road. What should the developers do?\nA. Double the size of the stage cache\nB. Declare the shop query string parameter a cache key on the method\nC. Switch the API to a private endpoint\nD. Move the menu to a POST method',
    );
    expect(s.choices).toEqual(['B']);
  });

  it('does not read the answer cached for the same value as a missing cache key', () => {
    expect(ids('Caching is on for GET /weather?city=name. Users who ask for Oslo are given the forecast cached for Oslo a few minutes earlier, which is too old. What should the team do?')).not.toContain('cache-key');
  });
});

describe('troubleshooting: a WebSocket message over its size quota', () => {
  it('reads a WebSocket message larger than 128 KB that fails as one to shrink or pass by reference', () => {
    expect(ids('A multiplayer game sends moves over an API Gateway WebSocket API. Map uploads of about 300 KB never arrive and the client gets an error, while small moves work. What should the developers change?')).toEqual(['websocket-message-size']);
    expect(ids('Through a WebSocket API, a chat app rejects every message carrying a 1.5 MB image. How can this be fixed?')).toEqual(['websocket-message-size']);
    const s = solve(
      'A trading dashboard receives snapshots from clients over a WebSocket API, and every snapshot of 250 kilobytes is dropped with an error. What should the team do?\nA. Request a higher quota for new connections\nB. Store each snapshot in Amazon S3 and send only its key, so every message stays under 128 KB\nC. Route the snapshots to the $disconnect route\nD. Raise the Lambda function timeout',
    );
    expect(s.choices).toEqual(['B']);
  });

  it('does not read a message within 128 KB, or a large body sent to a REST API, as over the WebSocket quota', () => {
    expect(ids('A WebSocket API carries 100 KB messages and some of them fail. What should the team do?')).not.toContain('websocket-message-size');
    expect(ids('Customers post files of 300 KB in the body of a request to a REST API, and some uploads fail. What should the team do?')).not.toContain('websocket-message-size');
  });
});
