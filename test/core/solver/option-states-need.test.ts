import { describe, expect, it } from 'vitest';
import { areasNamed } from '../../../src/core/solver/scope.js';
import { solve } from '../../../src/core/solver/solve.js';

// An option can offer a neighbouring service by what it does ("a queue that keeps each booking until a server
// polls for it") as well as by its name: it counts for that service's area as a name would.
describe('an option that states what a neighbouring service does', () => {
  it('counts for that area without naming the service', () => {
    expect([...areasNamed(['A durable queue the workers poll at their own pace'])]).toContain('sqs');
  });

  it('takes the question outside the rule when the stem states the same need beside API Gateway', () => {
    const s = solve(
      [
        'Bookings for a ticketing site arrive through Amazon API Gateway. The fulfilment workers on EC2 cannot keep up with the evening peak, and every booking must wait safely until one of them is free. What should be placed between the API and the workers?',
        'A. A usage plan that throttles the stage to the workers\' pace',
        'B. A message queue that holds each booking until a worker polls for it',
        'C. A stage cache that keeps each booking for ten minutes',
        'D. A second REST API in another Region',
      ].join('\n'),
    );
    expect(s.outOfScope?.area).toBe('sqs');
    expect(s.choices).toEqual([]);
  });

  it('does the same for another neighbour, a topic that fans messages out', () => {
    const s = solve(
      [
        'Shipment updates reach a logistics firm through Amazon API Gateway. Each update must fan out to several subscribers at once. What should the API hand each update to?',
        'A. A usage plan on the stage',
        'B. A topic that pushes each update to email and SMS subscribers',
        'C. A stage cache that keeps each update for an hour',
        'D. A second API in another Region',
      ].join('\n'),
    );
    expect(s.outOfScope?.area).toBe('sns');
  });

  it('leaves the question to the rule when the options offer only its services', () => {
    const s = solve(
      [
        'A ticketing site takes bookings through an Amazon API Gateway API. The fulfilment servers on EC2 cannot keep up with the evening peak. Which API type keeps costs lowest?',
        'A. A REST API with a usage plan',
        'B. An HTTP API',
        'C. A WebSocket API',
        'D. A REST API with a stage cache',
      ].join('\n'),
    );
    expect(s.outOfScope).toBeNull();
  });
});
