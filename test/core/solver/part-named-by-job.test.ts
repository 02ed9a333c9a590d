import { describe, expect, it } from 'vitest';
import { findAreas } from '../../../src/core/solver/scope.js';
import { solve } from '../../../src/core/solver/solve.js';

const areas = (text: string) => findAreas(text).map((h) => h.area);

// A part of the setting called by its job ("its matchmaking servers", "the studio's matchmaking API") says who calls the API
// or what runs behind it; only a job that is wanted ("needs a matchmaking service") is the neighbour's need.
describe('a part of the setting named by its job is no need for the service that does that job', () => {
  it('reads no GameLift need from servers, an API or a lobby named "matchmaking"', () => {
    expect(areas("A puzzle studio's matchmaking servers call an API on Amazon API Gateway.")).not.toContain('gamelift');
    expect(areas('The team secures its matchmaking HTTP API before the launch.')).not.toContain('gamelift');
    expect(areas('The shop and matchmaking lobby of the game run on containers.')).not.toContain('gamelift');
  });

  it('still reads the need when the job is what is wanted', () => {
    expect(areas('The studio wants managed matchmaking that puts players into game sessions.')).toContain('gamelift');
    expect(areas('A company wants the DNS service for its domain to send visitors to the nearest Region.')).toContain('route53');
  });

  it('answers a question about signing the calls of matchmaking servers with IAM, not outside the rule', () => {
    const s = solve("A kart-racing studio's matchmaking servers run on Amazon EC2 with instance profiles. They call an internal admin REST API on Amazon API Gateway to kick abusive players. Security wants each call authenticated with the servers' own AWS credentials, not a shared secret. Which approach is the MOST secure?\nA. Put an API key in a header on every call\nB. Turn on IAM authorization and sign the requests with Signature Version 4\nC. Share one Cognito user's login across all the servers\nD. Move the API to an edge-optimized endpoint");
    expect(s.outOfScope).toBeNull();
    expect(s.choices).toEqual(['B']);
  });
});
