import { readAnswerKey } from './answer-key.js';
import { headingOf, imagesIn, indentOf, isImageLine, isTableRow, looksLikeQuestion, plainText } from './markdown.js';
import type { RawQuestion } from './types.js';
import { append } from '../append.js';

const QUESTION = /^(\d+)[.)]\s+(.*)$/;
/** `- A. text` with 2 or 4 spaces of indentation (a bullet-less `A. text` when indented). */
export const LETTERED_OPTION = /^(?:\s*[-*+]\s+([A-Za-z])|\s+([A-H]))[.)]\s+(.*)$/;
export const ANSWER_LINE = /^\s*correct\s+answers?\s*[:：]\s*(.*)$/i;
const EXPLANATION_LINE = /^\s*explanations?\s*[:：]\s*(.*)$/i;
const REFERENCE_LINE = /^\s*references?\s*[:：]\s*(.*)$/i;
const FENCE = /^\s*(```|~~~)/;

type Section = 'none' | 'answer' | 'explanation' | 'reference';

interface Block {
  raw: RawQuestion;
  heading: string;
  letters: string[];
  optionIndent?: number;
  key?: string;
  keyLine?: number;
  section: Section;
  explanation: string[];
  reference: string[];
  inDetails: boolean;
}

/**
 * The numbered layout: `1. stem`, `- A. option` lines, and the answer hidden in a
 * `<details>` block as `Correct answer: B` (optionally followed by `Explanation:` and
 * `Reference:`). Questions are counted by position: the printed numbers are not reliable.
 */
export function parseNumbered(text: string): { questions: RawQuestion[]; title?: string } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const questions: RawQuestion[] = [];
  let title: string | undefined;
  let block: Block | undefined;
  let inFence = false;

  const close = () => {
    if (!block) return;
    if (block.raw.options.length > 0 || block.key !== undefined || looksLikeQuestion(block.heading)) {
      questions.push(finishBlock(block, questions.length + 1));
    }
    block = undefined;
  };

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (FENCE.test(line) && !block?.inDetails) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const question = block?.inDetails ? null : QUESTION.exec(line);
    if (question) {
      close();
      const stem = plainText(question[2]!);
      block = {
        raw: { line: lineNo, position: 0, stem, options: [], correct: [], images: imagesIn(question[2]!) },
        heading: stem,
        letters: [],
        section: 'none',
        explanation: [],
        reference: [],
        inDetails: false,
      };
      return;
    }
    const heading = block?.inDetails ? undefined : headingOf(line);
    if (heading) {
      close();
      if (heading.level === 1) title ??= plainText(heading.text) || undefined;
      return;
    }
    if (!block) return;
    readBlockLine(block, line, lineNo);
  });
  close();
  return { questions, ...(title ? { title } : {}) };
}

function readBlockLine(block: Block, line: string, lineNo: number): void {
  const raw = block.raw;
  if (/<details\b/i.test(line)) block.inDetails = true;
  if (/<\/details>/i.test(line)) {
    block.inDetails = false;
    block.section = 'none';
    return;
  }
  if (/<\/?(details|summary)\b/i.test(line)) return;
  append(raw.images, imagesIn(line));
  const answer = ANSWER_LINE.exec(line);
  if (answer) {
    block.key = answer[1]!;
    block.keyLine = lineNo;
    block.section = 'answer';
    return;
  }
  const explanation = EXPLANATION_LINE.exec(line);
  if (explanation && block.key !== undefined) {
    block.section = 'explanation';
    if (explanation[1]!.trim()) block.explanation.push(explanation[1]!);
    return;
  }
  const reference = REFERENCE_LINE.exec(line);
  if (reference && block.key !== undefined) {
    block.section = 'reference';
    if (reference[1]!.trim()) block.reference.push(reference[1]!);
    return;
  }
  if (block.section === 'answer') {
    // "Correct answer:" with the key on the next line.
    if (!block.key!.trim() && line.trim()) block.key = line;
    return;
  }
  if (block.section === 'explanation') {
    block.explanation.push(line);
    return;
  }
  if (block.section === 'reference') {
    block.reference.push(line);
    return;
  }
  if (block.inDetails || block.key !== undefined) return;
  const option = LETTERED_OPTION.exec(line);
  if (option) {
    block.letters.push((option[1] ?? option[2])!.toUpperCase());
    raw.options.push({ text: plainText(option[3]!), line: lineNo });
    block.optionIndent ??= indentOf(line);
    return;
  }
  if (!line.trim() || isImageLine(line) || isTableRow(line)) return;
  if (raw.options.length === 0) raw.stem = `${raw.stem} ${plainText(line)}`.trim();
  else if (indentOf(line) > (block.optionIndent ?? 0)) {
    const last = raw.options[raw.options.length - 1]!;
    last.text = `${last.text} ${plainText(line)}`.trim();
  }
}

function finishBlock(block: Block, position: number): RawQuestion {
  const raw: RawQuestion = { ...block.raw, position };
  const explanation = paragraph(block.explanation);
  const reference = paragraph(block.reference);
  if (explanation) raw.explanation = explanation;
  if (reference) raw.reference = reference;
  const answer = resolveAnswer(block);
  if ('problem' in answer) raw.answerProblem = answer.problem;
  else raw.correct = answer.correct;
  return raw;
}

function resolveAnswer(block: Block): { correct: number[] } | { problem: string } {
  if (block.key === undefined) return { problem: 'no answer given (no "Correct answer:" line)' };
  const repeated = block.letters.find((letter, i) => block.letters.indexOf(letter) !== i);
  if (repeated) return { problem: `two options are labelled ${repeated}` };
  const key = readAnswerKey(block.key);
  if ('problem' in key) return { problem: `${key.problem}${block.keyLine ? ` (line ${block.keyLine})` : ''}` };
  const range = block.letters.length > 0 ? `options ${block.letters[0]}–${block.letters[block.letters.length - 1]}` : 'no options';
  const correct: number[] = [];
  for (const letter of key.letters) {
    const index = block.letters.indexOf(letter);
    if (index === -1) return { problem: `answer letter ${letter} is out of range (${range})` };
    correct.push(index);
  }
  return { correct: correct.sort((a, b) => a - b) };
}

/** Joins explanation lines: indentation removed, Markdown reduced to text, blank runs collapsed. */
function paragraph(lines: string[]): string | undefined {
  const text = lines
    .map((line) => plainText(line, { keepUrls: true }))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || undefined;
}
