import stem from 'wink-porter2-stemmer';
import type { Span } from './pattern.js';

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
}

/** British -ise spellings stem apart from -ize ones ("monetise" vs "monetize"): spell them one way. */
const ISE = /(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$/;

export function stemWord(word: string): string {
  const w = word.replace(/'s$/, '').replace(ISE, 'iz$1');
  return stem(w);
}

const WORD = /[a-z0-9@$]+(?:'[a-z]+)?|[.;!?]/g;

export function stemText(norm: string): StemmedText {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m; m = WORD.exec(norm)) {
    const word = m[0];
    tokens.push({ stem: /^[.;!?]$/.test(word) ? '.' : stemWord(word), start: m.index, end: m.index + word.length });
  }
  const offsets: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text) text += ' ';
    offsets.push(text.length);
    text += t.stem;
  }
  return { tokens, text, offsets };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles a term into a regular expression over a stem string. */
export function compileTerm(term: string): RegExp {
  const parts: string[] = [];
  let pendingGap = '';
  for (const piece of term.trim().split(/\s+/)) {
    if (piece === '..' || piece === '...') {
      pendingGap = String.raw`(?:[^\s.]+ ){0,${piece === '..' ? 4 : 8}}?`;
      continue;
    }
    const optional = piece.endsWith('?');
    const alternatives = (optional ? piece.slice(0, -1) : piece).split('/').map((alt) => alt.split('_').map((w) => escape(stemWord(w.toLowerCase()))).join(' '));
    const slot = `(?:${[...new Set(alternatives)].join('|')}) `;
    parts.push(pendingGap + (optional ? `(?:${slot})?` : slot));
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
