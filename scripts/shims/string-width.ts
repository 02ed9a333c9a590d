// string-width as Ink gets it in the trainer's bundles (scripts/build.mjs). Ink measures every text
// it draws; string-width's exact path (grapheme segmentation, emoji property expressions) runs for
// any character outside printable ASCII, such as the "·" on most lines, and is slow until warm; its
// module alone (a segmenter, Unicode property expressions) takes longer to start than the rest of
// Ink. Text made only of characters that are one column wide, alone and beside any other
// (test/build/string-width.test.ts checks each against string-width), is as wide as it is long, once
// the colour and weight codes Ink puts in nested text are taken out: that needs no string-width.
import type stringWidth from 'string-width';

type StringWidth = typeof stringWidth;

/** Latin letters, punctuation, arrows, mathematical and technical signs, box drawing, blocks and shapes, ⚑ ✓ ✗: those of them
 * that neither copy of string-width takes for emoji or for wide. */
export const ONE_COLUMN = /^[\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AC\u00AF-\u02FF\u2010-\u2027\u2030-\u203B\u203D-\u2048\u204A-\u205E\u2190-\u2193\u219A-\u21A8\u21AB-\u2319\u231C-\u2327\u232B-\u23CE\u23D0-\u23E8\u2500-\u25A9\u25AC-\u25B5\u25B7-\u25BF\u25C1-\u25FA\u2691\u2713\u2715\u2717-\u271C]*$/;

const STYLE_CODES = /\u001B\[[\d;]*m/g;

/** The text's width when every character is one column wide; undefined when only string-width can tell. */
export function oneColumnWidth(text: string, options?: Parameters<StringWidth>[1]): number | undefined {
  if (typeof text !== 'string' || options?.ambiguousIsNarrow === false || options?.countAnsiEscapeCodes) return undefined;
  const plain = text.includes('\u001B') ? text.replace(STYLE_CODES, '') : text;
  return ONE_COLUMN.test(plain) ? plain.length : undefined;
}

/** string-width behind the fast path: `exact` loads it (its module starts) when first needed. */
export function withFastPath(exact: () => StringWidth): StringWidth {
  let loaded: StringWidth | undefined;
  return (text, options) => oneColumnWidth(text, options) ?? (loaded ??= exact())(text, options);
}
