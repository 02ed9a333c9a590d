import { groupInOrder } from '../group.js';
import { DOMAIN_INFO, DOMAINS, type Domain } from './domains.js';

/**
 * Results by exam domain, as the real score report gives them by section. Imported and user
 * banks may have questions without a domain: they form a section of their own, "not mapped",
 * so they are counted where the learner can see them, never dropped.
 */
export const NOT_MAPPED = 'not-mapped';
export type DomainSection = Domain | typeof NOT_MAPPED;
export const DOMAIN_SECTIONS: readonly DomainSection[] = [...DOMAINS, NOT_MAPPED];

export function sectionOf(question: { domain?: Domain }): DomainSection {
  return question.domain ?? NOT_MAPPED;
}

/** "3. Cloud Technology and Services", or "Not mapped to an exam domain". */
export function sectionLabel(section: DomainSection): string {
  return section === NOT_MAPPED ? 'Not mapped to an exam domain' : `${DOMAIN_INFO[section].number}. ${DOMAIN_INFO[section].label}`;
}

/** The exam guide's share of the scored content, in percent; none for questions not mapped. */
export function sectionWeightPercent(section: DomainSection): number | undefined {
  return section === NOT_MAPPED ? undefined : Math.round(DOMAIN_INFO[section].weight * 100);
}

/** Items grouped by domain in one pass, in the exam guide's order, not mapped last; empty sections left out. */
export function groupByDomain<T extends { domain?: Domain }>(items: readonly T[]): { section: DomainSection; items: T[] }[] {
  return groupInOrder(items, DOMAIN_SECTIONS, sectionOf).map(({ key, items: list }) => ({ section: key, items: list }));
}
