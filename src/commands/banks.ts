import { join, sep } from 'node:path';
import type { CommandRun } from '../cli/types.js';
import { displayPath, loadLibrary } from '../store/bank-files.js';
import { cacheDir, dataDir } from '../store/paths.js';
import { bankPaths } from './options.js';

export const run: CommandRun = async (ctx) => {
  const userDir = join(dataDir(ctx.env), 'banks');
  const library = await loadLibrary({ paths: bankPaths(ctx.args), userDir, cwd: ctx.cwd, cacheDir: cacheDir(dataDir(ctx.env)) });
  const userRoot = displayPath(userDir, ctx.cwd);
  const banks = library.banks.map((bank) => ({
    path: bank.path,
    title: bank.title ?? '',
    questions: bank.questions,
    problems: bank.problems,
    valid: bank.problems === 0,
    origin: bank.builtin ? 'built-in' : bank.path.startsWith(`${userRoot}${sep}`) ? 'your bank folder' : '--bank',
  }));
  if (ctx.args.flags.json === true) {
    ctx.stdout.write(`${JSON.stringify({ bankFolder: userDir, banks, questions: library.questions.length }, null, 2)}\n`);
    return 0;
  }
  const width = Math.min(48, Math.max(4, ...banks.map((b) => b.path.length)));
  const lines = [`${'bank'.padEnd(width)}  questions  status  title`];
  for (const b of banks) {
    const status = b.valid ? '✓ ok  ' : `✗ ${String(b.problems).padStart(2)}  `;
    lines.push(`${b.path.padEnd(width)}  ${String(b.questions).padStart(9)}  ${status}  ${b.title}`);
  }
  const invalid = banks.filter((b) => !b.valid);
  const ownCount = banks.filter((b) => b.origin === 'your bank folder').length;
  lines.push('');
  lines.push(`${banks.length} bank${banks.length === 1 ? '' : 's'}, ${library.questions.length} usable questions.`);
  lines.push(`Your bank folder: ${userDir} (${ownCount} bank${ownCount === 1 ? '' : 's'}; add one with 'clf-trainer import FILE').`);
  if (invalid.length) {
    lines.push(`✗ ${invalid.length} bank${invalid.length === 1 ? ' has' : 's have'} problems (questions with problems are not used): run 'clf-trainer lint ${invalid.map((b) => b.path).join(' ')}'`);
  }
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
};
