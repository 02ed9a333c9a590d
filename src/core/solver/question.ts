import type { Question } from '../bank/types.js';
import { solve } from './solve.js';
import type { Solution } from './types.js';

const LETTERS = 'ABCDEFGH';

/** A bank question as an exam paper prints it: the stem, then one lettered option per line. */
export function questionText(question: Pick<Question, 'stem' | 'choices'>): string {
  return [question.stem, ...question.choices.map((c, i) => `${LETTERS[i]}. ${c.text}`)].join('\n');
}

export interface QuestionVerdict {
  solution: Solution;
  /** Indexes into `question.choices` of the options the solver picked (none when it abstains). */
  chosen: number[];
  /** The solver picked exactly the keyed answers. */
  agrees: boolean;
}

/** Runs the solver on a bank question and compares its pick with the key. */
export function solveQuestion(question: Pick<Question, 'stem' | 'choices' | 'answer'>): QuestionVerdict {
  const solution = solve(questionText(question));
  const chosen = solution.choices.map((letter) => LETTERS.indexOf(letter));
  const agrees = chosen.length === question.answer.length && chosen.every((i) => question.answer.includes(i));
  return { solution, chosen, agrees };
}

/** The solver's reasoning for a "which service?" question, only when it reaches the keyed answer (not by a best guess). */
export function agreeingSolution(question: Question): Solution | undefined {
  if (question.topic !== 'decision-rules') return undefined;
  const verdict = solveQuestion(question);
  return verdict.agrees && !verdict.solution.guess ? verdict.solution : undefined;
}
