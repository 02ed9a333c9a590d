import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * Hosting dedicated game servers and placing matched players into game sessions is Amazon
 * GameLift's job, an area of its own, named as such; pushing moves to players over a persistent
 * connection stays a WebSocket API. (Before the fix: 0 of 3 right: two abstentions naming only
 * "other AWS services", and one WebSocket API.)
 */
describe('dedicated game servers and game sessions', () => {
  it.each([
    'A studio is releasing an online racing game. It wants AWS to run and scale the fleets of dedicated servers its own server binary needs, and to put matched racers into game sessions close to them. Which AWS service fits?\nA. An Amazon API Gateway WebSocket API with a route per race\nB. AWS AppSync subscriptions for each race\nC. Amazon GameLift\nD. An Application Load Balancer with EC2 Auto Scaling',
    "An indie team's multiplayer arena game needs dedicated game servers that AWS deploys and patches for it, plus a service that groups players of similar skill and starts a match for them. Which service should the team use?",
    'A board-game publisher wants a managed service to host its custom game-server processes on fleets that grow with demand and to assign waiting players to game sessions. Which AWS service fits best?\nA. AWS AppSync\nB. Amazon GameLift\nC. An Amazon API Gateway WebSocket API\nD. Amazon CloudFront',
  ])('%s', (text) => {
    const s = solve(text);
    expect(s.choices).toEqual([]);
    expect(s.service).toBeNull();
    expect(s.outOfScope?.area).toBe('gamelift');
  });

  it('keeps moves pushed to players over a persistent connection a WebSocket API', () => {
    expect(solve('A multiplayer quiz app must push each new question to every connected player at once and receive their answers over the same connection. Matched players join a game room. Which AWS service fits?').service).toBe('apigw-websocket');
  });
});
