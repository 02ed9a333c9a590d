import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const ruledOut = (text: string) => findClues(text).filter((c) => c.negated).map((c) => c.concept);
const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);

describe('features denied at the gateway, and limits per route', () => {
  it('denies the features, not the gateway where they would be', () => {
    const denied = ruledOut('The team needs no usage plans, caching or WAF rules at the gateway.');
    expect(denied).toContain('api-cache');
    expect(denied).not.toContain('apigw-explicit');
    expect(ruledOut('The company wants to avoid API Gateway.')).toContain('apigw-explicit');
  });

  it("reads a limit for each service's route as throttling, not a per-client quota", () => {
    expect(wanted("Every microservice's route needs its own rate limit.")).not.toContain('per-client-quota');
    expect(wanted('Every reseller has its own monthly limit.')).toContain('per-client-quota');
  });

  it('chooses an HTTP API for a cheap private front door to an internal load balancer with per-route limits', () => {
    const s = solve(
      "A payroll firm runs five microservices behind an internal Application Load Balancer in private subnets. It needs one public HTTPS front door that reaches that load balancer privately, at the lowest price per request, since it expects 300 million calls a month. Each microservice's route must have its own rate limit against bursts. Authentication happens in the services, and nobody wants usage plans, response caching, AWS WAF or schema validation at the gateway. What should the firm use?",
    );
    expect(s.service).toBe('apigw-http');
  });
});
