import { describe, expect, it } from 'vitest';
import { chooseRemedies } from '../../../src/core/solver/remedies.js';

describe('403 Forbidden from methods that require an API key', () => {
  const scenario =
    'A parcel tracker exposes an Amazon API Gateway REST API. Last week its methods were changed to require an API key and the stage was added to a usage plan. Since then a legacy kiosk gets 403 Forbidden on every call, while the mobile app is fine. What is the most likely cause?';
  const options = [
    { letter: 'A', text: 'The kiosk has gone over the Region-wide requests-per-second quota' },
    { letter: 'B', text: 'The kiosk never includes a key of the usage plan in its X-API-Key header' },
    { letter: 'C', text: 'The stage cache is still serving responses from before the change' },
    { letter: 'D', text: 'The kiosk sends a JSON body that fails the request model' },
  ];

  it('is put down to the caller not sending a valid key', () => {
    expect(chooseRemedies(options, scenario, 1)?.choices).toEqual(['B']);
  });

  it('calls for nothing when the stem shows no 403', () => {
    expect(chooseRemedies(options, scenario.replace('403 Forbidden', 'slow answers'), 1)).toBeUndefined();
  });
});
