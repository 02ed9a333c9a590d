import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { InputError, UsageError } from '../cli/errors.js';
import type { CommandRun } from '../cli/types.js';
import { parseBank } from '../core/bank/parse.js';
import { bankTitle, bankYaml, importMarkdown, optionsKey, UnknownLayoutError, type FileImport, type IdRegistry, type ImportFormat } from '../core/import/index.js';
import { displayPath, loadLibrary, MAX_BANK_BYTES } from '../store/bank-files.js';
import { cacheDir, dataDir } from '../store/paths.js';

export const run: CommandRun = async (ctx) => {
  const format = (ctx.args.flags.format as ImportFormat | 'auto' | undefined) ?? 'auto';
  const userDir = join(dataDir(ctx.env), 'banks');
  const sources = ctx.args.positionals.map((given) => resolve(ctx.cwd, given));
  const out = ctx.args.flags.out === undefined ? join(userDir, defaultName(sources)) : resolve(ctx.cwd, String(ctx.args.flags.out));
  const shownOut = displayPath(out, ctx.cwd);
  if (!/\.ya?ml$/i.test(out)) throw new UsageError(`--out must name a .yaml file, got "${String(ctx.args.flags.out)}"`, 'import');
  if (exists(out)) throw new InputError(`${shownOut} already exists and was not overwritten: choose another name with --out, or delete it first`);

  // Ids already in use, so the new bank never collides with a bank that is loaded beside it.
  const library = await loadLibrary({ userDir, cwd: ctx.cwd, cacheDir: cacheDir(dataDir(ctx.env)) });
  const ids: IdRegistry = new Map(library.questions.map((q) => [q.id, { where: `${q.bank} (${q.id})`, options: optionsKey(q.choices.map((c) => c.text)) }]));
  const imports: FileImport[] = [];
  for (const source of sources) {
    const shown = displayPath(source, ctx.cwd);
    try {
      imports.push(importMarkdown(readMarkdown(source, shown), shown, format, ids));
    } catch (error) {
      if (error instanceof UnknownLayoutError) throw new InputError(`${error.message}; use --format checkbox or --format numbered`);
      throw error;
    }
  }
  ctx.stdout.write(report(imports));
  const total = imports.reduce((n, f) => n + f.questions.length, 0);
  if (total === 0) throw new InputError('no question could be imported: nothing was written');

  const yaml = bankYaml(bankTitle(imports), imports);
  // The bank must pass lint as written; a failure here is a bug, never a half-usable file.
  const check = parseBank(yaml, shownOut);
  if (check.problems.length > 0) {
    const first = check.problems[0]!;
    throw new InputError(`the generated bank does not pass lint (${first.rule}: ${first.message}); nothing was written`);
  }
  mkdirSync(dirname(out), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(out, yaml, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError(`${shownOut} already exists and was not overwritten`);
    throw new InputError(`cannot write ${shownOut} (${code ?? 'error'})`);
  }
  const inUserDir = resolve(dirname(out)) === resolve(userDir);
  ctx.stdout.write(`\n✓ wrote ${total} question${total === 1 ? '' : 's'} to ${shownOut}\n`);
  ctx.stdout.write(
    inUserDir
      ? "  It is in your bank folder and loads automatically: 'clf-trainer study --topic general', 'clf-trainer exam --topic general'.\n"
      : `  Study it with 'clf-trainer study --bank ${shownOut}' (or move it into ${displayPath(userDir, ctx.cwd)} to load it always).\n`,
  );
  return 0;
};

function report(imports: readonly FileImport[]): string {
  const lines: string[] = [];
  for (const file of imports) {
    const found = file.questions.length + file.skipped.length;
    lines.push(`${file.file}: ${file.format} layout, imported ${file.questions.length} of ${found} question${found === 1 ? '' : 's'}`);
    if (file.skipped.length) {
      lines.push(`  skipped ${file.skipped.length}:`);
      for (const s of file.skipped) lines.push(`    line ${s.line}: ${s.reason}  "${s.excerpt}"`);
    }
    if (file.notes.length) {
      lines.push('  notes:');
      for (const n of file.notes) lines.push(`    line ${n.line}: ${n.message}`);
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

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function readMarkdown(path: string, shown: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${shown} is a folder: give the Markdown file(s) inside it`);
    if (stat.size > MAX_BANK_BYTES) throw new InputError(`${shown} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; files over ${MAX_BANK_BYTES / 1024 / 1024} MB are refused`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${shown}: no such file` : code === 'EACCES' || code === 'EPERM' ? `${shown} cannot be read: permission denied` : `${shown} cannot be read (${code ?? 'error'})`);
  }
  if (bytes.includes(0)) throw new InputError(`${shown} is a binary file, not Markdown`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${shown} is not UTF-8 text`);
  }
}
