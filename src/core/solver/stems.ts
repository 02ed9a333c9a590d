import { stemWord } from '../text/words.js';
import { readLineTable, tableLine } from './line-table.js';
import type { Span } from './pattern.js';
import { TERM_SYNONYMS } from './term-synonyms.js';
import { CLAUSE_PUNCTUATION } from './text.js';

/*
 * Word forms without word lists: the text and the terms are both reduced to Porter2 stems
 * ("metered", "metering", "meters" → "meter"), so a term written once matches every form.
 *
 * Term notation: words separated by spaces; `a/b/c` is one word slot with alternatives, and
 * `front_end` inside a slot is several words;
 * `..` lets up to 4 words pass and `...` up to 8, within one clause; `?` after a word makes it
 * optional. Terms match whole stems only.
 */

interface Token {
  stem: string;
  start: number;
  end: number;
}

/** A normalised text as stems, with the offset of each stem in the stem string. */
export interface StemmedText {
  tokens: Token[];
  /** Stems joined by single spaces; clause punctuation is kept as its own token (".") so gaps stop there. */
  text: string;
  offsets: number[];
  /** Every stem of the text, for a quick check before a term is matched. */
  stems: Set<string>;
}

const WORD = new RegExp(String.raw`[a-z0-9@$]+(?:'[a-z]+)?|${CLAUSE_PUNCTUATION}`, 'g');

/** Stems already worked out: one text is read for clues, areas and clauses, and its options repeat its words. */
const STEMMED = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

function stemOf(word: string): string {
  let stem = STEMMED.get(word);
  if (stem === undefined) {
    stem = stemWord(word);
    if (STEMMED.size < MAX_REMEMBERED) STEMMED.set(word, stem);
  }
  return stem;
}

