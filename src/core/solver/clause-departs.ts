/*
 * What an option says against the clause it shares nearly all its words with, which the shared
 * words alone do not show: a number the clause does not give ("Signature Version 2" beside
 * "Version 4"), a word it denies that the clause asserts ("do not support WebSockets" beside
 * "support WebSockets …, but not to Lambda targets"), the caller and the backend in swapped
 * places ("clients push to the backend" beside "backends push to clients"), or "after" where the
 * clause says "before". Such an option restates nothing. Also read here: an option that says the
 * clause with its denial turned around, two API types compared the other way round, the other hop
 * of a call, a listed job told without its name, and a year the clause does not give.
 */

import { denialJustBefore, inContrastedHalf } from './negation.js';
import { typesAt } from './api-type-names.js';
import { wordsOf, type FactIndex } from './fact-index.js';
import type { ServiceId } from './types.js';

/** Words that deny what follows them. */
const DENIAL = /\b(?:not|no|never|cannot|can't|isn't|aren't|doesn't|don't|won't)\s+((?:(?:be|a|an|any|the|to|have|has|been|always|ever|directly|natively|on|in|for|by|with|of|at|from|as)\s+)*)([a-z][\w-]*)/g;
/** A denial of a verb, not of a thing ("no stage name"). */
const VERB_DENIAL = /^(?:not|never|cannot|can't|isn't|aren't|doesn't|don't|won't)\b/;

/** What may stand just before a word to deny it. */
const DENIED_BEFORE = denialJustBefore(2, ["won't"]);

/** "The claim that … is wrong". */
const CALLED_WRONG = /\b(?:is|are) (?:wrong|false|incorrect|untrue|not true|a myth)\b/;

/** The two ends of a call: the one who calls, and the backend the call reaches. */
const CALLER = /\b(?:clients?|callers?|browsers?|end users?)\b/;
const BACKEND = /\b(?:backends?|integrations?|servers?)\b/;

/** A word's stem for matching its other forms: "supports", "supported" and "support". */
const stemOf = (word: string) => word.replace(/(?:ing|ed|es|s)$/, '');

/** The text says the word (any of its forms) somewhere it does not deny it. */
function assertsWord(text: string, word: string): boolean {
  for (const m of text.matchAll(new RegExp(`\\b${stemOf(word).replace(/[^\w-]/g, '')}\\w*`, 'g'))) {
    if (!DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) && !inContrastedHalf(text, m.index)) return true;
  }
  return false;
}

/** The text denies the word (any of its forms) somewhere. */
const deniesWord = (text: string, word: string) => [...text.matchAll(DENIAL)].some((m) => stemOf(m[2]!) === stemOf(word));

/** Whether the caller comes before the backend in the text: undefined when it names not both. */
function callerFirst(text: string): boolean | undefined {
  const caller = CALLER.exec(text);
  const backend = BACKEND.exec(text);
  return caller && backend ? caller.index < backend.index : undefined;
}

/** The words one text denies that the other asserts and nowhere denies. */
const deniedAgainst = (denying: string, asserting: string) => [...denying.matchAll(DENIAL)].map((m) => m[2]!).filter((word) => assertsWord(asserting, word) && !deniesWord(asserting, word));

/**
 * The option denies a word the clause asserts ("do not support WebSockets" beside "support
 * WebSockets …, but not to Lambda targets"), or asserts one the clause denies ("limits still apply"
 * beside "limits don't apply"); unless it does both, saying the same from the other side ("hosted
 * on S3, not on API Gateway" beside "API Gateway does not host").
 */
function denialMismatch(norm: string, text: string): boolean {
  return (deniedAgainst(norm, text).length > 0) !== (deniedAgainst(text, norm).length > 0);
}

/**
 * The option says the clause turned around: it denies what the clause asserts, or asserts (and
 * nowhere denies) what the clause denies ("S3 website endpoints support HTTPS" against "S3 website
 * endpoints don't support HTTPS").
 */
export function turnsAround(norm: string, clause: string): boolean {
  const text = clause.toLowerCase();
  // (Only a verb's denial turns a statement around: "served with no stage name" denies no part of what it says;
  // nor does a contrast after a comma, "deployed in one Region, not at the edge", which sets another thing against it,
  // unless it follows "only": "only to Lambda functions, not to HTTP backends" says what is left out.)
  const contrast = (at: number) => /,\s*$/.test(norm.slice(0, at)) && !/\bonly\b/.test(norm.slice(0, at));
  if ([...norm.matchAll(DENIAL)].some((m) => !VERB_DENIAL.test(m[0]) || contrast(m.index))) return false;
  const optionDenies = [...norm.matchAll(DENIAL)];
  const clauseDenies = [...text.matchAll(DENIAL)];
  // (The clause may deny other things than the option speaks of: "… does not rule ALB out" beside "can authenticate users".)
  if (optionDenies.length > 0) return deniedAgainst(norm, text).length > 0 && deniedAgainst(text, norm).length === 0;
  return clauseDenies.length > 0 && clauseDenies.every((m) => VERB_DENIAL.test(m[0]) && assertsWord(norm, m[2]!));
}

