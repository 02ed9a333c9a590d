/**
 * The notation concept patterns are written in: a regular expression over normalised text
 * (lower case, hyphens as spaces) with two conveniences, so patterns read like the words
 * they match:
 *   - a space matches one or more spaces (or none right after an optional word that ended in one);
 *   - ` .. ` skips up to 4 words and ` ... ` up to 8, within one sentence.
 * Word forms are written out: `cach[a-z]*` for cache, cached, caching.
 * Every pattern matches whole words only, and reads a number whole: "6 GB" is not found inside
 * "1.6 GB", nor "600 MB" inside "1,600 MB", nor "over 1" inside "over 1.5".
 */
// Whitespace, unless the text just matched already ended with some: "(the )?(big )? .. cache".
const SEP = String.raw`(?:(?<=\s)|\s+)`;
const GAP = (n: number) => String.raw`${SEP}(?:[^\s.;!?]+\s+){0,${n}}?`;

// No match starts or ends between the digits of one number ("1.6", "1,600").
const NOT_AFTER_DIGITS = String.raw`(?!(?<=\d[.,])\d)`;
const NOT_BEFORE_DIGITS = String.raw`(?!(?<=\d)[.,]\d)`;

export function compilePattern(pattern: string): RegExp {
  const source = pattern
    .replace(/ \.\.\. /g, '\u0002')
    .replace(/ \.\. /g, '\u0003')
    .replace(/ /g, SEP)
    .replace(/\u0002/g, GAP(8))
    .replace(/\u0003/g, GAP(4));
  // A gap written without spaces around it would silently become "any two characters".
  if (/(?<!\\)\.\./.test(source)) throw new Error(`gap without spaces in pattern: ${pattern}`);
  return new RegExp(`(?<![a-z0-9])${NOT_AFTER_DIGITS}(?:${source})(?![a-z0-9])${NOT_BEFORE_DIGITS}`, 'g');
}

export interface Span {
  start: number;
  end: number;
}

/** Every match of a compiled pattern in normalised text. */
export function findAll(regex: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
