import { chooseLabel, statedChoiceCount } from '../bank/count.js';
import { printable, sanitizeText } from '../bank/sanitize.js';
import { TEXT_LIMITS } from '../bank/limits.js';
import { letterOf } from './answer-key.js';
import { excerpt } from './markdown.js';
import type { ImportedQuestion, ImportNote, RawQuestion, Skipped } from './types.js';

const MAX_OPTIONS = 8;

export type Finished =
  | { ok: true; question: Omit<ImportedQuestion, 'id'>; notes: ImportNote[]; stemForId: string; optionKeys: string[] }
  | { ok: false; skipped: Skipped };

const clean = (text: string) => sanitizeText(text).trim();

/**
 * Applies the bank's rules to one parsed block: a question is kept only when its answer is
 * exactly what the source marked and it would pass `clf-trainer lint`. Otherwise it is
 * skipped with the reason.
 */
export function finishQuestion(raw: RawQuestion, file: string): Finished {
  const stem = clean(raw.stem);
  const skip = (reason: string): Finished => ({ ok: false, skipped: { file, line: raw.line, reason, excerpt: excerpt(stem) } });
  if (!stem) return skip('the question has no text');
  const options = raw.options.map((option) => clean(option.text));
  if (options.length === 0) return skip('no options');
  if (options.length === 1) return skip('only one option');
  if (options.length > MAX_OPTIONS) return skip(`${options.length} options; a question may have at most ${MAX_OPTIONS}`);
  const empty = options.findIndex((text) => !text);
  if (empty !== -1) return skip(`option ${letterOf(empty)} has no text`);
  const repeat = repeatedOption(options);
  if (repeat) return skip(`option ${letterOf(repeat[1])} repeats option ${letterOf(repeat[0])}`);
  const long = tooLong('the question', stem, TEXT_LIMITS.stem) ?? options.map((text, i) => tooLong(`option ${letterOf(i)}`, text, TEXT_LIMITS.choice)).find(Boolean) ?? tooLong('the file name', clean(file), TEXT_LIMITS.reference);
  if (long) return skip(long);
  if (raw.answerProblem) return skip(printable(raw.answerProblem, { oneLine: true }));
  const marked = raw.correct.length;
  if (marked === 0) return skip('no answer marked');
  const stated = statedChoiceCount(stem);
  if (stated !== undefined && stated !== marked) {
    return skip(`the stem asks for ${stated} answers but ${marked} ${marked === 1 ? 'is' : 'are'} marked correct`);
  }
  if (marked === options.length) return skip('every option is marked correct');

  const notes: ImportNote[] = [];
  let shown = stem;
  if (marked > 1 && stated === undefined) {
    shown = `${shown} (${chooseLabel(marked)})`;
    notes.push({ file, line: raw.line, message: `${marked} answers are marked but the stem did not say how many to choose: added "(${chooseLabel(marked)})"` });
  }
  if (raw.images.length > 0) {
    shown = `${shown}\n\n${raw.images.map((path) => `[The source shows an image here: ${clean(path)}]`).join('\n')}`;
    notes.push({ file, line: raw.line, message: `has ${raw.images.length === 1 ? 'an image' : `${raw.images.length} images`} that cannot be shown in a terminal: the stem says so` });
  }
  if (shown.length > TEXT_LIMITS.stem) return skip(tooLong('the question with its notes', shown, TEXT_LIMITS.stem)!);
  const correct = new Set(raw.correct);
  const explanation = shorten(raw.explanation ? clean(raw.explanation) : '', TEXT_LIMITS.importedExplanation, 'explanation', notes, raw.line, file);
  const reference = shorten(raw.reference ? clean(raw.reference) : '', TEXT_LIMITS.reference, 'reference', notes, raw.line, file);
  return {
    ok: true,
    question: {
      topic: 'general',
      type: marked > 1 ? 'multi' : 'single',
      stem: shown,
      choices: options.map((text, i) => (correct.has(i) ? { text, correct: true } : { text })),
      imported: {
        file: clean(file),
        line: raw.line,
        position: raw.position,
        ...(explanation ? { explanation } : {}),
        ...(reference ? { reference } : {}),
      },
    },
    notes,
    stemForId: stem,
    optionKeys: options,
  };
}

/** Why a text is too long for a bank, or undefined. */
function tooLong(what: string, text: string, max: number): string | undefined {
  return text.length > max ? `${what} is ${text.length} characters long; a bank allows ${max}` : undefined;
}

/** The source's explanation or reference, cut to what a bank allows (saying so). */
function shorten(text: string, max: number, what: string, notes: ImportNote[], line: number, file: string): string {
  if (text.length <= max) return text;
  notes.push({ file, line, message: `the ${what} is ${text.length} characters long: cut to the ${max} a bank allows` });
  return printable(text, { max });
}

/** Same test as the linter's duplicate-choice rule. */
function repeatedOption(options: readonly string[]): [number, number] | undefined {
  const seen = new Map<string, number>();
  for (const [i, text] of options.entries()) {
    const key = text.toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined) return [first, i];
    seen.set(key, i);
  }
  return undefined;
}
