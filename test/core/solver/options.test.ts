import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { questionSubject, splitOptions } from '../../../src/core/solver/options.js';
import { solve } from '../../../src/core/solver/solve.js';
import { ROOT } from '../../e2e/terminal.js';

const STEM = 'A data provider must give each partner its own key and cap every partner at 10,000 calls per month. Which option fits?';

describe('lettered options', () => {
  it.each([
    ['A.', 'B.', 'C.'],
    ['A)', 'B)', 'C)'],
    ['(A)', '(B)', '(C)'],
    ['- A.', '- B.', '- C.'],
    ['a)', 'b)', 'c)'],
  ])('recognises %s %s %s, one per line', (a, b, c) => {
    const { scenario, options } = splitOptions(`${STEM}\n${a} Amazon CloudFront\n${b} An Amazon API Gateway REST API\n  ${c} An HTTP API`);
    expect(scenario).toBe(STEM);
    expect(options).toEqual([
      { letter: 'A', text: 'Amazon CloudFront' },
      { letter: 'B', text: 'An Amazon API Gateway REST API' },
      { letter: 'C', text: 'An HTTP API' },
    ]);
  });

  it('leaves text alone when the letters do not run A, B, C…', () => {
    expect(splitOptions('Plan A. first we test\nthen we ship').options).toEqual([]);
    expect(splitOptions(`${STEM}\nB. one\nC. two`).options).toEqual([]);
  });

  it('keeps an option wrapped onto the next line as one option, and a pick line after the options with the question', () => {
    const { scenario, options } = splitOptions(`${STEM}\nA. Amazon CloudFront in front of\n   an S3 bucket\nB. An Amazon API Gateway REST API\n(Choose ONE.)`);
    expect(options).toEqual([
      { letter: 'A', text: 'Amazon CloudFront in front of an S3 bucket' },
      { letter: 'B', text: 'An Amazon API Gateway REST API' },
    ]);
    expect(scenario).toBe(`${STEM}\n(Choose ONE.)`);
  });

  it.each([
    ['on the same line', `${STEM} A. Amazon CloudFront B. An Amazon API Gateway REST API C) An HTTP API`],
    ['on the line below', `${STEM}\nA. Amazon CloudFront B. An Amazon API Gateway REST API C) An HTTP API`],
    ['after a pick instruction', `${STEM} (Choose one.) (A) Amazon CloudFront (B) An Amazon API Gateway REST API (C) An HTTP API`],
  ])('finds options pasted on one line %s', (_, text) => {
    const { scenario, options } = splitOptions(text);
    expect(scenario.startsWith(STEM)).toBe(true);
    expect(options.map((o) => `${o.letter}:${o.text}`)).toEqual(['A:Amazon CloudFront', 'B:An Amazon API Gateway REST API', 'C:An HTTP API']);
    expect(solve(text).choice).toBe('B');
  });

  it('reads no options into a sentence that merely has capitals with stops', () => {
    expect(splitOptions('Under plan A. we test in stage B. before prod.').options).toEqual([]);
    expect(splitOptions('We chose option A. It worked. B. was worse').options).toEqual([]);
  });

  it('solves the stem only: option text does not count as clues', () => {
    const s = solve(`${STEM}\nA. Amazon CloudFront with edge caching\nB. Amazon API Gateway REST API`);
    expect(s.service).toBe('apigw-rest');
    expect(s.clues.some((c) => c.concept === 'cdn')).toBe(false);
  });

  it('picks the option by service name', () => {
    const s = solve(`${STEM}\nA. Amazon CloudFront\nB. Amazon API Gateway HTTP API\nC. Amazon API Gateway REST API\nD. An Application Load Balancer`);
    expect(s.choice).toBe('C');
    expect(s.options.map((o) => o.letter)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('picks the option by its deciding feature when no service is named', () => {
    const stem = 'Mobile clients send JSON, but a legacy order system accepts only XML, and no new compute may be added for the translation. What should the team use?';
    const s = solve(`${stem}\nA) Stage variables\nB) Mapping templates\nC) A Lambda authorizer\nD) Resource policies`);
    expect(s.service).toBe('apigw-rest');
    expect(s.choice).toBe('B');
  });

  it('prefers the option whose feature meets the need among options naming the same service', () => {
    const stem = 'Callers on several continents use a REST API hosted in one Region and want faster connections without running their own CDN.';
    const s = solve(`${stem}\n(A) API Gateway REST API with a private endpoint\n(B) API Gateway REST API with a Regional endpoint\n(C) API Gateway REST API with an edge-optimized endpoint`);
    expect(s.choice).toBe('C');
  });

  it('rejects an option that claims a feature its service lacks', () => {
    const s = solve(`${STEM}\nA. An HTTP API with usage plans\nB. A REST API with usage plans`);
    expect(s.choice).toBe('B');
  });

  it('settles no letter when no option states the recommendation: the letter is a best guess', () => {
    const s = solve(`${STEM}\nA. Amazon CloudFront\nB. An Application Load Balancer\nC. Amazon Route 53`);
    expect(s.service).toBe('apigw-rest');
    expect(s.guess?.letters).toEqual(s.choices);
  });

  it('settles no letter when two options match equally, unless the stem asks for more than one', () => {
    const tied = solve(`${STEM}\nA. Amazon API Gateway REST API\nB. An API Gateway REST API`);
    expect(tied.guess?.letters).toEqual(tied.choices);
    expect(solve(`${STEM} (Choose TWO.)\nA. Amazon API Gateway REST API\nB. An API Gateway REST API\nC. Amazon CloudFront`).choices).toEqual(['A', 'B']);
  });

  it('has no choice without options', () => {
    expect(solve(STEM).choice).toBeNull();
    expect(solve(STEM).options).toEqual([]);
  });
});

describe('held-out exam questions with lettered options', () => {
  const questions = parse(readFileSync(join(ROOT, 'test', 'core', 'solver', 'held-out-questions.yaml'), 'utf8')) as { text: string; choice: string }[];
  // A multiple-response key is written "A, B".
  it.each(questions.map((q) => [q.text.split('\n')[0]!, q.text, q.choice] as const))('%s', (_, text, choice) => {
    expect(solve(text).choice).toBe(choice);
  });

  it('reads the features a service supports from the sentence before a question that names none', () => {
    const s = solve(
      'An auditor lists which authorizer types an Amazon API Gateway REST API offers. Which THREE are supported? (Choose THREE.)\nA. Cognito user pool authorizers\nB. IAM permissions checked with Signature Version 4\nC. Lambda authorizers\nD. GraphQL schema directives',
    );
    expect(s.choices).toEqual(['A', 'B', 'C']);
  });

  it('reads an endpoint type written as part of the API name', () => {
    const s = solve(
      "A logistics firm's containers on Amazon ECS call a supplier's REST API from the same AWS Region, each with an API key from a usage plan. The supplier wants no CloudFront point of presence in the path. Which should the supplier run?\nA. Edge-optimized REST API\nB. Private REST API\nC. Regional REST API\nD. HTTP API",
    );
    expect(s.choices).toEqual(['C']);
  });

  it('reads callers in the API\'s own Region code as callers in the same Region, and a service named inside a feature as part of it', () => {
    const s = solve(
      "A firm's REST API lives in eu-west-1. Its callers are a supplier's batch servers, which also run in eu-west-1 but not in the firm's VPC. The firm wants to remove the hop through the API Gateway-managed CloudFront distribution. Which endpoint type fits?\nA. Private\nB. Edge-optimized\nC. Regional\nD. Multi-Region",
    );
    expect(s.choices).toEqual(['C']);
  });

  it('does not let the API type rescue an endpoint type that cannot meet a need', () => {
    const s = solve(
      'A report generator behind Amazon API Gateway takes about two minutes per synchronous request, and partners are metered with usage plans. Which endpoint should the API use?\nA. An edge-optimized REST API with usage plans\nB. A Regional REST API with usage plans\nC. An HTTP API',
    );
    expect(s.choices).toEqual(['B']);
  });
});

describe('an option that changes more than asked', () => {
  it('sets aside an account-level change when only one method is to change', () => {
    const s = solve(`A payments REST API has a /refunds method whose database cannot take more than 50 requests per second. The team wants to throttle only that method; all other methods must stay at the stage's current limits. What should the team do?
A. Ask AWS Support to lower the account-level throttling quota
B. Set method-level throttling of 50 requests per second on /refunds
C. Issue API keys to every caller with a usage plan
D. Put CloudFront in front of the API`);
    expect(s.choices).toEqual(['B']);
  });
});

describe('two answers that are two parts of one design', () => {
  it('takes the Regional endpoint behind one\'s own distribution as the second part', () => {
    const s = solve(`A REST API serves a retailer's catalogue from one Region. The team wants to tune the CDN cache keys and TTLs itself and add an S3 bucket as a second origin on the same hostname. Which TWO steps achieve this together? (Choose TWO.)
A. Use a Regional endpoint for the API
B. Put the team's own CloudFront distribution in front of the API
C. Turn on the API's stage cache
D. Move the API to an edge-optimized endpoint
E. Add a usage plan for each client`);
    expect(s.choices).toEqual(['A', 'B']);
  });
});

describe('a question on what one API type lacks, asked with EXCEPT', () => {
  it('reads "all of the following … with an HTTP API EXCEPT:" as asking for the feature the type lacks', () => {
    const s = solve(`A logistics firm compares Amazon API Gateway REST APIs with HTTP APIs before it builds a parcel-tracking API. All of the following needs could be handled with an HTTP API EXCEPT:
A. Checking tokens from the firm's OpenID Connect provider with a JWT authorizer
B. Keeping the API reachable only from inside a VPC through an interface VPC endpoint
C. Publishing each change without a manual deployment
D. Sending requests to a Lambda function with a proxy integration`);
    expect(s.choices).toEqual(['B']);
  });

  it('reads "an HTTP API can do all of these EXCEPT" the same way', () => {
    const s = solve(`A studio runs one Amazon API Gateway REST API and plans to move a second service to the cheaper type. An HTTP API can do all of these EXCEPT
A. Accept JSON Web Tokens from an OIDC identity provider
B. Give each partner an API key with its own usage plan quota
C. Deploy each change automatically to its $default stage
D. Throttle a single route below the stage limit`);
    expect(s.choices).toEqual(['B']);
  });
});

describe('ways to invoke a function', () => {
  it('takes each option as a way to reach the function or not, API Gateway ruled out by the question', () => {
    const s = solve(`A developer claims that a Lambda function can only be reached through Amazon API Gateway. Which TWO of the following could call the function without any API Gateway API? (Choose TWO.)
A. An Amazon CloudFront distribution whose origin is an S3 bucket
B. The AWS CLI running lambda invoke under an IAM role
C. An Application Load Balancer whose target group holds the function
D. An Amazon Route 53 weighted record naming the function
E. An Amazon API Gateway HTTP API with a Lambda integration`);
    expect(s.choices).toEqual(['B', 'C']);
    expect(s.trace.at(-1)).toMatchObject({ step: 'ways', outcome: 'fired' });
  });

  it('leaves a function started by events to the other readings: its sources are outside the rule', () => {
    const s = solve(`A photo app stores uploads in an Amazon S3 bucket. Each new upload must start a Lambda function that creates a thumbnail. Which TWO options can trigger the function when a file arrives? (Choose TWO.)
A. An S3 event notification on the bucket
B. An Amazon EventBridge rule for the bucket's Object Created events
C. A Lambda function URL
D. An Application Load Balancer
E. An Amazon CloudFront distribution`);
    expect(s.trace.some((t) => t.step === 'ways')).toBe(false);
  });

  it('sets aside a way that gives the function a feature it cannot have', () => {
    const s = solve(`A team is listing ways to trigger its Lambda function from partner systems without building anything in Amazon API Gateway. Which THREE of these ways work? (Choose THREE.)
A. A function URL with the AWS_IAM auth type
B. A usage plan attached straight to the function so partners get quotas
C. The Invoke API called through an AWS SDK with lambda:InvokeFunction permission
D. A website routing rule on an Amazon S3 bucket
E. A Lambda target group behind an Application Load Balancer`);
    expect(s.choices).toEqual(['A', 'C', 'E']);
  });
});

describe('a statement that a static host runs server-side code', () => {
  it('refutes a bucket that runs a script, whatever service it names', () => {
    expect(solve(`A museum will publish an exhibition site made only of HTML pages and photos on AWS. Which TWO statements about this plan are correct? (Choose TWO.)
A. An S3 bucket set up for website hosting can also execute the museum's Python ticket-booking handler.
B. S3 website endpoints serve plain HTTP only, so a CloudFront distribution in front of the bucket adds HTTPS.
C. CloudFront can cache the photos at edge locations near the museum's visitors.
D. An Amazon API Gateway stage can hold the HTML pages and serve them.
E. CloudFront gives every visitor an API key with a usage plan.`).choices).toEqual(['B', 'C']);
    expect(solve(`A bakery wants a one-page website of HTML, CSS and pictures hosted on AWS. Which TWO statements are correct? (Choose TWO.)
A. Amazon S3 website hosting runs the bakery's PHP order pages on the bucket.
B. Amazon S3 can host the pages, and Amazon CloudFront can serve them over HTTPS from edge locations.
C. CloudFront keeps copies of the pictures at edge locations close to customers.
D. An AWS AppSync API is the simplest host for the HTML files.`).choices).toEqual(['B', 'C']);
  });
});

describe('needs paired with services', () => {
  it('checks each pairing by the rule\'s answer for its need alone', () => {
    expect(solve(`A cloud team is matching requirements to AWS services. Which TWO are correctly matched? (Choose TWO.)
A. Pushing score updates to every connected phone the moment they change — Amazon API Gateway WebSocket API
B. Selling monthly call quotas to each partner — Application Load Balancer
C. Hosting a marketing site of HTML pages and images — Amazon S3 with Amazon CloudFront
D. Querying exactly the fields a screen needs from several data stores — Amazon CloudFront`).choices).toEqual(['A', 'C']);
  });

  it('leaves "Use a service to do something" to the scenario when the question asks which option matches it', () => {
    const s = solve(`A news site must push breaking headlines to readers' open browser tabs the instant they are published. Which option best matches this requirement?
A. Use an Application Load Balancer to spread requests over web servers
B. Use an Amazon API Gateway WebSocket API to keep a connection open to each tab
C. Use Amazon CloudFront to cache the headlines at edge locations
D. Use an Amazon API Gateway REST API with usage plans`);
    expect(s.choices).toEqual(['B']);
    expect(s.trace.some((t) => t.step === 'pairings')).toBe(false);
  });

  it('reads "Use a service for a need" as a pairing too', () => {
    const s = solve(`Which option pairs a requirement with the right AWS service?
A. Use AWS AppSync for a static brochure website of HTML pages and photos
B. Use an Application Load Balancer to give each partner its own API key and a monthly request quota
C. Use a Lambda function URL to give a single function its own HTTPS address, with no throttling, caching or API keys needed
D. Use Amazon CloudFront to push chat messages to connected clients over a persistent two-way connection`);
    expect(s.choices).toEqual(['C']);
    expect(s.confidence).toBeLessThan(0.8);
    expect(s.trace.at(-1)).toMatchObject({ step: 'pairings', outcome: 'fired' });
  });
});

describe('an EXCEPT question about ways of doing something with one API type', () => {
  it('does not take "each is a way to authenticate callers of the REST API EXCEPT" as asking what the type lacks', () => {
    expect(questionSubject('Each of the following is a way to authenticate callers of the REST API EXCEPT which one?')).toBeUndefined();
    expect(questionSubject('Each of the following is also offered by HTTP APIs EXCEPT:')).toEqual({ service: 'apigw-http', absent: true });
  });

  it('answers it as statements instead: the API key is the way AWS advises against', () => {
    const s = solve(`A ride-hailing firm opens its Amazon API Gateway REST API to partner fleets. Each of the following is an AWS-recommended way to authenticate the partner systems that call the REST API EXCEPT which one?
A. A Lambda authorizer that checks the partner's OAuth token
B. IAM authorization with SigV4-signed requests
C. An API key that each partner puts in the x-api-key header
D. An Amazon Cognito user pool authorizer on each method`);
    expect(s.choices).toEqual(['C']);
  });
});
