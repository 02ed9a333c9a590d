import { headingOf, imagesIn, indentOf, isBackToTop, isImageLine, isTableRow, looksLikeQuestion, plainText } from './markdown.js';
import type { RawQuestion } from './types.js';
import { append } from '../append.js';

/** `- [ ] text` / `- [x] text` (also `*` bullets and an upper-case X). */
export const CHECKBOX_OPTION = /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;

interface Block {
  raw: RawQuestion;
  /** The heading alone: only it decides whether an option-less block was meant as a question. */
  heading: string;
  /** Indentation of the first option, to tell a wrapped option line from a new paragraph. */
  optionIndent?: number;
  closed: boolean;
}

/**
 * The checkbox layout: a `###` heading per question, `- [ ]` / `- [x]` options, blocks ended by a
 * "Back to Top" link. Headings with no options that do not read as a question (introductions,
 * licence notes, the table of contents) are not questions and are passed over silently.
 */
export function parseCheckbox(text: string): { questions: RawQuestion[]; title?: string } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const questions: RawQuestion[] = [];
  let title: string | undefined;
  let block: Block | undefined;
  let inFence = false;

  const close = () => {
    if (!block) return;
    if (block.raw.options.length > 0 || looksLikeQuestion(block.heading)) {
      questions.push({ ...block.raw, position: questions.length + 1 });
    }
    block = undefined;
  };

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (FENCE.test(line)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const heading = headingOf(line);
    if (heading) {
      close();
      const content = plainText(heading.text);
      if (heading.level === 1) title ??= content || undefined;
      else block = { raw: { line: lineNo, position: 0, stem: content, options: [], correct: [], images: [] }, heading: content, closed: false };
      return;
    }
    if (!block || block.closed) return;
    if (isBackToTop(line)) {
      block.closed = true;
      return;
    }
    if (isTableRow(line)) return;
    const option = CHECKBOX_OPTION.exec(line);
    const raw = block.raw;
    append(raw.images, imagesIn(line));
    if (option) {
      if (option[1]!.toLowerCase() === 'x') raw.correct.push(raw.options.length);
      raw.options.push({ text: plainText(option[2]!), line: lineNo });
      block.optionIndent ??= indentOf(line);
      return;
    }
    if (!line.trim() || isImageLine(line)) return;
    if (raw.options.length === 0) {
      raw.stem = `${raw.stem} ${plainText(line)}`.trim();
      return;
    }
    // A line indented under an option continues it; anything else ends the option list.
    if (indentOf(line) > (block.optionIndent ?? 0)) {
      const last = raw.options[raw.options.length - 1]!;
      last.text = `${last.text} ${plainText(line)}`.trim();
    } else {
      block.closed = true;
    }
  });
  close();
  return { questions, ...(title ? { title } : {}) };
}
