import { chooseLabel, statedChoiceCount } from '../bank/count.js';
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

/** What Enter with nothing chosen says: nothing is ever chosen for the learner. */
export const NOTHING_CHOSEN = 'Nothing chosen yet: press an option’s letter, or move to it with ↑ ↓ and press space.';

/**
 * The one multiple-response rule, for study, review and the exam: choosing an option of a
 * single-response question replaces the choice; on "Choose TWO" it toggles, and a choice
 * beyond the stated count is refused, with the message to show. Positions are display positions.
 */
export function toggleChoice(selected: readonly number[], option: number, pick: number): { selected: number[] } | { refused: string } {
  if (pick <= 1) return { selected: [option] };
  if (selected.includes(option)) return { selected: selected.filter((o) => o !== option) };
  if (selected.length >= pick) return { refused: `${chooseLabel(pick)}: unselect one of your ${pick} options first.` };
  return { selected: [...selected, option].sort((a, b) => a - b) };
}

/** Whether a selection may be submitted; when not, what to tell the learner. */
export function submitCheck(question: Question, selected: readonly number[]): { ok: true } | { ok: false; message: string } {
  const need = requiredSelections(question);
  if (selected.length === need) return { ok: true };
  if (selected.length === 0) return { ok: false, message: NOTHING_CHOSEN };
  return { ok: false, message: `${chooseLabel(need)}: ${selected.length} of ${need} chosen so far.` };
}