export function stemText(norm: string): StemmedText {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m; m = WORD.exec(norm)) {
    const word = m[0];
    tokens.push({ stem: /^[.;!?]$/.test(word) ? '.' : stemOf(word), start: m.index, end: m.index + word.length });
  }
  const offsets: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text) text += ' ';
    offsets.push(text.length);
    text += t.stem;
  }
  return { tokens, text, offsets, stems: new Set(tokens.map((t) => t.stem)) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One slot of a term: its alternatives (each one or more stems), and whether it may be left out. */
interface Slot {
  alternatives: string[];
  optional: boolean;
}

type Slots = (Slot | '..' | '...')[];

// Worked out at build time for the built-in terms (scripts/build.mjs): each term's guard and the
// term written again with its words already stemmed, so a one-off solve need not stem every word
// of every term; a term changed since is simply worked out again.
// It comes as lines of text (line-table.ts), `term<TAB>guard<TAB>stemmed`, from a file read on first
// use (undefined when there is none).
declare const __CLF_SOLVER_TERMS__: (() => string | undefined) | undefined;
let precomputed: Map<string, string> | undefined;
const PRECOMPUTED = () => {
  if (precomputed) return precomputed;
  const table = typeof __CLF_SOLVER_TERMS__ === 'function' ? __CLF_SOLVER_TERMS__() : undefined;
  return (precomputed = table === undefined ? new Map() : readLineTable(table));
};

/** A built-in term's line of the table, `guard<TAB>stemmed`, or undefined for a term it lacks; each part is cut out only when it is used. */
const known = (term: string): string | undefined => PRECOMPUTED().get(term);

function slotsOf(term: string): Slots {
  const found = known(term);
  return found === undefined ? analyseTerm(term) : parseSlots(found.slice(found.indexOf('\t') + 1), (w) => w);
}

/** The table build time stores: every built-in term, its guard and its words stemmed, one line each. */
export function termTable(terms: readonly string[]): string {
  return [...new Set(terms)]
    .map((term) => {
      const slots = analyseTerm(term);
      const stemmed = slots.map((slot) => (typeof slot === 'string' ? slot : `${slot.alternatives.map((a) => a.replace(/ /g, '_')).join('/')}${slot.optional ? '?' : ''}`)).join(' ');
      return tableLine(term, `${guardOf(slots).join('/')}\t${stemmed}`);
    })
    .join('\n');
}

function analyseTerm(term: string): Slots {
  return parseSlots(term, (w) => stemWord(w.toLowerCase()));
}

function parseSlots(term: string, stemOf: (word: string) => string): Slots {
  return term
    .trim()
    .split(/\s+/)
    .map((piece) => {
      if (piece === '..' || piece === '...') return piece;
      const optional = piece.endsWith('?');
      const written = (optional ? piece.slice(0, -1) : piece).split('/');
      const alternatives = [...written, ...written.flatMap((alt) => TERM_SYNONYMS[alt] ?? [])].map((alt) => alt.split('_').map(stemOf).join(' '));
      return { alternatives: [...new Set(alternatives)], optional };
    });
}

/** A term, ready to match: its regular expression is built the first time a text could match it. */
export interface CompiledTerm {
  /** The first stems of the alternatives of the most selective slot that must be there: a text lacking all of them cannot match. */
  guard: string[];
  source: string;
  regex?: RegExp;
}

export function prepareTerm(term: string): CompiledTerm {
  const found = known(term);
  return { guard: found === undefined ? guardOf(analyseTerm(term)) : found.slice(0, found.indexOf('\t')).split('/'), source: term };
}

/** The required slot whose alternatives' first stems are fewest and longest (the least likely to be in a text). */
function guardOf(slots: Slots): string[] {
  const required = slots.filter((s): s is Slot => typeof s !== 'string' && !s.optional).map((s) => [...new Set(s.alternatives.map((a) => a.split(' ')[0]!))]);
  const selectivity = (stems: string[]) => Math.min(...stems.map((w) => w.length)) - stems.length / 10;
  return required.sort((a, b) => selectivity(b) - selectivity(a))[0] ?? [];
}

/** Every match of a prepared term, skipping the regular expression when a needed word is missing. */
export function matchTerm(term: CompiledTerm, stemmed: StemmedText): Span[] {
  if (term.guard.length && !term.guard.some((s) => stemmed.stems.has(s))) return [];
  return findTerm((term.regex ??= compileTerm(term.source)), stemmed);
}

/** Compiles a term into a regular expression over a stem string. */
export function compileTerm(term: string): RegExp {
  const parts: string[] = [];
  let pendingGap = '';
  for (const slot of slotsOf(term)) {
    if (slot === '..' || slot === '...') {
      pendingGap = String.raw`(?:[^\s.]+ ){0,${slot === '..' ? 4 : 8}}?`;
      continue;
    }
    const pattern = `(?:${slot.alternatives.map(escape).join('|')}) `;
    parts.push(pendingGap + (slot.optional ? `(?:${pattern})?` : pattern));
    pendingGap = '';
  }
  // Every slot ends in one space: the stem string gets a trailing space to match against.
  return new RegExp(`(?<![^ ])${parts.join('')}`, 'g');
}

/** Every match of a compiled term, as spans of the normalised text. */
export function findTerm(regex: RegExp, stemmed: StemmedText): Span[] {
  const spans: Span[] = [];
  const subject = `${stemmed.text} `;
  regex.lastIndex = 0;
  for (let m = regex.exec(subject); m; m = regex.exec(subject)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const first = tokenAt(stemmed, m.index);
    const last = tokenAt(stemmed, m.index + m[0].trimEnd().length - 1);
    spans.push({ start: stemmed.tokens[first]!.start, end: stemmed.tokens[last]!.end });
  }
  return spans;
}

/** The token whose stem covers a position of the stem string. */
function tokenAt(stemmed: StemmedText, position: number): number {
  let lo = 0;
  let hi = stemmed.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (stemmed.offsets[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
