import { describe, expect, it } from 'vitest';
import { claimsIn } from '../../../src/core/solver/claims.js';
import { solve } from '../../../src/core/solver/solve.js';
import { normalize } from '../../../src/core/solver/text.js';

const holds = (statement: string, subject: Parameters<typeof claimsIn>[1]) => claimsIn(normalize(statement), subject);

describe('statements checked against the fact sheet', () => {
  it('knows true and false statements, and what holds only for other services', () => {
    expect(holds('By default, clients send them in the X-API-Key request header.', 'apigw-rest')).toEqual([true]);
    expect(holds('Every API has a minimum monthly fee.', 'apigw-rest')).toEqual([false]);
    expect(holds('HTTP APIs cost more per million requests than REST APIs.', 'apigw-http')).toEqual([false]);
    expect(holds('A resource policy is required.', 'apigw-rest')).toEqual([true]);
    // True of WebSocket APIs, so false of an HTTP API.
    expect(holds('Clients connect with wss:// URLs.', 'apigw-http')).toEqual([false]);
    expect(holds('The API is about to be renamed.', 'apigw-rest')).toEqual([]);
    // A throttled call is answered with 429; retrying it is the client's job, never the gateway's.
    expect(holds('An HTTP 429 status so the gateway retries the call', 'apigw-rest')).toContain(false);
    expect(holds('Clients receive 429 Too Many Requests and retry later.', 'apigw-rest')).toEqual([true]);
    // Lambda does not need API Gateway in front of it: an ALB (among others) invokes it too.
    expect(holds('Serverless applications cannot invoke a Lambda function unless Amazon API Gateway sits in front of it', 'apigw-rest')).toEqual([false]);
    expect(holds('An Application Load Balancer can also invoke Lambda functions', 'alb')).toEqual([true]);
    // $default takes only what no other route matches; $connect runs once per connection, not per message.
    expect(holds('Each incoming message goes to $default, whatever its action', 'apigw-websocket')).toEqual([false]);
    expect(holds('Clients send each message through the $connect route', 'apigw-websocket')).toContain(false);
    expect(holds('Every message a player sends is handed to $disconnect once its handler has replied', 'apigw-websocket')).toContain(false);
  });

  it('refutes responses kept at the edge of an edge-optimized API, and management calls said to be in CloudWatch', () => {
    expect(holds('An edge-optimized API keeps its responses at CloudFront POPs for later callers.', 'apigw-rest')).toContain(false);
    expect(holds('With an edge-optimized endpoint, the answers are saved as responses at edge locations.', 'apigw-rest')).toContain(false);
    expect(holds('CloudWatch Logs shows each management call made to the API, such as a deleted stage.', 'apigw-rest')).toContain(false);
    expect(holds('CloudTrail, not CloudWatch, records the management calls made to the API.', 'apigw-rest')).not.toContain(false);
  });

  it('reads a default and a maximum given in one sentence each at its own amount', () => {
    expect(holds('Entries live 300 seconds by default, and the maximum TTL is 3,600 seconds.', 'apigw-rest')).not.toContain(false);
    expect(holds('The default TTL is 3,600 seconds.', 'apigw-rest')).toContain(false);
  });

  it('answers statement questions by them', () => {
    const caching = solve(
      'Which TWO of the following are true of Amazon API Gateway caching? (Choose TWO.)\nA. Caching is available for HTTP APIs.\nB. The default time to live is 300 seconds.\nC. All responses are cached automatically without any configuration.\nD. Caching is enabled per stage and billed per hour according to cache size.\nE. The maximum time to live is 24 hours.',
    );
    expect(caching.choices).toEqual(['B', 'D']);
  });

  it('takes the subject of "statements about X are" without reading the end of "APIs" as "is"', () => {
    const s = solve(
      'Which TWO statements about private REST APIs in Amazon API Gateway are correct? (Choose TWO.)\nA. A resource policy is required.\nB. HTTP APIs can also use the private endpoint type.\nC. Clients reach the API through an interface VPC endpoint for execute-api.\nD. Responses are charged for data transfer out to the internet.\nE. The API becomes reachable from the internet when an API key is supplied.',
    );
    expect(s.choices).toEqual(['A', 'C']);
  });
});

