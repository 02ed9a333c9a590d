// string-width as Ink gets it in the trainer's bundles (scripts/build.mjs). Ink measures every text
// it draws; string-width's exact path (grapheme segmentation, emoji property expressions) runs for
// any character outside printable ASCII, such as the "·" on most lines, and is slow until warm,
// which is most of a first frame. Text made only of characters that are one column wide, alone and
// beside any other (test/build/string-width.test.ts checks each against string-width), is as wide as
// it is long, once the colour and weight codes Ink puts in nested text are taken out.
import stringWidth, { type Options } from 'string-width';

export const ONE_COLUMN = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u202F-\u205E\u2190-\u2319\u231C-\u2328\u232B-\u23E8\u23ED-\u23EF\u23F1-\u23F2\u23F4-\u23FF\u2500-\u25FC\u25FF-\u2613\u2616-\u262F\u2638-\u2647\u2654-\u267E\u2680-\u2689\u2690-\u2692\u2694-\u26A0\u26A2-\u26A9\u26AC-\u26BC\u26BF-\u26C3\u26C6-\u26CD\u26CF-\u26D3\u26D5-\u26E9\u26EB-\u26F1\u26F4\u26F6-\u26F9\u26FB-\u26FC\u26FE-\u2704\u2706-\u2709\u270C-\u2727\u2729-\u274B\u274D\u274F-\u2752\u2756\u2758-\u2794\u2798-\u27AF\u27B1-\u27BE]*$/;

const STYLE_CODES = /\u001B\[[\d;]*m/g;

export default function width(text: string, options?: Options): number {
  if (options?.ambiguousIsNarrow === false || options?.countAnsiEscapeCodes) return stringWidth(text, options);
  const plain = text.includes('\u001B') ? text.replace(STYLE_CODES, '') : text;
  return ONE_COLUMN.test(plain) ? plain.length : stringWidth(text, options);
}
