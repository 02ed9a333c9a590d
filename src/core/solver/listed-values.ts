import { oncePerIndex, type FactIndex } from './fact-index.js';

/*
 * A clause that lists the values a setting takes in capitals ("The execution logging level is
 * ERROR or INFO"): an option about the same thing that names a value in capitals that no statement
 * names anywhere ("DEBUG and TRACE levels") claims a value the facts do not give.
 */

/** Two values or more in capitals, listed with "or", "and" or commas. */
const CAPITAL_LIST = /\b[A-Z][A-Z_]{2,}\b(?:,? (?:or|and) |, )\b[A-Z][A-Z_]{2,}\b/;
const CAPITAL_WORD = /\b[A-Z][A-Z_]{2,}\b/g;

/** Every word in capitals some statement writes. */
const capitalsWritten = oncePerIndex((index: FactIndex): Set<string> => new Set(index.facts.flatMap((f) => f.statement.match(CAPITAL_WORD) ?? [])));

/** The option's values in capitals that no statement names, when the clause it is read against lists such values; none otherwise. */
export function valuesNotListed(index: FactIndex, optionText: string, clauseText: string): string[] {
  if (!CAPITAL_LIST.test(clauseText)) return [];
  const written = capitalsWritten(index);
  return (optionText.match(CAPITAL_WORD) ?? []).filter((word) => !written.has(word));
}
