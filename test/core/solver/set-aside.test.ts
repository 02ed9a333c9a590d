import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { findAreas } from '../../../src/core/solver/scope.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string, concept: string) => findClues(text).some((c) => c.concept === concept && !c.negated);
const areas = (text: string) => new Set(findAreas(text).map((h) => h.area));

/** A service mentioned only to be put aside (turned down, outside this project, looked at and not needed) is background, not a need. */
describe('a mention the text puts aside', () => {
  it('something outside this project', () => {
    const text = 'A hospital wants its infusion pumps to publish readings over MQTT to topics and receive commands back. The patient portal already runs an Amazon API Gateway WebSocket API for live chat with nurses, but that API is not part of this project. Which AWS service should the pumps connect to?';
    expect(wanted(text, 'two-way')).toBe(false);
    expect(solve(text).outOfScope?.area).toBe('iot');
  });

  it('a neighbour named in a sentence about another project', () => {
    expect(areas('The billing team keeps its invoices in a message queue, but that queue is outside the scope of this migration.').has('sqs')).toBe(false);
  });

  it('a proposal that was turned down', () => {
    expect(wanted('An idea to put the nightly import behind an Application Load Balancer was rejected, because nothing outside ever calls it.', 'load-balance')).toBe(false);
  });

  it('something looked at and found not needed', () => {
    expect(wanted('The team looked at AWS AppSync with GraphQL but needs none of its features for this report.', 'graphql')).toBe(false);
  });

  it('what follows the turning down is still a need', () => {
    expect(wanted('The HTTP API option was ruled out because auditors need a private endpoint reachable only from the VPC.', 'private-endpoint')).toBe(true);
  });

  it('a rejection that is no proposal keeps its words', () => {
    expect(wanted('Calls from partners over the WebSocket connection were rejected with 403 errors.', 'two-way')).toBe(true);
  });
});

/** One reading of a proposal serves the chapter's clues and the neighbours' areas alike. */
describe('a neighbour someone only weighed', () => {
  it('looked at or considered is a proposal, not the question\'s area', () => {
    expect(areas('An architect first considered a message queue between the two systems, and the team wants one HTTPS endpoint for partners.').has('sqs')).toBe(false);
    expect(areas('The team looked into a message queue between the two systems for the nightly batch.').has('sqs')).toBe(false);
  });

  it('the same need stated as the text\'s own stays', () => {
    expect(areas('The team wants a message queue between the two systems so that no order is lost during peaks.').has('sqs')).toBe(true);
  });

  it('a sentence ends only at a stop followed by a space, so a hostname keeps the clause whole', () => {
    expect(areas('The team suggests that orders.example.com hand each order to a message queue between the two systems.').has('sqs')).toBe(false);
  });
});
