import { describe, expect, it } from 'vitest';
import { findAreas } from '../../../src/core/solver/scope.js';
import { solve } from '../../../src/core/solver/solve.js';

const areas = (text: string) => findAreas(text).map((h) => h.area);

// What must stay as it is ("keeping the same DNS records") constrains the change; it is no need for the service that keeps it.
describe('what must stay as it is is no need for its service', () => {
  it('reads no DNS need from records or a domain that are kept unchanged', () => {
    expect(areas('The team must ship the fix while keeping the existing DNS records.')).not.toContain('route53');
    expect(areas('It wants to retain the same domain names and DNS settings for partners.')).not.toContain('route53');
    expect(areas('The company wants DNS records that send each visitor to the closest Region.')).toContain('route53');
  });

  it('answers a canary question that keeps the same DNS records within the rule', () => {
    const s = solve("A quiz app serves its scoring API from the live stage of an Amazon API Gateway REST API. The team wants one in ten of the live stage's requests to reach a new deployment while the rest stay on the old one, then promote it. Which approach needs the fewest changes, keeping the same stage URL and DNS records?\nA. Build a second API and split traffic with Route 53 weighted records\nB. Turn on a canary release on the stage and set its share of traffic\nC. Send testers to a beta stage chosen through stage variables\nD. Turn on automatic deployments so the new version goes live at once");
    expect(s.outOfScope).toBeNull();
    expect(s.choices).toEqual(['B']);
  });
});
