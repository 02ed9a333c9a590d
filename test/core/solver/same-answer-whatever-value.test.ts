import { describe, expect, it } from 'vitest';
import { chooseRemedies } from '../../../src/core/solver/remedies.js';

describe('one cached answer whatever value the request carries', () => {
  const scenario =
    "A ski resort serves snow reports from an Amazon API Gateway REST API and recently turned on the stage cache. Since then GET /report?slope=… gives skiers the same report whatever slope they pick, until a few minutes have passed. Called directly, the Lambda function answers correctly for each slope. What is the most likely cause?";
  const options = [
    { letter: 'A', text: 'The TTL has to be longer than 3,600 seconds before parameters are read' },
    { letter: 'B', text: 'slope was never added to the method as a cache key' },
    { letter: 'C', text: 'An HTTP API in the same account shares the stage cache' },
    { letter: 'D', text: 'The function keeps running an old copy of its code until redeployed' },
  ];

  it('calls for the parameter as a cache key', () => {
    expect(chooseRemedies(options, scenario, 1)?.choices).toEqual(['B']);
    expect(chooseRemedies(options, scenario.replace('whatever slope they pick', 'regardless of the slope chosen'), 1)?.choices).toEqual(['B']);
  });

  it('calls for nothing without a parameter in the request', () => {
    expect(chooseRemedies(options, scenario.replace('GET /report?slope=… gives', 'the app gives').replace('for each slope', 'each time'), 1)).toBeUndefined();
  });
});
