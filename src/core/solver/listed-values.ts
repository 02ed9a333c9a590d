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

/** A period something is counted by ("per hour", "each day", "hourly", "daily"): the listed values may be such periods. */
const PERIOD = /\b(?:(?:per|each|every|a|an) (second|minute|hour|day|week|month|year)|(hour|dai|week|month|year)ly)\b/gi;
const periodOf = (m: RegExpMatchArray) => (m[1] ?? (m[2] === 'dai' ? 'day' : m[2]!)).toUpperCase();

/**
 * The option's values in capitals that no statement names, when the clause it is read against lists such values; none
 * otherwise. When the clause lists periods ("per DAY, WEEK or MONTH"), a period the option names in any case that the
 * list lacks ("per hour") is such a value too, unless it is the period of a rate the option gives ("100 requests per second").
 */
export function valuesNotListed(index: FactIndex, optionText: string, clauseText: string): string[] {
  const list = CAPITAL_LIST.exec(clauseText);
  if (!list) return [];
  const written = capitalsWritten(index);
  const invented = (optionText.match(CAPITAL_WORD) ?? []).filter((word) => !written.has(word));
  const listed = clauseText.match(CAPITAL_WORD) ?? [];
  const periods = listed.filter((word) => /^(?:SECOND|MINUTE|HOUR|DAY|WEEK|MONTH|YEAR)S?$/.test(word)).map((word) => word.replace(/S$/, ''));
  if (periods.length < 2) return invented;
  const ofRates = (m: RegExpMatchArray) => /\d[\d,.]*\s+(?:\w+\s+){0,2}$/i.test(optionText.slice(Math.max(0, m.index! - 40), m.index));
  const unlisted = [...optionText.matchAll(PERIOD)].filter((m) => !ofRates(m)).map(periodOf).filter((p) => !periods.includes(p));
  return [...new Set([...invented, ...unlisted])];
}
