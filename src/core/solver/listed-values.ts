import { oncePerIndex, wordsOf, type Clause, type Fact, type FactIndex } from './fact-index.js';
import { quantitiesIn, sameAmount, type Quantity } from './quantities.js';

/*
 * A clause that lists the values a setting takes in capitals ("The execution logging level is
 * ERROR or INFO"): an option about the same thing that names a value in capitals that no statement
 * names anywhere ("DEBUG and TRACE levels") claims a value the facts do not give.
 */

/** Two values or more in capitals, listed with "or", "and" or commas. */
export const CAPITAL_LIST = /\b[A-Z][A-Z_]{2,}\b(?:,? (?:or|and) |, )\b[A-Z][A-Z_]{2,}\b/;
export const CAPITAL_WORD = /\b[A-Z][A-Z_]{2,}\b/g;

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

/** What separates two items of a written list of amounts: a comma, "and" or "or". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$/;
/** The fewest amounts that make a list of the values a setting takes rather than a range or a pair. */
const LISTED = 3;

interface AmountList {
  fact: Fact;
  clause: Clause;
  values: Quantity[];
}

/** The clauses that list the values something takes as amounts ("capacities are 0.5, 1.6, 6.1 … and 237 GB"). */
const amountListsOf = oncePerIndex((index: FactIndex): AmountList[] =>
  index.facts.flatMap((fact) =>
    fact.clauses.flatMap((clause) => {
      let run: Quantity[] = [];
      let longest: Quantity[] = [];
      for (const q of clause.quantities) {
        const last = run.at(-1);
        run = last && last.measure === q.measure && LIST_GAP.test(fact.statement.slice(last.end, q.start)) ? [...run, q] : [q];
        if (run.length > longest.length) longest = run;
      }
      return longest.length >= LISTED ? [{ fact, clause, values: longest }] : [];
    }),
  ),
);

/** The words an option speaks of before its first verb: what it says something about ("The cache capacity can be …"). */
const SUBJECT = /^(.*?)\b(?:is|are|was|were|can|cannot|could|may|must|might|will|should|has|have|does|do|gets?|takes?|comes?|goes)\b/;

/** The largest or the smallest of something: the first capture for the largest. */
const EXTREME = /\b(?:(largest|biggest|maximum|max|highest|greatest)|smallest|lowest|minimum|min)\b/;

/**
 * An option whose subject a clause that lists the values of something speaks of whole, naming an
 * amount of the same kind the list does not hold ("in 1 GB steps up to 500 GB" against fixed
 * capacities), or naming as the largest or smallest an amount that is not the list's end: the list and
 * those amounts; undefined otherwise.
 */
export function amountsNotListed(index: FactIndex, optionText: string): { list: AmountList; amounts: Quantity[] } | undefined {
  const subject = SUBJECT.exec(optionText.toLowerCase())?.[1];
  // ("The largest capacity is 118 GB": the subject is the capacity, of which it names the end of the list.)
  const extreme = subject ? EXTREME.exec(subject) : null;
  const carrier = extreme ? wordsOf(extreme[0]) : new Set<string>();
  const about = subject ? [...wordsOf(subject)].filter((stem) => (index.rarity.get(stem) ?? 0) > 0 && !carrier.has(stem)) : [];
  if (about.length === 0) return undefined;
  const said = quantitiesIn(optionText);
  for (const list of amountListsOf(index)) {
    if (!about.every((stem) => list.clause.stems.has(stem))) continue;
    const values = list.values.map((v) => v.value);
    const end = extreme ? (extreme[1] ? Math.max(...values) : Math.min(...values)) : undefined;
    const amounts = said.filter((q) => q.measure === list.values[0]!.measure && (!list.values.some((v) => sameAmount(v, q)) || (end !== undefined && q.value !== end)));
    if (amounts.length > 0) return { list, amounts };
  }
  return undefined;
}

/** "written in Velocity Template Language", "authored in JavaScript": the language or notation something is written in, by name. */
const WRITTEN_IN = /\b(?:written|authored|coded|expressed|scripted|implemented|defined) (?:in|with|using) (?:the )?([A-Z][\w.+#-]*(?: [A-Z][\w.+#-]*)*)/;

/**
 * The name an option says something is written in, when the clause says it is written in another ("Mapping templates are
 * written in Python" against "written in Velocity Template Language (VTL)"); undefined when either names none or they agree.
 */
export function writtenInOther(optionText: string, clauseText: string): string | undefined {
  const said = WRITTEN_IN.exec(optionText)?.[1]?.replace(/[.]+$/, '');
  const given = WRITTEN_IN.exec(clauseText)?.[1];
  if (!said || !given) return undefined;
  const other = (name: string) => !clauseText.toLowerCase().includes(name.toLowerCase());
  return other(said) ? said : undefined;
}
