import { stringify } from 'yaml';
import { sanitizeText } from '../bank/sanitize.js';
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
    ...files.map((f) => `#   ${f.file.replace(/[\r\n]/g, ' ')} (${f.format} layout, ${f.questions.length} question${f.questions.length === 1 ? '' : 's'})`),
    '# Topic "general"; the answers are exactly those the source marked.',
    '',
  ].join('\n');
  const body = stringify(
    { title, description: `Imported from ${files.map((f) => f.file).join(', ')}`, questions },
    { lineWidth: 0, singleQuote: false },
  );
  return `${header}${body}`;
}