describe('questions that ask for the option that does not fit', () => {
  it('picks the one option whose service lacks what decided, and reads the capitalised NOT as the question, not a negation', () => {
    const s = solve('Which AWS option is NOT appropriate for hosting a static website made only of HTML, CSS and images?\nA. AWS Amplify Hosting\nB. Amazon S3\nC. Amazon S3 with Amazon CloudFront in front\nD. Amazon API Gateway');
    expect(s.choices).toEqual(['D']);
    expect(s.clues.find((c) => c.concept === 'static-site')?.negated).toBe(false);
  });

  it('reads a migration to another type as the features that type lacks', () => {
    const s = solve('A team is migrating from a REST API to an HTTP API in Amazon API Gateway to lower costs. Which TWO features will the team lose? (Choose TWO.)\nA. API caching\nB. Lambda authorizers\nC. Custom domain names\nD. Canary release deployments\nE. IAM authorization');
    expect(s.choices).toEqual(['A', 'D']);
  });

  it('reads a bare route key with the event the question names', () => {
    const closing = solve(
      'A game studio keeps players connected through an API Gateway WebSocket API. Which predefined route runs when a player closes the browser tab and the socket is dropped?\nA. $connect\nB. @connections\nC. $disconnect\nD. $default',
    );
    expect(closing.choices).toEqual(['C']);
  });

  it('holds that a change made only inside the function needs nothing done in API Gateway', () => {
    const s = solve(
      "An engineer raises the timeout and edits the handler code of the Lambda function that an HTTP API integrates with. What has to be done in API Gateway so callers reach the updated handler?\nA. Redeploy the API to each of its stages\nB. No action is required in API Gateway\nC. Create another stage for the updated handler\nD. Delete and recreate the integration",
    );
    expect(s.choices).toEqual(['B']);
  });

  it('reads "They …" as the topic the statements are about', () => {
    const s = solve(
      'Which TWO statements about usage plans and API keys in Amazon API Gateway are accurate? (Choose TWO.)\nA. They can meter each customer and cap its requests per month\nB. They work on any HTTP API route as well as on REST APIs\nC. They are meant to identify callers rather than to authenticate them\nD. They go in the Authorization header of every call',
    );
    expect(s.choices).toEqual(['A', 'C']);
  });

  it('reads more ways of saying a client left, and of saying a function changed', () => {
    const left = solve(
      'A chat service on an Amazon API Gateway WebSocket API keeps connection IDs in DynamoDB. Which route should delete a user\'s ID when the user logs off?\nA. $default\nB. $disconnect\nC. $connect\nD. @connections',
    );
    expect(left.choices).toEqual(['B']);
    const changed = solve(
      "An engineer adjusted the environment variables of the Lambda function that an Amazon API Gateway REST API calls. Must anything happen in API Gateway?\nA. Yes, redeploy every stage\nB. Yes, create a new stage for the change\nC. No, the function picks the change up without any deployment of the API\nD. Yes, switch the endpoint type",
    );
    expect(changed.choices).toEqual(['C']);
  });

  it('reads "It …" as the service when the statements are about the service alone', () => {
    const s = solve(
      'Which TWO statements about the Amazon API Gateway HTTP API are correct? (Choose TWO.)\nA. It is cheaper per million requests than an API Gateway REST API\nB. It can be placed behind AWS WAF directly\nC. It can publish changes automatically\nD. It offers private endpoints in a VPC',
    );
    expect(s.choices).toEqual(['A', 'C']);
  });
});

describe('a WebSocket message that matches no route', () => {
  it('sends a message whose route key names none of the defined routes to $default', () => {
    const s = solve(
      'A multiplayer game talks to an Amazon API Gateway WebSocket API with the route selection expression $request.body.type and two custom routes called move and chat. A client sends {"type": "emote"}. Which route receives it?\nA. chat\nB. $connect\nC. $default\nD. $disconnect',
    );
    expect(s.choices).toEqual(['C']);
    expect(s.confidence).toBeLessThan(0.8);
  });

  it('reads a route the team never defined as the fallback to $default', () => {
    const s = solve(
      'An auction site uses an API Gateway WebSocket API. Bidders sometimes send a "withdraw" message, but no custom route for it has been defined. Where does API Gateway send these messages?\nA. $disconnect\nB. $connect\nC. $default\nD. @connections',
    );
    expect(s.choices).toEqual(['C']);
  });

  it('does not send a message to $default when its route key names a defined route', () => {
    const s = solve(
      'A chat app uses an Amazon API Gateway WebSocket API with the route selection expression $request.body.action and custom routes named join and send. A client sends {"action": "send"}. Which route handles it?\nA. $default\nB. send\nC. $connect\nD. $disconnect',
    );
    expect(s.choices).not.toEqual(['A']);
  });
});

describe('a private API without a resource policy', () => {
  it('refutes a private API said to work with no resource policy, and leaves other APIs alone', () => {
    expect(holds('Private APIs can be reached through an interface endpoint with no resource policy at all.', 'apigw-rest')).toContain(false);
    expect(holds('Once the VPC endpoint exists, a private API needs no resource policy.', 'apigw-rest')).toContain(false);
    expect(holds('A private REST API answers callers in the VPC even without a resource policy attached.', 'apigw-rest')).toContain(false);
    expect(holds('A Regional REST API can be called without a resource policy.', 'apigw-rest')).not.toContain(false);
  });
});
