/*
 * Questions whose options are claims about what follows, though they never say "statement": "What
 * happens to the next request?", "What will the client receive?". Each option is then a sentence
 * to read against the facts, not a service to choose. (Not "What is the MOST likely cause?": there
 * a true statement that explains nothing of the symptom is still the wrong answer.)
 */

/** "What happens?", "What will happen?", "What is the result?", "What does the client receive?". */
const ASKS_OUTCOME = /\bwhat (?:happens|will happen|would happen|is the (?:result|outcome|effect)|(?:does|will|would) (?:the |a |an |each |that |this )?(?:[\w-]+ ){0,2}(?:receive|get|see|return))\b/i;

/** "Which TWO outcomes should the team expect?", "Which result follows?": the options are named as what follows. */
const NAMES_OUTCOMES = /\b(?:which|what)\s+(?:(?:one|two|three|four)\s+)?(?:outcomes?|results?|effects?|consequences?)\b/i;

/** Whether the question asks what follows, so that each option is a claim about it. */
export const asksOutcome = (question: string): boolean => ASKS_OUTCOME.test(question) || NAMES_OUTCOMES.test(question);
