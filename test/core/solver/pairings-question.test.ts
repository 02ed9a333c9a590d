import { describe, expect, it } from 'vitest';
import { readStatements } from '../../../src/core/solver/fact-answer.js';
import { solve } from '../../../src/core/solver/solve.js';

const options = [
  { letter: 'A', text: 'Clinicians signing in through an OIDC provider: the JWT authorizer of the HTTP API' },
  { letter: 'B', text: 'Known hospital networks: a resource policy attached to the HTTP API' },
  { letter: 'C', text: 'Nightly scripts that hold IAM credentials: IAM authorization with SigV4 signing' },
];

describe('a question that asks which pairings hold is a question about statements', () => {
  it('reads each pairing against the facts whatever adjective the question uses', () => {
    expect(readStatements('', 'Which TWO pairs are suitable for the API?', options, 2, 'apigw-http')).toBeDefined();
    expect(readStatements('', 'Which TWO of these pairings would work?', options, 2, 'apigw-http')).toBeDefined();
  });

  it('refutes the pairing that gives an API type a feature it lacks', () => {
    const question = `A clinic is deciding how each group of callers reaches its Amazon API Gateway HTTP API. Which TWO pairs are suitable? (Choose TWO.)
A. ${options[0]!.text}
B. ${options[1]!.text}
C. ${options[2]!.text}`;
    expect(solve(question).choices).toEqual(['A', 'C']);
  });
});

describe('a need that names what its own service is still pairs with it', () => {
  it.each([
    [
      `A logistics firm drafted needs and services for review. Which TWO pairings are correct? (Choose TWO.)
A. Serve a single GraphQL schema over three data stores: AWS AppSync
B. Balance HTTP requests across a fleet of EC2 instances: Amazon CloudFront
C. Hold open WebSocket connections so the server can push alerts: Amazon API Gateway WebSocket API
D. Host a static brochure site over HTTPS: Application Load Balancer`,
      ['A', 'C'],
    ],
    [
      `Which TWO pairings of a requirement with an AWS service are appropriate? (Choose TWO.)
A. Let clients pick the fields they need through one GraphQL endpoint: AWS AppSync
B. Give every partner an API key and a monthly quota: Amazon CloudFront
C. Keep two-way WebSocket connections open for a chat app: Amazon API Gateway WebSocket API
D. Push live scores to browsers over persistent connections: Lambda function URL`,
      ['A', 'C'],
    ],
  ])('%s', (text, key) => {
    expect(solve(text).choices).toEqual(key);
  });
});
