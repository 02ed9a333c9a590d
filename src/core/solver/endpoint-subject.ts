import type { Clause, Fact } from './fact-index.js';
import { normalize } from './text.js';

/** The endpoint types a text names as such: "edge-optimized REST APIs", "Regional and private REST APIs", "a private endpoint", "Regional is the default endpoint type". */
const ENDPOINT_TYPE = /\b(edge optimi[sz]ed|regional|private)\b(?=(?:\s*(?:,|and|or)\s*(?:edge optimi[sz]ed|regional|private)\b)*(?:\s+(?:rest\s+)?(?:apis?|endpoints?)\b|\s+(?:is|was|remains)\s+(?:the|an?)\s+(?:\w+\s+)?endpoint\b))/g;

export function endpointTypesNamed(norm: string): string[] {
  return [...new Set([...norm.matchAll(ENDPOINT_TYPE)].map((m) => m[1]!.replace(/^edge.*/, 'edge optimized')))];
}

/**
 * Whether a clause may speak of the endpoint types an option is about: it names one of them, or
 * names none ("raised beyond 29 s for Regional and private REST APIs" gives nothing for an
 * edge-optimized one).
 */
export function clauseAboutEndpoints(fact: Fact, clause: Clause, optionNorm: string): boolean {
  const own = endpointTypesNamed(optionNorm);
  const spoken = endpointTypesNamed(normalize(fact.statement.slice(clause.start, clause.end)));
  return own.length === 0 || spoken.length === 0 || spoken.some((t) => own.includes(t));
}
