import { createHash } from 'node:crypto';

/** The stem reduced to what identifies it: case, punctuation and spacing do not matter. */
export function normaliseStem(stem: string): string {
  return stem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** Stable id from the stem alone, so re-importing an edited or re-ordered file keeps progress. */
export function stemId(stem: string): string {
  return `imp-${shortHash(normaliseStem(stem))}`;
}

/** For a stem shared by different questions ("Which service fits?"): the options join in. */
export function stemAndOptionsId(stem: string, options: readonly string[]): string {
  return `imp-${shortHash(`${normaliseStem(stem)}\n${optionsKey(options)}`)}`;
}

/** A question's options as a set, for telling a repeated question from another with the same stem. */
export function optionsKey(options: readonly string[]): string {
  return options
    .map(normaliseStem)
    .sort()
    .join('\n');
}
