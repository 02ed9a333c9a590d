import { negativeLabels, type NegativeLabels } from '../../core/bank/negative.js';
import type { Fact, Question } from '../../core/bank/types.js';
import { isCorrect } from '../../core/study/answer.js';
import { optionLabel } from './question.js';
import { span, urlBlock, type Block, type Span } from './text.js';

/** An extra titled part of the explanation screen (e.g. the solver's reasoning). */
export interface Section {
  title: string;
  blocks: Block[];
}

export interface ExplanationModel {
  question: Question;
  /** Display order used when the question was shown (choice indices). */
  order: readonly number[];
  /** Choice indices the learner chose (empty: not answered). */
  chosen: readonly number[];
  /** The fact catalogue; the question's fact ids are looked up in it. */
  facts: readonly Fact[];
  /** When the question comes back, e.g. "Rated Good · comes back in 4 days". */
  schedule?: string;
  /** Browsing (search): no answer was given; this line stands where the verdict would. */
  browsing?: string;
  extra?: readonly Section[];
}

const heading = (text: string): Block => ({ spans: [span(text, { bold: true, underline: true })] });

/** Pure: the verdict words, never colour alone. */
export function verdict(question: Question, chosen: readonly number[]): { text: string; correct: boolean } {
  if (chosen.length === 0) return { text: '✗ Not answered', correct: false };
  return isCorrect(question, chosen) ? { text: '✓ Correct', correct: true } : { text: '✗ Wrong', correct: false };
}

/**
 * An option's mark and its words. On a NOT question every option says what it is and whether
 * that makes it an answer, and the answers are marked → rather than ✓, which would read as
 * "this statement is right".
 */
function optionTag(negative: NegativeLabels | undefined, correct: boolean, mine: boolean): { mark: Span; tag: string } {
  if (negative) {
    const tag = `${correct ? negative.answer : negative.notAnswer}${mine ? (correct ? ' · your answer' : ' · your answer, wrong') : ''}`;
    return { mark: correct ? span('→ ', { color: 'green', bold: true }) : span('  '), tag };
  }
  const mark: Span = correct ? span('✓ ', { color: 'green', bold: true }) : mine ? span('✗ ', { color: 'red', bold: true }) : span('  ');
  return { mark, tag: correct ? (mine ? 'correct, your answer' : 'correct answer') : mine ? 'your answer, wrong' : '' };
}

function optionBlocks(model: ExplanationModel): Block[] {
  const { question, order, chosen } = model;
  const negative = negativeLabels(question);
  return order.flatMap((choiceIndex, position) => {
    const choice = question.choices[choiceIndex];
    if (!choice) return [];
    const mine = chosen.includes(choiceIndex);
    const { mark, tag } = optionTag(negative, choice.correct, mine);
    const spans: Span[] = [span(choice.text, { bold: choice.correct || mine, color: choice.correct ? 'green' : mine ? 'red' : undefined })];
    if (tag) spans.push(span(`  (${tag})`, choice.correct ? { color: 'green' } : mine ? { color: 'red' } : { dim: true }));
    const blocks: Block[] = [{ prefix: [mark, span(`${optionLabel(position)}. `, { bold: true })], spans }];
    if (choice.why) blocks.push({ spans: [span(choice.why)], indent: 5, gap: 0 });
    return blocks;
  });
}

/** A source: a web address on a line of its own, whole; anything else (a book, a note) as text. */
function sourceBlocks(source: string): Block[] {
  return /^https?:\/\/\S+$/.test(source.trim()) ? [urlBlock(source.trim())] : [{ spans: [span(source)] }];
}

/** Pure: the whole explanation screen as blocks. */
export function explanationBlocks(model: ExplanationModel): Block[] {
  const { question } = model;
  const v = verdict(question, model.chosen);
  const blocks: Block[] =
    model.browsing !== undefined
      ? [{ spans: [span(model.browsing, { bold: true })], gap: 1 }, { spans: [span(question.stem, { bold: true })], gap: 1 }]
      : [
          { spans: [span(v.text, { bold: true, color: v.correct ? 'green' : 'red' }), ...(model.schedule ? [span(`   ${model.schedule}`, { color: 'cyan' })] : [])], gap: 1 },
          { spans: [span(question.stem, { dim: true })], gap: 1 },
        ];
  const imported = question.imported;
  const hasWhy = question.choices.some((c) => c.why);
  blocks.push(...optionBlocks(model), { spans: [] });
  if (imported && !hasWhy) blocks.push({ spans: [span('This imported question has no per-option explanations.', { dim: true })], gap: 1 });
  if (question.explanation) blocks.push(heading('Explanation'), { spans: [span(question.explanation)], gap: 1 });
  if (imported?.explanation) blocks.push(heading("The source's explanation"), { spans: [span(imported.explanation)], gap: 1 });
  const tested = question.facts.map((id) => ({ id, fact: model.facts.find((f) => f.id === id) }));
  if (tested.length) {
    blocks.push(heading(tested.length === 1 ? 'Fact tested' : 'Facts tested'));
    for (const { id, fact } of tested) blocks.push({ prefix: [span('• ')], spans: [span(fact ? fact.statement : '(not in the fact list)'), span(`  [${id}]`, { dim: true })] });
    blocks.push({ spans: [] });
  }
  const source = question.source ?? imported?.reference;
  if (source) blocks.push(heading('Source'), ...sourceBlocks(source), { spans: [] });
  if (imported) blocks.push({ spans: [span(`Imported from ${imported.file}, line ${imported.line}.`, { dim: true })], gap: 1 });
  for (const section of model.extra ?? []) blocks.push(heading(section.title), ...section.blocks, { spans: [] });
  return blocks;
}
