import { describe, expect, it } from 'vitest';
import { coverage } from '../../../src/core/bank/coverage.js';
import { single } from '../../helpers/study-questions.js';

describe('coverage', () => {
  it('counts questions per exam domain and requires every chapter question to have one', () => {
    const mapped = { ...single('a', 'caching'), domain: 'technology-services' as const };
    const report = coverage([mapped, single('b', 'pricing')], []);
    expect(report.domains).toEqual([
      { domain: 'cloud-concepts', questions: 0 },
      { domain: 'security-compliance', questions: 0 },
      { domain: 'technology-services', questions: 1 },
      { domain: 'billing-pricing-support', questions: 0 },
    ]);
    expect(report.failures).toContain('1 question has no exam domain');
  });

  it('includes the balance limits among its requirements', () => {
    const giveaway = ['x1', 'x2', 'x3'].map((id) => {
      const q = { ...single(id, 'caching'), domain: 'technology-services' as const };
      return { ...q, choices: q.choices.map((c) => (c.correct ? { ...c, text: `${c.text} with a much longer justification` } : c)) };
    });
    const report = coverage(giveaway, []);
    expect(report.balance.singleKeyLongest).toEqual(['x1', 'x2', 'x3']);
    expect(report.failures.some((f) => f.startsWith('the key is the longest option in 3 of 3'))).toBe(true);
  });
});
