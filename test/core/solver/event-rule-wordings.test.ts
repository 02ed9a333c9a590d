import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

const areaOf = (text: string) => solve(text).outOfScope?.area ?? null;

describe('events from a SaaS application routed by rules on their content', () => {
  it('reads rules that match fields of an event, or records that change in a SaaS tool, as an event bus', () => {
    expect(areaOf('Each time a ticket is updated in the SaaS help-desk tool the company uses, different AWS targets must run, picked by rules that match attributes in the update event. Which service should take in these events?')).toBe('eventbridge');
    expect(areaOf('When an order record changes in the SaaS commerce platform, the finance and shipping teams each want their own Lambda function run, and no one wants a poller. Which AWS service should receive the change notifications?')).toBe('eventbridge');
  });
});
