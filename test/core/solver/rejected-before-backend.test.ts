import { describe, expect, it } from 'vitest';
import { chooseRemedies } from '../../../src/core/solver/remedies.js';

describe('a 400 answer while the function never runs', () => {
  const scenario =
    'A veterinary booking app sends appointments to an Amazon API Gateway REST API in front of AWS Lambda. Since a new app release, some POST calls come back with 400 Bad Request, and the function was not invoked for any of them according to its logs. Which explanation is the most likely?';
  const options = [
    { letter: 'A', text: 'The account went over its Regional quota of requests per second' },
    { letter: 'B', text: "The new release sends bodies that fail validation against the method's model" },
    { letter: 'C', text: 'The function ran longer than its 15-minute maximum' },
    { letter: 'D', text: 'The stage cache returned an expired response' },
  ];

  it('is put down to the request failing validation at the gateway', () => {
    expect(chooseRemedies(options, scenario, 1)?.choices).toEqual(['B']);
  });

  it('calls for nothing when the function did run', () => {
    expect(chooseRemedies(options, scenario.replace('the function was not invoked for any of them', 'the function logged an error for each of them'), 1)).toBeUndefined();
  });
});
