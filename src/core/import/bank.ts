import { stringify } from 'yaml';
import { printable, sanitizeText } from '../bank/sanitize.js';
import { TEXT_LIMITS } from '../bank/limits.js';
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
  const body = stringify({ title: printable(title, { oneLine: true, max: TEXT_LIMITS.title }), description, questions }, YAML_OPTIONS);
  return `${header}${body}`;
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;
const YAML_OPTIONS = { lineWidth: 0, singleQuote: false } as const;

/**
 * The imported bank as YAML texts of at most `maxBytes` each (the loader refuses larger banks):
 * one text when it fits, otherwise parts of consecutive questions, titled "… (part 2 of 3)".
 */
export function bankParts(title: string, files: readonly FileImport[], maxBytes: number): string[] {
  const whole = bankYaml(title, files);
  if (utf8Bytes(whole) <= maxBytes) return [whole];
  // Each question's share of the file: its text under "questions:", written the same way in any part.
  const share = (q: ImportedQuestion) => utf8Bytes(stringify({ questions: [q] }, YAML_OPTIONS)) - 'questions:\n'.length;
  const widest = `${title} (part 999 of 999)`;
  const room = maxBytes - utf8Bytes(bankYaml(widest, files.map((f) => ({ ...f, questions: [] }))));
  const groups: ImportedQuestion[][] = [];
  let size = Infinity;
  for (const question of files.flatMap((f) => f.questions)) {
    const bytes = share(question);
    if (size + bytes > room) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)!.push(question);
    size += bytes;
  }
  const partOf = (group: readonly ImportedQuestion[]) => {
    const keep = new Set(group);
    return files.map((f) => ({ ...f, questions: f.questions.filter((q) => keep.has(q)) })).filter((f) => f.questions.length > 0);
  };
  // Checked, not trusted: a part that came out too large anyway is split in two.
  const fitted = groups.flatMap(function fit(group): ImportedQuestion[][] {
    if (group.length < 2 || utf8Bytes(bankYaml(widest, partOf(group))) <= maxBytes) return [group];
    return [group.slice(0, group.length / 2), group.slice(group.length / 2)].flatMap(fit);
  });
  return fitted.map((group, i) => bankYaml(`${title} (part ${i + 1} of ${fitted.length})`, partOf(group)));
}
