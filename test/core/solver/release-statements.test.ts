import { describe, expect, it } from 'vitest';
import { claimsIn } from '../../../src/core/solver/claims.js';
import { solve } from '../../../src/core/solver/solve.js';
import { normalize } from '../../../src/core/solver/text.js';

const claimed = (option: string, subject: Parameters<typeof claimsIn>[1] = null, asked = '') => claimsIn(normalize(option), subject, { asked });

describe('statements about releasing changes', () => {
  it('refutes a new deployment said to be needed for a change made inside the Lambda function', () => {
    expect(claimed('Bumping the timeout of the backing function means a new deployment of the API must be made.')).toContain(false);
    expect(claimed('Giving the function more memory has to be followed by deploying the REST API again.')).toContain(false);
  });

  it('refutes a change to a REST API said to reach callers without a deployment', () => {
    expect(claimed('Once a route is added to the REST API, the live stage serves it with no deployment needed.', 'apigw-rest')).toContain(false);
    expect(claimed('An edited authorizer on a REST API takes effect without any new deployment.', 'apigw-rest')).toContain(false);
    // (Said of an HTTP API, automatic deployments make it possible.)
    expect(claimed('A new route added to an HTTP API can reach the stage without a manual deployment.', 'apigw-http')).not.toContain(false);
  });

  it('answers a release question whose false statements say so', () => {
    const solved = solve(
      [
        'A payments team documents how changes to its Amazon API Gateway APIs go live. Which THREE statements are correct? (Choose THREE.)',
        'A. A resource added to a REST API is served to callers of the live stage without any deployment.',
        'B. An HTTP API can deploy changes to a stage automatically.',
        'C. Doubling the memory of the Lambda function behind the API calls for a new deployment of each stage.',
        'D. A deployment is a snapshot of the API configuration that a stage points to.',
        'E. Stage variables can give each stage its own Lambda alias name.',
        'F. Canary deployments can split the traffic of an HTTP API stage.',
      ].join('\n'),
    );
    expect(solved.choices).toEqual(['B', 'D', 'E']);
  });
});

describe('a WebSocket message that matches none of the custom routes', () => {
  it('goes to $default, whether or not the routes are introduced as "named"', () => {
    const solved = solve(
      [
        'A game server uses an Amazon API Gateway WebSocket API whose route selection expression is $request.body.type. It has the custom routes move, chat and resign, plus $default. A player sends {"type": "emote"}. Which route receives the message?',
        'A. $connect',
        'B. $default',
        'C. $disconnect',
        'D. The chat route',
      ].join('\n'),
    );
    expect(solved.choices).toEqual(['B']);
  });
});

describe('a manual deployment said to be needed on an HTTP API', () => {
  const onHttp = (option: string) => claimsIn(normalize(option), 'apigw-http', { aboutSubjectOnly: true });

  it('is false, since an HTTP API can deploy each change automatically', () => {
    expect(onHttp('A manual deployment is always required before edits reach a stage.')).toContain(false);
    expect(onHttp('Each update must be followed by a manual redeployment to go live.')).toContain(false);
  });

  it('says nothing of a REST API', () => {
    expect(claimsIn(normalize('Each update must be followed by a manual redeployment to go live.'), 'apigw-rest', { aboutSubjectOnly: true })).not.toContain(false);
  });
});
