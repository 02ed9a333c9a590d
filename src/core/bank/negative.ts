import type { Question } from './types.js';

/**
 * A NOT question ("Which statement … is NOT correct?") keys what does not hold. Marking its key
 * ✓ "correct answer" next to a why that says it is false reads as a contradiction, so the
 * explanation says instead, for every option, what it is and whether that makes it an answer:
 * "false statement, so it is an answer" / "true statement, so it is not an answer".
 *
 * A question counts as a NOT question by its angle (`angle: negative`), not by a NOT in its
 * stem: "available to REST APIs but NOT to HTTP APIs" keys what is true.
 */
export interface NegativeLabels {
  /** For an option that is an answer (marked correct in the bank). */
  answer: string;
  /** For every other option. */
  notAnswer: string;
}

/** Words after NOT up to the first preposition or the end of the clause: "a valid reason", "available". */
const NEGATED = /\bNOT\s+(?:be\s+)?(.+?)(?=\s+(?:for|of|to|about|in|on|over|with|from|by|as|when|if)\b|\s*[?,.;:(]|$)/;
const STATEMENT_WORDS = /^(?:correct|true|accurate|valid)$/i;
/** The noun a "Which … is NOT correct?" stem asks about: "Which THREE statements", "Which claim". */
const NOUN = /\bWhich\s+(?:[A-Z]+\s+)?(statement|claim|description)s?\b/i;
const MAX_WORDS = 4;

export function negativeLabels(question: Pick<Question, 'angle' | 'stem'>): NegativeLabels | undefined {
  if (question.angle !== 'negative') return undefined;
  const phrase = NEGATED.exec(question.stem)?.[1]?.trim();
  if (phrase && STATEMENT_WORDS.test(phrase)) {
    const noun = NOUN.exec(question.stem)?.[1]?.toLowerCase() ?? 'statement';
    return { answer: `false ${noun}, so it is an answer`, notAnswer: `true ${noun}, so it is not an answer` };
  }
  if (phrase && phrase.split(/\s+/).length <= MAX_WORDS) {
    return { answer: `not ${phrase}, so it is an answer`, notAnswer: `${phrase}, so it is not an answer` };
  }
  return { answer: 'does not hold, so it is an answer', notAnswer: 'holds, so it is not an answer' };
}
