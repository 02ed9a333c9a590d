import { questionSpan } from './clues.js';
import { judgeOptions } from './fact-answer.js';
import { factIndex, relevantFacts, wordsOf } from './fact-index.js';
import type { Judgement } from './fact-check.js';
import type { Option } from './types.js';

/*
 * Questions that ask why the case went as it did ("What explains this?", "What is the most likely
 * cause?"): each option is a reason. A true statement need not explain the case, so the facts
 * choose only when one option alone says what a verified statement says (restates it, gives its
 * amounts, or speaks in nearly all its words) and that statement is one of those most about the case
 * the stem tells; otherwise the other readings decide.
 */

/** "What explains this?", "What is the most likely cause/explanation/reason?", "Which quota explains this behaviour?", "What accounts for it?", "Why?". */
const ASKS_CAUSE = /\b(?:what|which)\b[^?]*\b(?:explains?|explanations?|causes?|reasons?|accounts? for|(?:is|are|lies) behind|led to)\b[^?]*\?|\bwhy\b[^?]*\?/i;
/** It asks for what does not explain it, or for a step to take rather than a reason. */
const ASKS_OTHERWISE = /\bNOT\b|\bEXCEPT\b|\b(?:step|action|fix|solution|change)\b[^?]*\?/;

/** Whether the question sentence asks for the reason behind what the stem tells. */
export const asksCause = (question: string): boolean => ASKS_CAUSE.test(question) && !ASKS_OTHERWISE.test(question);

/** How near a statement must come to the stem's case, against the statement nearest it. */
const ABOUT_THE_CASE = 0.6;
/** How much nearer the case one such statement must be than another's for its option to be chosen. */
const CLEAR_LEAD = 0.25;
/** How near an option left open must come to the statement for it to say what the statement says. */
const SAYS_NEARLY = 0.8;
/** How sure a reading the facts bear out must be (a restatement is 0.7; an amount agreeing by chance is less). */
const BORNE_OUT = 0.7;

const saysWhatFactSays = (j: Judgement) => j.fact !== undefined && (j.truth === 'true' ? j.strength >= BORNE_OUT : j.truth === 'unknown' && j.strength >= SAYS_NEARLY);

export interface ExplanationReading {
  choices: string[];
  scores: Map<string, number>;
  lines: string[];
}

/** The one option that says what a statement about the stem's case says, in a question asking why; else undefined. */
export function chooseExplanation(options: Option[], scenario: string, pick: number): ExplanationReading | undefined {
  const span = questionSpan(scenario);
  if (pick !== 1 || !span || !asksCause(scenario.slice(span.start, span.end))) return undefined;
  const { judgements } = judgeOptions(scenario, scenario.slice(span.start, span.end), options, undefined, true);
  const relevance = new Map(relevantFacts(factIndex(), new Map([...wordsOf(scenario.slice(0, span.start))].map((s) => [s, 1])), 0, Infinity).map((r) => [r.fact.id, r.weight]));
  const nearness = (j: Judgement) => relevance.get(j.fact ?? '') ?? 0;
  const aboutCase = (j: Judgement) => nearness(j) >= ABOUT_THE_CASE;
  const found = options.filter((o) => saysWhatFactSays(judgements.get(o.letter)!) && aboutCase(judgements.get(o.letter)!)).sort((a, b) => nearness(judgements.get(b.letter)!) - nearness(judgements.get(a.letter)!));
  // (Of two such options, one whose statement is clearly more about the case: the other's may hold by chance, an amount agreeing elsewhere.)
  if (found.length === 0 || (found.length > 1 && nearness(judgements.get(found[0]!.letter)!) - nearness(judgements.get(found[1]!.letter)!) < CLEAR_LEAD)) return undefined;
  const chosen = found[0]!.letter;
  const lines = options.map((o) => {
    const j = judgements.get(o.letter)!;
    const about = j.fact ? `, a statement ${aboutCase(j) ? '' : 'not '}about the case` : '';
    return `${o.letter} ${j.truth === 'unknown' ? 'not settled' : j.truth} (${j.why}${about})`;
  });
  return { choices: [chosen], scores: new Map(options.map((o) => [o.letter, o.letter === chosen ? 1 : 0])), lines };
}
