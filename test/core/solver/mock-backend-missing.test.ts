import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string, id: string) => findClues(text).some((c) => c.concept === id && !c.negated);

describe('answers the gateway gives itself while the backend does not exist yet', () => {
  it('reads handing back fixed or placeholder bodies as a mock integration', () => {
    expect(wanted('The API should give back placeholder JSON bodies for every route.', 'mock')).toBe(true);
    expect(wanted('Each method must hand back predefined sample payloads to the testers.', 'mock')).toBe(true);
  });

  it('reads a backend that is not built yet as what a mock stands in for', () => {
    expect(wanted('The backend is not ready for ten times the traffic, and it is sometimes not available at night.', 'mock')).toBe(false);
    expect(wanted('Partners want to try the endpoints although the backend is not built yet.', 'mock')).toBe(true);
    expect(wanted('Testers start next week, until the backends are finished.', 'mock')).toBe(true);
  });

  it('does not read deploying servers or compute as automatic API deployments', () => {
    expect(wanted('The team wants this without deploying any servers or containers.', 'auto-deploy')).toBe(false);
    expect(wanted('Route changes must go live without redeploying the API by hand.', 'auto-deploy')).toBe(true);
  });

  it('chooses a REST API for a gateway that answers on its own until the functions exist', () => {
    const s = solve(
      'A ferry operator\'s app team wants to build screens against the timetable API today, while the Lambda backend is not written yet. The gateway must hand back fixed example responses for each method, without deploying any servers, and the real functions will be plugged in later. Which service and API type fit?',
    );
    expect(s.service).toBe('apigw-rest');
  });
});
