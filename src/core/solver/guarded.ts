import { compilePattern, findAll, type Span } from './pattern.js';
import { requiredText } from './required.js';

/** A pattern (pattern.ts notation) with the words one of which every match holds (required.ts). */
export interface Guarded {
  pattern: string;
  /** One of these is in every match; undefined: always try the pattern. */
  needs: string[] | undefined;
  regex?: RegExp;
}

export const guarded = (pattern: string): Guarded => ({ pattern, needs: requiredText(pattern) });

/**
 * Every match of a guarded pattern in normalised text. A text lacking all the words it needs has
 * none, and its regular expression is not even built: only the patterns a text could match ever are.
 */
export function matchGuarded(guarded: Guarded, norm: string): Span[] {
  if (guarded.needs && !guarded.needs.some((word) => norm.includes(word))) return [];
  return findAll((guarded.regex ??= compilePattern(guarded.pattern)), norm);
}
