/*
 * An option that opens with a pronoun ("They route every request through …") speaks of what the
 * question names ("Which statement about Regional endpoints is correct?"): read with that name in
 * the pronoun's place, it says what it claims of it.
 */

/** The thing a question about statements names: "statement about Regional endpoints", "claims regarding the $default route". */
const STATEMENTS_ABOUT = /\b(?:statements?|claims?) (?:about|regarding|concerning|on|of) ((?:an? |the )?[\w$@' -]+?)(?= (?:is|are|was|were|holds?|correct|true|accurate|valid)\b|[?,.]|$)/i;

/** A pronoun that opens the option and stands for the question's subject. */
const OPENING_PRONOUN = /^\s*(?:they|it|these|this|those)\b/i;

/** The option with the question's subject in place of its opening pronoun; unchanged when either is missing. */
export function withQuestionSubject(option: string, question: string): string {
  const subject = STATEMENTS_ABOUT.exec(question)?.[1]?.trim();
  if (!subject || !OPENING_PRONOUN.test(option)) return option;
  return option.replace(OPENING_PRONOUN, subject);
}
