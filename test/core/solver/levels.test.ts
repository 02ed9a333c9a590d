import { describe, expect, it } from 'vitest';
import { askedLevel, placeOptions, placeSetting } from '../../../src/core/solver/levels.js';
import { solve } from '../../../src/core/solver/solve.js';

describe('where a setting is kept', () => {
  it('finds the level a question asks about only when it asks about settings', () => {
    expect(askedLevel('Which TWO can be configured for an individual stage of a REST API?')).toBe('stage');
    expect(askedLevel('Which of these are stage-level settings?')).toBe('stage');
    expect(askedLevel('Which setting can be overridden per method?')).toBe('method');
    expect(askedLevel('Which service should the team use for each stage of the pipeline?')).toBeUndefined();
  });

  it('places the more specific setting first: the account quota is not the stage throttling', () => {
    expect(placeSetting('The account-level throttle quota')?.levels).toEqual(['account']);
    expect(placeSetting('Throttling limits')?.levels).toContain('stage');
    expect(placeSetting('The CloudWatch Logs role ARN used by API Gateway')?.levels).toEqual(['account']);
    expect(placeSetting('AWS X-Ray tracing')?.levels).toEqual(['stage']);
  });

  it('reads the options as settings only when every one of them is one', () => {
    expect(placeOptions([{ letter: 'A', text: 'API caching' }, { letter: 'B', text: 'Amazon CloudFront' }])).toBeUndefined();
  });

  it('answers with the options kept at the asked level, as many as asked', () => {
    const s = solve('Which TWO can be set on each stage of an API Gateway REST API? (Choose TWO.)\nA. Stage variables\nB. A resource policy\nC. Execution logging\nD. The endpoint type');
    expect(s.choices).toEqual(['A', 'C']);
    expect(s.trace[0]?.step).toBe('levels');
  });

  it('settles no letter when the tables place a different number at that level: every letter is a best guess', () => {
    const s = solve('Which TWO can be set on each stage of an API Gateway REST API? (Choose TWO.)\nA. Stage variables\nB. Response caching\nC. Execution logging\nD. The endpoint type');
    expect(s.guess?.letters).toEqual(s.choices);
    expect(s.confidence).toBeLessThanOrEqual(0.5);
  });
});
