import { statedChoiceCount } from '../bank/count.js';
import type { Question } from '../bank/types.js';

/** How many options the learner must choose: 1 for single, the stated count (or the key's size) for multi. */
export function requiredSelections(question: Question): number {
  if (question.type === 'single') return 1;
  return statedChoiceCount(question.stem) ?? question.answer.length;
}

/** All-or-nothing scoring, as on the exam: exactly the correct options, no more, no fewer. */
export function isCorrect(question: Question, chosen: readonly number[]): boolean {
  const picked = [...new Set(chosen)].sort((a, b) => a - b);
  return picked.length === question.answer.length && picked.every((c, i) => c === question.answer[i]);
}

/** Whether a selection may be submitted; when not, what to tell the learner. */
export function submitCheck(question: Question, selected: readonly number[]): { ok: true } | { ok: false; message: string } {
  const need = requiredSelections(question);
  if (selected.length === need) return { ok: true };
  if (question.type === 'single') return { ok: false, message: 'Pick an option first.' };
  return { ok: false, message: `Choose exactly ${need} options: ${selected.length} selected.` };
}
