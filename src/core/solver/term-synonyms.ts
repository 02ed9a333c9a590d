/*
 * Words a term may be met in other words: each key (a word of the term notation) also matches
 * its paraphrases, wherever a term uses it, so areas and concepts need not list every wording.
 */
export const TERM_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  rotate: ['changed_automatically', 'change_automatically', 'changes_automatically'],
  rotated: ['changed_automatically'],
  rotation: ['automatic_change', 'automatic_changes'],
};
