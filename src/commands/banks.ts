import { join } from 'node:path';
import type { CommandRun } from '../cli/types.js';
import { printable, printableJson } from '../core/bank/sanitize.js';
import { formatProblem } from './lint.js';
import { loadLibrary } from '../store/bank-files.js';
import { cacheDir, dataDir } from '../store/paths.js';
import { bankPaths } from './options.js';

/** Lint rules meaning the path could not be read as a bank at all. */
const UNREADABLE = new Set(['not-found', 'not-a-file', 'unreadable', 'too-large', 'not-text', 'no-banks']);

const ORIGINS = { 'built-in': 'built-in', 'bank folder': 'your bank folder', given: '--bank' } as const;

export const run: CommandRun = async (ctx) => {
  const userDir = join(dataDir(ctx.env), 'banks');
  const library = await loadLibrary({ paths: bankPaths(ctx.args), userDir, cwd: ctx.cwd, cacheDir: cacheDir(dataDir(ctx.env)) });
  const banks = library.banks.map((bank) => ({
    path: bank.path,
    title: bank.title ?? '',
    questions: bank.questions,
    problems: bank.problems,
    valid: bank.problems === 0,
    origin: ORIGINS[bank.origin],
  }));
  // A --bank path that cannot be read as a bank at all (missing, a FIFO, unreadable) is an error, as everywhere.
  const unusable = library.problems.filter((p) => library.given.has(p.file) && UNREADABLE.has(p.rule));
  const code = unusable.length ? 1 : 0;
  if (ctx.args.flags.json === true) {
    ctx.stdout.write(`${printableJson({ bankFolder: userDir, banks, questions: library.questions.length, ...(unusable.length ? { problems: unusable } : {}) }, 2)}\n`);
    return code;
  }
  const width = Math.min(48, banks.reduce((w, b) => Math.max(w, b.path.length), 4));
  const lines = [`${'bank'.padEnd(width)}  questions  status  title`];
  for (const b of banks) {
    const status = b.valid ? '✓ ok  ' : `✗ ${String(b.problems).padStart(2)}  `;
    lines.push(`${b.path.padEnd(width)}  ${String(b.questions).padStart(9)}  ${status}  ${printable(b.title, { oneLine: true, max: 80 })}`);
  }
  const invalid = banks.filter((b) => !b.valid);
  const ownCount = banks.filter((b) => b.origin === 'your bank folder').length;
  lines.push('');
  lines.push(`${banks.length} bank${banks.length === 1 ? '' : 's'}, ${library.questions.length} usable questions.`);
  lines.push(`Your bank folder: ${printable(userDir, { oneLine: true })} (${ownCount} bank${ownCount === 1 ? '' : 's'}; add one with 'clf-trainer import FILE').`);
  if (invalid.length) {
    lines.push(`✗ ${invalid.length} bank${invalid.length === 1 ? ' has' : 's have'} problems (questions with problems are not used): run 'clf-trainer lint ${invalid.map((b) => b.path).join(' ')}'`);
  }
  for (const problem of unusable) lines.push(`✗ ${formatProblem(problem)}`);
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return code;
};
