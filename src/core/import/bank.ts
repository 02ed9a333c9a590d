import { stringify } from 'yaml';
import { printable, sanitizeText } from '../bank/sanitize.js';
import { TEXT_LIMITS } from '../bank/schema.js';
import type { FileImport, ImportedQuestion } from './types.js';

/** The bank's title: the first document's own title, or its file name. */
export function bankTitle(files: readonly FileImport[]): string {
  const first = files[0];
  const name = first?.title ?? first?.file.split(/[\\/]/).pop() ?? 'bank';
  const more = files.length > 1 ? ` and ${files.length - 1} more file${files.length === 2 ? '' : 's'}` : '';
  return sanitizeText(`${name}${more} (imported)`).replace(/\s+/g, ' ').trim();
}

/** The YAML text of an imported bank. The field order matches hand-written banks. */
export function bankYaml(title: string, files: readonly FileImport[]): string {
  const questions: ImportedQuestion[] = files.flatMap((f) => f.questions);
  const header = [
    '# Imported by clf-trainer import from:',
    ...files.map((f) => `#   ${printable(f.file, { oneLine: true })} (${f.format} layout, ${f.questions.length} question${f.questions.length === 1 ? '' : 's'})`),
    '# Topic "general"; the answers are exactly those the source marked.',
    '',
  ].join('\n');
  const description = printable(`Imported from ${files.map((f) => f.file).join(', ')}`, { oneLine: true, max: TEXT_LIMITS.explanation });
  const body = stringify({ title: printable(title, { oneLine: true, max: TEXT_LIMITS.title }), description, questions }, { lineWidth: 0, singleQuote: false });
  return `${header}${body}`;
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * The imported bank as YAML texts of at most `maxBytes` each (the loader refuses larger banks):
 * one text when it fits, otherwise parts of consecutive questions, titled "… (part 2 of 3)".
 */
export function bankParts(title: string, files: readonly FileImport[], maxBytes: number): string[] {
  const whole = bankYaml(title, files);
  if (utf8Bytes(whole) <= maxBytes) return [whole];
  // Group questions by their own size, leaving room for the header, then check each part.
  const sizes = new Map(files.flatMap((f) => f.questions).map((q) => [q, utf8Bytes(stringify([q], { lineWidth: 0 }))]));
  const budget = maxBytes - utf8Bytes(bankYaml(title, files.map((f) => ({ ...f, questions: [] })))) - 64 * 1024;
  const groups: Set<ImportedQuestion>[] = [];
  let size = Infinity;
  for (const [question, bytes] of sizes) {
    if (size + bytes > budget) {
      groups.push(new Set());
      size = 0;
    }
    groups.at(-1)!.add(question);
    size += bytes;
  }
  const partOf = (group: Set<ImportedQuestion>) => files.map((f) => ({ ...f, questions: f.questions.filter((q) => group.has(q)) })).filter((f) => f.questions.length > 0);
  const texts = groups.map((group, i) => bankYaml(`${title} (part ${i + 1} of ${groups.length})`, partOf(group)));
  // The estimate leaves a wide margin; should a part still be too large, split more finely.
  return texts.every((text) => utf8Bytes(text) <= maxBytes) || groups.every((g) => g.size === 1) ? texts : bankParts(title, files, Math.floor(maxBytes * 0.9));
}
