import { describe, expect, it } from 'vitest';
import { scopeOf } from '../../../src/core/exam-guide/scope.js';
import { groupByDomain, sectionLabel, sectionWeightPercent } from '../../../src/core/exam-guide/sections.js';
import { groupByTopic } from '../../../src/core/topics.js';

describe('what a score covers', () => {
  it('the chapter alone: the API Gateway part of CLF-C02 only', () => {
    expect(scopeOf([{ topic: 'caching' }, { topic: 'auth' }])).toEqual({
      apiGateway: 2,
      other: 0,
      note: 'It covers the API Gateway part of CLF-C02 only, not the whole exam.',
      short: 'API Gateway part of CLF-C02 only',
    });
  });

  it('with questions of your own banks, says how many and that the whole exam is covered only as far as they go', () => {
    expect(scopeOf([{ topic: 'caching' }, { topic: 'general' }, { topic: 'general' }]).note).toBe(
      'It covers the API Gateway part of CLF-C02 and 2 questions of your own banks: the whole exam only as far as those cover it.',
    );
    expect(scopeOf([{ topic: 'general' }])).toMatchObject({ apiGateway: 0, other: 1, short: 'your own banks only' });
  });
});

describe('exam domain sections', () => {
  it('groups by domain in the exam guide order, questions without one last as not mapped, none dropped', () => {
    const items = [{ id: 1, domain: 'billing-pricing-support' as const }, { id: 2 }, { id: 3, domain: 'cloud-concepts' as const }, { id: 4, domain: 'billing-pricing-support' as const }];
    expect(groupByDomain(items).map((g) => [g.section, g.items.map((i) => i.id)])).toEqual([
      ['cloud-concepts', [3]],
      ['billing-pricing-support', [1, 4]],
      ['not-mapped', [2]],
    ]);
    expect(sectionLabel('technology-services')).toBe('3. Cloud Technology and Services');
    expect(sectionLabel('not-mapped')).toBe('Not mapped to an exam domain');
    expect(sectionWeightPercent('security-compliance')).toBe(30);
    expect(sectionWeightPercent('not-mapped')).toBeUndefined();
  });

  it('topics group the same way, in the chapter order', () => {
    expect(groupByTopic([{ topic: 'pricing' as const }, { topic: 'auth' as const }]).map((g) => g.topic)).toEqual(['auth', 'pricing']);
  });
});
