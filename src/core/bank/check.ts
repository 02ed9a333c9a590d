import type { ParsedBank } from './parse.js';
import type { Fact, Problem } from './types.js';

/**
 * Rules that span every loaded bank: ids must be unique across all of them (progress is keyed
 * by id) and every fact id must exist in the catalogue. Questions that break them are dropped
 * from the usable set; the problems say why.
 */
export function checkAcrossBanks(banks: ParsedBank[], facts: readonly Fact[] | undefined): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, string>();
  const known = facts ? new Set(facts.map((fact) => fact.id)) : undefined;
  for (const parsed of banks) {
    if (!parsed.bank) continue;
    const keep: boolean[] = [];
    parsed.bank.questions.forEach((question, index) => {
      const location = parsed.locations[index];
      const at = location?.id ?? { line: 1, col: 1 };
      const file = parsed.bank!.path;
      let ok = true;
      const earlier = firstSeen.get(question.id);
      if (earlier !== undefined) {
        problems.push({ file, ...at, rule: 'duplicate-id', message: `id ${question.id} is already used in ${earlier}` });
        ok = false;
      } else {
        firstSeen.set(question.id, `${file}:${at.line}`);
      }
      if (known) {
        question.facts.forEach((fact, i) => {
          if (known.has(fact)) return;
          problems.push({ file, ...(location?.facts[i] ?? at), rule: 'unknown-fact', message: `${question.id}: fact "${fact}" is not in questions/facts.yaml` });
          ok = false;
        });
      }
      keep.push(ok);
    });
    parsed.bank.questions = parsed.bank.questions.filter((_, i) => keep[i]);
    parsed.locations = parsed.locations.filter((_, i) => keep[i]);
  }
  return problems;
}
