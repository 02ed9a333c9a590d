import { DIFFICULTY_LABELS } from '../../core/bank/levels.js';
import type { Question } from '../../core/bank/types.js';
import { chooseLabel } from '../../core/bank/count.js';
import { requiredSelections } from '../../core/study/answer.js';
import { OPTION_LETTERS } from '../keys.js';
import { layoutIndexed, span, type Block, type Line } from './text.js';

export interface QuestionModel {
  question: Question;
  /** Display order: order[i] is the index (into question.choices) of the option shown at position i. */
  order: readonly number[];
  /** Highlighted display position. */
  cursor: number;
  /** Selected display positions. */
  selected: readonly number[];
  /** A line under the options, e.g. "Choose exactly 2 options: 1 selected." */
  message?: string;
  /** Show the question's level above the stem (study and review; the exam room does not). */
  showLevel?: boolean;
  /** A line above the stem, e.g. "early · due in 8 min (10:32)". */
  note?: string;
}

export function optionLabel(position: number): string {
  return OPTION_LETTERS[position] ?? String(position + 1);
}

/** Pure: the question as blocks, and which block is the highlighted option. */
export function questionBlocks(model: QuestionModel): { blocks: Block[]; cursorBlock: number } {
  const { question, order, cursor, selected } = model;
  const multi = question.type === 'multi';
  const blocks: Block[] = [];
  if (model.note) blocks.push({ spans: [span(model.note, { color: 'yellow' })], gap: 1 });
  if (model.showLevel) blocks.push({ spans: [span(DIFFICULTY_LABELS[question.difficulty], { dim: true })] });
  blocks.push({ spans: [span(question.stem, { bold: true })], gap: 1 });
  if (multi) {
    const need = requiredSelections(question);
    blocks.push({ spans: [span(`${chooseLabel(need)}`, { bold: true, color: 'yellow' }), span(`  (${selected.length} of ${need} selected · space toggles)`, { dim: true })], gap: 1 });
  }
  const first = blocks.length;
  order.forEach((choiceIndex, position) => {
    const here = position === cursor;
    const on = selected.includes(position);
    const mark = multi ? (on ? '[x]' : '[ ]') : on ? '(•)' : '( )';
    blocks.push({
      prefix: [span(here ? '› ' : '  ', { color: 'cyan', bold: true }), span(`${optionLabel(position)}. ${mark} `, { bold: here || on, color: on ? 'cyan' : undefined })],
      spans: [span(question.choices[choiceIndex]?.text ?? '', { bold: here, inverse: false, underline: here })],
    });
  });
  if (model.message) blocks.push({ spans: [] }, { spans: [span(model.message, { color: 'yellow' })] });
  return { blocks, cursorBlock: first + cursor };
}

/** Pure: the question laid out at a width, with the line range of the highlighted option. */
export function questionLayout(model: QuestionModel, width: number): { lines: Line[]; focus: [number, number] } {
  const { blocks, cursorBlock } = questionBlocks(model);
  const { lines, starts } = layoutIndexed(blocks, width);
  const from = starts[cursorBlock] ?? 0;
  const to = starts[cursorBlock + 1] ?? lines.length;
  // Keep the "Choose TWO" line and a message in view with the cursor when they fit.
  return { lines, focus: [from, model.message ? lines.length : to] };
}
