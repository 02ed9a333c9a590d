import { basename, dirname, extname, join, resolve } from 'node:path';
import { InputError, UsageError } from '../cli/errors.js';
import type { CommandRun } from '../cli/types.js';
import { parseBank } from '../core/bank/parse.js';
import { printable } from '../core/bank/sanitize.js';
import { bankParts, bankTitle, importMarkdown, optionsKey, UnknownLayoutError, type FileImport, type IdRegistry, type ImportFormat } from '../core/import/index.js';
import { loadLibrary, MAX_BANK_BYTES, shownPath } from '../store/bank-files.js';
import { checkNewFile, realLocation, writeNewFile, type NewFileOptions } from '../store/new-file.js';
import { cacheDir, dataDir } from '../store/paths.js';
import { megabytes, readUserText } from '../store/user-files.js';

export const run: CommandRun = async (ctx) => {
  const format = (ctx.args.flags.format as ImportFormat | 'auto' | undefined) ?? 'auto';
  const userDir = join(dataDir(ctx.env), 'banks');
  const sources = ctx.args.positionals.map((given) => resolve(ctx.cwd, given));
  const out = ctx.args.flags.out === undefined ? join(userDir, defaultName(sources)) : resolve(ctx.cwd, String(ctx.args.flags.out));
  if (!/\.ya?ml$/i.test(out)) throw new UsageError(`--out must name a .yaml file, got "${printable(String(ctx.args.flags.out), { oneLine: true })}"`, 'import');
  // The bank folder is the one place inside the data folder an import may write to.
  const target: NewFileOptions = { force: ctx.args.flags.force === true, dataDir: dataDir(ctx.env), allowedIn: userDir };
  checkNewFile(out, { ...target, shown: shownPath(out, ctx.cwd) });

  // Ids already in use, so the new bank never collides with a bank that is loaded beside it.
  const library = await loadLibrary({ userDir, cwd: ctx.cwd, cacheDir: cacheDir(dataDir(ctx.env)) });
  const ids: IdRegistry = new Map(library.questions.map((q) => [q.id, { where: `${q.bank} (${q.id})`, options: optionsKey(q.choices.map((c) => c.text)) }]));
  const imports: FileImport[] = [];
  for (const source of sources) {
    const shown = shownPath(source, ctx.cwd);
    const text = readUserText(source, { maxBytes: MAX_BANK_BYTES, what: 'Markdown files to import', format: 'Markdown', shown });
    try {
      imports.push(importMarkdown(text, shown, format, ids));
    } catch (error) {
      if (error instanceof UnknownLayoutError) throw new InputError(`${error.message}; use --format checkbox or --format numbered`);
      throw error;
    }
  }
  ctx.stdout.write(report(imports));
  const total = imports.reduce((n, f) => n + f.questions.length, 0);
  if (total === 0) throw new InputError('no question could be imported: nothing was written');

  // A bank larger than the loader accepts is split into parts it does accept.
  const texts = bankParts(bankTitle(imports), imports, MAX_BANK_BYTES);
  const paths = texts.map((_, i) => (texts.length === 1 ? out : partPath(out, i + 1)));
  for (const path of paths) checkNewFile(path, { ...target, shown: shownPath(path, ctx.cwd) });
  // Each file must pass lint as written; a failure here is a bug, never a half-usable file.
  texts.forEach((yaml, i) => {
    const check = parseBank(yaml, shownPath(paths[i]!, ctx.cwd));
    const first = check.problems[0];
    if (first) throw new InputError(`the generated bank does not pass lint (${first.rule}: ${first.message}); nothing was written`);
  });
  texts.forEach((yaml, i) => writeNewFile(paths[i]!, yaml, { ...target, shown: shownPath(paths[i]!, ctx.cwd) }));

  const shown = paths.map((path) => shownPath(path, ctx.cwd));
  const inUserDir = realLocation(dirname(out)) === realLocation(userDir);
  ctx.stdout.write(`\n✓ wrote ${total} question${total === 1 ? '' : 's'} to ${shown.length === 1 ? shown[0] : `${shown.length} files (a bank file holds at most ${megabytes(MAX_BANK_BYTES)}): ${shown.join(', ')}`}\n`);
  ctx.stdout.write(
    inUserDir
      ? `  ${shown.length === 1 ? 'It is' : 'They are'} in your bank folder and load${shown.length === 1 ? 's' : ''} automatically: 'clf-trainer study --topic general', 'clf-trainer exam --topic general'.\n`
      : `  Study ${shown.length === 1 ? 'it' : 'them'} with 'clf-trainer study ${shown.map((p) => `--bank ${p}`).join(' ')}' (or move ${shown.length === 1 ? 'it' : 'them'} into ${shownPath(userDir, ctx.cwd)} to load ${shown.length === 1 ? 'it' : 'them'} always).\n`,
  );
  return 0;
};

/** "exam1.yaml" → "exam1-part-2.yaml". */
function partPath(path: string, part: number): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}-part-${part}${ext}`;
}

function report(imports: readonly FileImport[]): string {
  const lines: string[] = [];
  for (const file of imports) {
    const found = file.questions.length + file.skipped.length;
    lines.push(`${printable(file.file, { oneLine: true })}: ${file.format} layout, imported ${file.questions.length} of ${found} question${found === 1 ? '' : 's'}`);
    if (file.skipped.length) {
      lines.push(`  skipped ${file.skipped.length}:`);
      for (const s of file.skipped) lines.push(`    line ${s.line}: ${printable(s.reason, { oneLine: true })}  "${printable(s.excerpt, { oneLine: true })}"`);
    }
    if (file.notes.length) {
      lines.push('  notes:');
      for (const n of file.notes) lines.push(`    line ${n.line}: ${printable(n.message, { oneLine: true })}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A file name for the bank: the source's name, or its folder's for a README. */
export function defaultName(sources: readonly string[]): string {
  const first = sources[0] ?? 'imported';
  const stem = basename(first, extname(first));
  const name = /^(readme|index)$/i.test(stem) ? basename(dirname(first)) : stem;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'imported';
  return `${slug}${sources.length > 1 ? `-and-${sources.length - 1}-more` : ''}.yaml`;
}
