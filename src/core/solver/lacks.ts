import { wordCount } from './text.js';

/*
 * Statements that their subject lacks something: "It cannot send traces to AWS X-Ray", "They have
 * no usage plans", "No request validation". What such an option names is what the subject does
 * not have, so it is true when the subject lacks it, not when it has it.
 */

const NEGATION = /\b(?:cannot|can ?not|can't|does not|doesn't|do not|don't|lacks?|lacking|(?:has|have|offers?|provides?|gives?|supports?) no|no support|not (?:support|offer|provide|allow)\w*|(?:is|are) not able|unable)\b/;
/** "No per-client quotas or API keys": a statement that opens with what is missing. */
const OPENS_WITH_NO = /^\s*no\b/;
const PRONOUN = /^\s*(?:it|they)\s*$/;
/** At most this many words name the subject before the negation ("An Amazon API Gateway HTTP API cannot …"). */
const NAME_WORDS = 6;

/**
 * Whether an option's normalised text says its subject lacks something: the negation opens it, or
 * follows "it", "they" or the subject's name; a negation inside a feature ("bodies that do not match
 * a schema") is no such statement.
 */
export function statesLack(norm: string, namesSubject: (words: string) => boolean): boolean {
  if (OPENS_WITH_NO.test(norm)) return true;
  const m = NEGATION.exec(norm);
  if (!m) return false;
  const before = norm.slice(0, m.index);
  return wordCount(before) === 0 || PRONOUN.test(before) || (wordCount(before) <= NAME_WORDS && namesSubject(before));
}
