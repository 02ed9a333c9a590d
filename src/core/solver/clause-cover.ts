import { sharedWeight, wordsOf, type FactIndex } from './fact-index.js';

/*
 * How much of what an option says one clause bears out: the option's words the clause says too,
 * with the words of the question's own subject ("Which statements about usage plans …") and the
 * words that only carry the sentence ("can include", "is associated with"), which add nothing a
 * clause would have to say.
 */

/** Stems that carry a sentence rather than say what it is about. */
const CARRYING = new Set(['associ', 'includ', 'check', 'written', 'follow', 'set', 'leav', 'mean', 'given', 'make', 'made']);

/** The share of the option's words, by rarity, the clause bears out. */
export function borneShare(index: FactIndex, own: ReadonlySet<string>, clause: ReadonlySet<string>, subject: ReadonlySet<string>): number {
  const whole = sharedWeight(index, own, own);
  if (whole === 0) return 0;
  const borne = new Set([...own].filter((stem) => clause.has(stem) || subject.has(stem) || CARRYING.has(stem)));
  return sharedWeight(index, own, borne) / whole;
}

/** A word, then what it is in parentheses: "NONE (public)", "$default (… matches no route)". */
const DESCRIBED = /([$\w-]+)\s*\(([^()]*)\)/g;
/** Joins items of one list: ", ", " and ", " or ". */
const JOINED_BEFORE = /\)\s*(?:,|,? and|,? or)\s*$/;
const JOINED_AFTER = /^\s*(?:,|,? and|,? or)\s*[$\w-]+\s*\(/;
/** The plain item before the described one in "AWS_IAM or NONE (public)". */
const ALTERNATIVE_BEFORE = /([$\w-]+) (?:or|and) $/;

/**
 * The option takes words only one parenthesis of the clause says, without the item it describes
 * but with another item of the same list: "AWS_IAM … callable by anyone" against "AWS_IAM or NONE
 * (public)", or "$connect … matches no route" against "$connect (…), $disconnect (…) and $default
 * (… matches no route)", pairs one item with another's description.
 */
export function describesAnother(own: ReadonlySet<string>, clause: string): boolean {
  const described = [...clause.matchAll(DESCRIBED)];
  const inList = described.filter((d) => JOINED_BEFORE.test(clause.slice(0, d.index)) || JOINED_AFTER.test(clause.slice(d.index + d[0].length)));
  const holds = (words: string) => [...wordsOf(words)].some((stem) => own.has(stem));
  for (const d of described) {
    const [whole, item, description] = d;
    const before = clause.slice(0, d.index);
    const siblings = [...(inList.includes(d) ? inList.filter((other) => other !== d).map((other) => other[1]!) : []), ALTERNATIVE_BEFORE.exec(before)?.[1] ?? ''];
    if (!siblings.some((sibling) => sibling && holds(sibling)) || holds(item!)) continue;
    // (Words the rest of the clause says too, "headers" in two lists, are no one description's own.)
    const elsewhere = wordsOf(`${before} ${clause.slice(d.index + whole.length)}`);
    if (![...wordsOf(description!)].some((stem) => !elsewhere.has(stem) && own.has(stem))) continue;
    // (Not when it says its own item's description too: "$connect runs when a client opens a connection" borrows only "client".)
    const ownItem = described.find((other) => other !== d && holds(other[1]!) && ownDescriptionSaid(other, clause, own));
    if (!ownItem) return true;
  }
  return false;
}

/** The option says a word only this item's description says in the clause. */
function ownDescriptionSaid(d: RegExpExecArray | RegExpMatchArray, clause: string, own: ReadonlySet<string>): boolean {
  const at = d.index ?? 0;
  const elsewhere = wordsOf(`${d[1]} ${clause.slice(0, at)} ${clause.slice(at + d[0].length)}`);
  return [...wordsOf(d[2]!)].some((stem) => !elsewhere.has(stem) && own.has(stem));
}

/**
 * A clause that lists items each with its description ("$connect (…), $disconnect (…) and $default (…)"), read for an option
 * that names one item only: the words before the list and that item with its description. Undefined otherwise.
 */
export function itemOfList(own: ReadonlySet<string>, clause: string): string | undefined {
  const described = [...clause.matchAll(DESCRIBED)].filter((d) => JOINED_BEFORE.test(clause.slice(0, d.index)) || JOINED_AFTER.test(clause.slice(d.index + d[0].length)));
  if (described.length < 2) return undefined;
  const named = described.filter((d) => [...wordsOf(d[1]!)].every((stem) => own.has(stem)) && wordsOf(d[1]!).size > 0);
  if (named.length !== 1) return undefined;
  const lead = clause.slice(0, described[0]!.index);
  return `${lead} ${named[0]![0]}`;
}
