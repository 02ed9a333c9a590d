import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

// What someone heard or read of, what an early sketch showed and what people did in a past job say who they are or what
// was once drawn: none of it is a need. Only the clause that says it is set aside; what follows it still counts.
describe('hearsay, early sketches and past experience are background', () => {
  it('sets aside a service someone has read or heard could help, up to the turn to what is needed now', () => {
    expect(wanted('The owners have heard that AWS AppSync might simplify things one day.')).not.toContain('graphql');
    expect(wanted('The owners have heard that AWS AppSync might simplify things one day, but today they need clients to pick their fields in GraphQL.')).toContain('graphql');
  });

  it('sets aside a service drawn in an early diagram or sketch', () => {
    expect(wanted('The shop needs no usage plans, though a contractor had drawn Amazon API Gateway in an early sketch.')).not.toContain('apigw-explicit');
    expect(wanted('A consultant sketched Amazon CloudFront on the whiteboard last year.')).not.toContain('cdn');
  });

  it("sets aside what people did in a previous job, and reads their wish that follows as the need", () => {
    const found = wanted('Three developers who ran a CDN at a previous employer want to cache the images at edge locations near readers worldwide.');
    expect(found).toContain('edge-cache');
    expect(found).not.toContain('cdn');
  });

  it('chooses the load balancer when API Gateway was only in an early diagram', () => {
    const s = solve('A ticket reseller runs its site on EC2 instances in an Auto Scaling group over two Availability Zones. Paths under /tickets go to one set of instances and /admin to another, some reports run synchronously for five minutes, and unhealthy instances must stop getting requests. No API keys or quotas are needed, although API Gateway appeared in an early diagram of the design. What should spread the requests over the instances?');
    expect(s.service).toBe('alb');
  });

  it('chooses the HTTP API when CloudFront is only something the owners have read about', () => {
    const s = solve('A dog-walking start-up exposes four Lambda functions to its app. Walkers sign in with an Amazon Cognito user pool, and only requests with a valid token from it may reach the functions. The owners have read that Amazon CloudFront could speed things up for users later, but for now they need no caching, no request validation and no API keys. They want to pay as little as possible per request. Which option fits?');
    expect(s.service).toBe('apigw-http');
  });
});
