// The grapheme segmenters Ink's text code makes (@alcalzone/ansi-tokenize, which cuts every line of
// every frame into characters, and slice-ansi), as the trainer's bundles get them
// (scripts/build.mjs). The first Intl.Segmenter a process makes loads ICU's break rules: about 7 ms
// of a start. Text made only of one-column characters (scripts/shims/string-width.ts), escape and
// bell codes has one grapheme per UTF-16 unit (none of them joins its neighbour), so it is cut
// without the segmenter, which is made only for text that needs it.
import { ONE_COLUMN } from './string-width.js';

/** The fast path's characters: the one-column ones, plus ESC and BEL of colour codes and links. */
export const SIMPLE_GRAPHEMES = new RegExp(ONE_COLUMN.source.replace('^[', '^[\\u0007\\u001B'));

type Cutter = Pick<Intl.Segmenter, 'segment'>;

/** The graphemes of a text whose every UTF-16 unit is one: the same iteration and lookup as Intl.Segments. */
class OneUnitSegments implements Intl.Segments {
  constructor(private readonly input: string) {}

  containing(codeUnitIndex = 0): Intl.SegmentData | undefined {
    const index = Math.trunc(codeUnitIndex);
    return index >= 0 && index < this.input.length ? { segment: this.input[index]!, index, input: this.input } : undefined;
  }

  *[Symbol.iterator](): IterableIterator<Intl.SegmentData> {
    for (let index = 0; index < this.input.length; index++) yield { segment: this.input[index]!, index, input: this.input };
  }
}

/** A segmenter behind the fast path: `exact` makes the real one when first needed. */
export function withFastPath(exact: () => Cutter): Cutter {
  let made: Cutter | undefined;
  return {
    segment: (text) => (SIMPLE_GRAPHEMES.test(text) ? new OneUnitSegments(text) : (made ??= exact()).segment(text)),
  };
}