/** The option (normalized) says something the clause's words do not bear out, read as described above (its denials aside, when asked). */
export function departsFrom(norm: string, clause: string, denialsAside = false): boolean {
  const text = clause.toLowerCase();
  // (Digits inside a name, "S3" or "x-amzn", are no number of their own.)
  const numbersOf = (said: string) => said.match(/(?<![a-z\d-])\d+/g) ?? [];
  const numbers = new Set(numbersOf(text));
  if (numbersOf(norm).some((n) => !numbers.has(n))) return true;
  // (A clause that calls a claim wrong asserts none of its words: the denial reading speaks for it.)
  if (CALLED_WRONG.test(text)) return true;
  if (!denialsAside && denialMismatch(norm, text)) return true;
  const order = callerFirst(norm);
  const clauseOrder = callerFirst(text);
  if (order !== undefined && clauseOrder !== undefined && order !== clauseOrder) return true;
  const when = (said: string) => (/\bbefore\b/.test(said) ? 'before' : '') + (/\bafter\b/.test(said) ? 'after' : '');
  if (when(norm) && when(text) && when(norm) !== when(text) && !when(text).includes(when(norm))) return true;
  return false;
}

/** A name the option gives ("written in Python") that no statement says at all: no clause can bear it out. */
export function namesUnheardOf(index: FactIndex, text: string): boolean {
  const names = [...text.matchAll(/(?<=[\w,;:)] )[A-Z][\w@-]*/g)].map((m) => m[0]);
  return names.some((name) => [...wordsOf(name)].some((stem) => !index.rarity.has(stem)));
}

/** "X … lower latency than Y": the type before "than", the words that compare, and the type after. */
function comparison(text: string): { first: ServiceId; words: string; second: ServiceId } | undefined {
  const than = /\bthan\b/.exec(text);
  if (!than) return undefined;
  const first = typesAt(text.slice(0, than.index)).at(0);
  const second = typesAt(text.slice(than.index)).at(0);
  const words = /(\S+ \S+)\s*$/.exec(text.slice(0, than.index))?.[1];
  return first && second && words && first.type !== second.type ? { first: first.type, words, second: second.type } : undefined;
}

/**
 * The option compares two API types the other way round from the clause ("REST APIs … lower latency
 * than HTTP APIs" against "HTTP APIs … lower latency than REST APIs"): 'opposite' when it compares
 * them in the clause's own words, 'swapped' when in other words (which may say the same from the
 * other side), undefined when not swapped.
 */
export function swappedComparison(norm: string, clause: string): 'opposite' | 'swapped' | undefined {
  const option = comparison(norm);
  const given = comparison(clause.toLowerCase());
  if (!option || !given || option.first !== given.second || option.second !== given.first) return undefined;
  return option.words === given.words ? 'opposite' : 'swapped';
}

/** One names only the caller's side of a call and the other only the backend's ("client-facing endpoints" against "backend integrations"): they speak of different hops. */
export function otherSide(norm: string, clause: string): boolean {
  const sides = (text: string) => [CALLER.test(text), BACKEND.test(text)];
  const [optionCaller, optionBackend] = sides(norm);
  const [clauseCaller, clauseBackend] = sides(clause.toLowerCase());
  return optionCaller !== optionBackend && clauseCaller !== clauseBackend && optionCaller !== clauseCaller;
}

/** A name written in capitals (or a "$route"), then what it does: "DELETE disconnects", "GET returns connection info". */
const NAMED_JOB = /^\s*([A-Z][A-Z_]{2,}|[$@]\w+)\s+([a-z].*)$/;

/**
 * The option says what one name of a parenthesised list does without that name ("disconnects a
 * client with a POST request" against "(GET returns connection info, DELETE disconnects)"): the
 * clause gives that job to a name the option does not say.
 */
export function jobOfUnnamed(norm: string, written: string): boolean {
  const own = wordsOf(norm);
  for (const group of written.matchAll(/\(([^()]*)\)/g)) {
    const parts = group[1]!.split(/,\s*|\s+and\s+/);
    const jobs = parts.map((part) => NAMED_JOB.exec(part)).filter((m) => m !== null);
    if (jobs.length < 2) continue;
    for (const [part, name, job] of jobs) {
      const elsewhere = wordsOf(written.replace(part, ' '));
      const saysJob = [...wordsOf(job!)].some((stem) => !elsewhere.has(stem) && own.has(stem));
      if (saysJob && ![...wordsOf(name!)].some((stem) => own.has(stem))) return true;
    }
  }
  return false;
}

/** A year as written: 1990 to 2099. */
const YEAR = /\b(?:19[89]\d|20\d\d)\b/g;

/** The option dates what the clause dates, in a year the clause does not give ("generally available in 2018" against "… on 12 March 2020"). */
export function yearNotGiven(norm: string, clause: string): boolean {
  const given = new Set(clause.match(YEAR) ?? []);
  return given.size > 0 && (norm.match(YEAR) ?? []).some((year) => !given.has(year));
}
