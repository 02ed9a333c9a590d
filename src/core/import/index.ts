import { parseCheckbox } from './checkbox.js';
import { detectFormat } from './detect.js';
import { finishQuestion } from './finish.js';
import { optionsKey, stemAndOptionsId, stemId } from './ids.js';
import { excerpt } from './markdown.js';
import { parseNumbered } from './numbered.js';
import type { FileImport, ImportedQuestion, ImportFormat, ImportNote, Skipped } from './types.js';
import { append } from '../append.js';

export { detectFormat } from './detect.js';
export { bankParts, bankTitle, bankYaml } from './bank.js';
export { optionsKey } from './ids.js';
export type * from './types.js';

/** Ids in use: where each question lives and its options, to tell a repeat from a namesake. */
export type IdRegistry = Map<string, { where: string; options: string }>;

export class UnknownLayoutError extends Error {}

/**
 * Imports one Markdown file. `ids` holds the ids already in use (other loaded banks and earlier
 * files of the same import) and is extended with the ones given here. A question whose stem is
 * shared by a different question gets an id from its stem and options; a question seen before
 * (same stem, same options) is skipped as a repeat.
 */
export function importMarkdown(text: string, file: string, format: ImportFormat | 'auto', ids: IdRegistry = new Map()): FileImport {
  const layout = format === 'auto' ? detectFormat(text).format : format;
  if (!layout) {
    throw new UnknownLayoutError(`${file}: cannot tell the layout: no "- [ ]" checkbox options, no "- A." lettered options and no "Correct answer:" lines`);
  }
  const parsed = layout === 'checkbox' ? parseCheckbox(text) : parseNumbered(text);
  const questions: ImportedQuestion[] = [];
  const skipped: Skipped[] = [];
  const notes: ImportNote[] = [];
  for (const raw of parsed.questions) {
    const done = finishQuestion(raw, file);
    if (!done.ok) {
      skipped.push(done.skipped);
      continue;
    }
    const options = optionsKey(done.optionKeys);
    const skip = (reason: string) => skipped.push({ file, line: raw.line, reason, excerpt: excerpt(done.stemForId) });
    const byStem = stemId(done.stemForId);
    const first = ids.get(byStem);
    if (first && first.options === options) {
      skip(`repeats the question at ${first.where}`);
      continue;
    }
    const id = first ? stemAndOptionsId(done.stemForId, done.optionKeys) : byStem;
    const clash = ids.get(id);
    if (clash) {
      skip(`repeats the question at ${clash.where}`);
      continue;
    }
    ids.set(id, { where: `${file}:${raw.line}`, options });
    questions.push({ id, ...done.question });
    append(notes, done.notes);
  }
  return { file, format: layout, questions, skipped, notes, ...(parsed.title ? { title: parsed.title } : {}) };
}
