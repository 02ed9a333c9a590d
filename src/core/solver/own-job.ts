import { MODAL_WORDS } from './negation.js';
import type { Span } from './pattern.js';

/*
 * What a Lambda function already does in its own code is part of the setting, not what the
 * question asks: in "A single Lambda function records the gift and emails a receipt" or "a Lambda
 * function that emails members their reminders", the email is the function's job, and the
 * question is about how the function is reached or started. A job the function must still be
 * given ("the function must send …", "wants the function to text …") is a need.
 */

/** The function and up to `words` plain words of its clause before the phrase: no obligation, wish, need or "to" in between. */
const functionDoes = (words: number) =>
  new RegExp(
    String.raw`(?<![a-z0-9])functions?\s+(?:(?:that|which|then|also|itself|first)\s+)*` +
      String.raw`(?:(?!(?:${MODAL_WORDS}|wants?|wanted|needs?|requires?|is|are|to|who|but|so|because)(?![a-z0-9']))[a-z0-9'$@]+,?\s+){0,${words}}$`,
  );
const FUNCTION_DOES = functionDoes(8);
/** Where the function's job is named by its target ("… and writes a record to DynamoDB"), the clause may say more first. */
const FUNCTION_DOES_LONG = functionDoes(12);

/** A phrase that says when the function runs ("every night at 2 a.m.", "whenever a file lands"), not what it does: how it is started may be the question. */
const WHEN = /^(?:(?:runs?|starts?|fires?|triggers?|triggered|invoked|executes?|kicks? off)\s+(?:(?:automatically|itself|by itself|on its own)\s+)?)?(?:every|each|at|on|daily|nightly|hourly|weekly|monthly|once|whenever|when|after|before|as soon as)(?![a-z0-9])/;

/** Whether the phrase at the span is something a Lambda function of the scenario already does (`long`: read further back). */
export function functionsOwnJob(norm: string, span: Span, long = false): boolean {
  if (WHEN.test(norm.slice(span.start))) return false;
  const clauseStart = Math.max(...['.', ';', ':', '?', '!'].map((c) => norm.lastIndexOf(c, span.start - 1))) + 1;
  const before = norm.slice(clauseStart, span.start);
  return (long ? FUNCTION_DOES_LONG : FUNCTION_DOES).test(before);
}
