/**
 * Matching works on a normalised copy of the text with exactly the same length, so every match
 * maps back to the original words for quoting.
 */
export function normalize(text: string): string {
  let out = '';
  for (const ch of text) {
    // Astral characters are two UTF-16 units: keep the length with two spaces.
    if (ch.length > 1) {
      out += ' '.repeat(ch.length);
      continue;
    }
    const lower = ch.toLowerCase();
    const c = lower.length === 1 ? lower : ch;
    if (c === '\u2018' || c === '\u2019' || c === '`') out += "'";
    else if (c === '\u201c' || c === '\u201d') out += '"';
    // Hyphens and dashes join or separate words the same way a space does: "per-client" = "per client".
    else if (c === '-' || c === '\u2010' || c === '\u2011' || c === '\u2013' || c === '\u2014' || c === '_') out += ' ';
    else if (/\s/.test(c)) out += ' ';
    else out += c;
  }
  return out;
}

/**
 * Punctuation that ends a clause: only where a space, a closing quote or the end follows, and
 * never one dot of an ellipsis, so "/weather?city=..." or "api.example.com" inside a sentence
 * does not cut it in two.
 */
export const CLAUSE_PUNCTUATION = String.raw`(?:[;!?]|(?<!\.)\.)(?=[\s"')\]]|$)`;

/** The original words of [start, end), tidied for display. */
export function quote(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Counts words in a stretch of normalised text. */
export function wordCount(text: string): number {
  const words = text.match(/[a-z0-9$@%'/]+/g);
  return words ? words.length : 0;
}
