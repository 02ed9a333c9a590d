import { describe, expect, it } from 'vitest';
import { findAreas } from '../../../src/core/solver/scope.js';
import { solve } from '../../../src/core/solver/solve.js';

const areas = (text: string) => new Set(findAreas(text).map((h) => h.area));

/** AWS WAF's managed rules are "managed rules" or "rule groups": a "facilities-management group" is only who the customer is. */
describe('WAF managed rules against a company described as a management group', () => {
  it('a management group that receives files over SFTP is a Transfer Family question', () => {
    const s = solve('A facilities-management group collects meter reports that its contractors can only upload over SFTP, and it wants the files to end up in Amazon S3 without running any servers of its own. Which AWS service should it use?');
    expect(s.outOfScope?.area).toBe('transfer-family');
  });

  it.each(['The site needs AWS managed rules against common exploits.', 'The team subscribes to a vendor rule group for its web ACL.'])('%s', (text) => {
    expect(areas(text).has('waf')).toBe(true);
  });

  it('a property-management group is no WAF need', () => {
    expect(areas('A property-management group keeps tenant records.').has('waf')).toBe(false);
  });
});
