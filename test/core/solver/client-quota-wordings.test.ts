import { describe, expect, it } from 'vitest';
import { findClues } from '../../../src/core/solver/clues.js';
import { findAreas } from '../../../src/core/solver/scope.js';
import { solve } from '../../../src/core/solver/solve.js';

const wanted = (text: string) => findClues(text).filter((c) => !c.negated).map((c) => c.concept);
const areas = (text: string) => findAreas(text).map((h) => h.area);

describe('clients told apart and held to their own allowance', () => {
  it('reads a number of calls a client may make per day, week or month as a quota', () => {
    expect(wanted('Starter resellers are allowed to send 20,000 requests a month.')).toContain('per-client-quota');
    expect(wanted('The API handles about 3 million requests a month.')).not.toContain('per-client-quota');
  });

  it('reads calls tied to the client that sent them, and one heavy client not starving the rest, as per-client limits', () => {
    expect(wanted('Each request must be attributed to the dealer that sent it.')).toContain('per-client-quota');
    expect(wanted('The platform must make sure one busy tenant cannot swamp everyone else.')).toContain('per-client-quota');
  });

  it('does not read the client who made a call as an audit of AWS activity', () => {
    expect(areas('Every lookup must be linked to the insurer who made it.')).not.toContain('cloudtrail');
    expect(areas('Auditors must see who made each change to the API configuration.')).toContain('cloudtrail');
  });

  it('puts a REST API with usage plans in front of a data feed sold in weekly allowances', () => {
    const s = solve(
      'A weather-data firm sells forecasts to around thirty airlines. Standard airlines are allowed to make 20,000 calls a week and enterprise airlines 300,000, each call must be traced to the airline who made it, and one busy airline must not starve the rest. The forecasts come from AWS Lambda. What should sit in front of the functions?',
    );
    expect(s.service).toBe('apigw-rest');
  });
});
