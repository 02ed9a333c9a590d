import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError, UsageError } from '../cli/errors.js';
import type { CommandContext, CommandRun } from '../cli/types.js';
import { VERSION } from '../cli/version.js';
import { applyBackup, collectBackup, describeSummary, keptCopyPath, parseBackup, summarizeBackup, writeBackupFile } from '../store/backup.js';
import { displayPath } from '../store/bank-files.js';
import { dataDir } from '../store/paths.js';

export const run: CommandRun = async (ctx) => {
  if (ctx.args.positionals.length > 1) throw new UsageError('restore takes one PATH', 'restore');
  const source = resolve(ctx.cwd, ctx.args.positionals[0]!);
  const shown = displayPath(source, ctx.cwd);
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${shown}: no such file` : code === 'EISDIR' ? `${shown} is a folder, not a backup file` : `${shown} cannot be read (${code ?? 'error'})`);
  }
  const parsed = parseBackup(text);
  if ('problem' in parsed) throw new InputError(`${shown} cannot be restored: ${parsed.problem}. Nothing was changed.`);
  const incoming = describeSummary(summarizeBackup(parsed.backup));

  const dir = dataDir(ctx.env);
  const now = ctx.now();
  const current = collectBackup(dir, now, VERSION).backup;
  let kept: string | undefined;
  if (current.files.length > 0) {
    const existing = describeSummary(summarizeBackup(current));
    if (ctx.args.flags.force !== true) {
      if (!ctx.stdin.isTTY) {
        ctx.stderr.write(`clf-trainer: ${dir} already holds progress (${existing}).\nRun 'clf-trainer restore ${ctx.args.positionals[0]} --force' to replace it with the backup (a copy of it is kept), or run it in a terminal to confirm.\n`);
        return 2;
      }
      ctx.stdout.write(`Your progress now: ${existing}.\nThe backup (${parsed.backup.createdAt}): ${incoming}.\nA copy of your current progress is kept in ${displayPath(keptCopyPath(dir, now), ctx.cwd)}.\n`);
      const answer = await ask(ctx, 'Replace your progress with the backup? [y/N] ');
      if (!/^y(es)?$/i.test(answer.trim())) {
        ctx.stdout.write('Nothing was restored.\n');
        return 1;
      }
    }
    kept = keptCopyPath(dir, now);
    writeBackupFile(kept, current);
  }
  try {
    applyBackup(dir, parsed.backup);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`restoring into ${dir} failed (${code})${kept ? `; your previous progress is kept in ${kept}` : ''}`);
  }
  ctx.stdout.write(`✓ restored ${incoming} from ${shown}\n`);
  if (kept) ctx.stdout.write(`  Your previous progress is kept in ${displayPath(kept, ctx.cwd)} (restore it the same way).\n`);
  return 0;
};

/** One line from the terminal; an empty answer when input ends. */
async function ask(ctx: CommandContext, question: string): Promise<string> {
  ctx.stdout.write(question);
  const rl = createInterface({ input: ctx.stdin, terminal: false });
  try {
    return await new Promise<string>((done) => {
      rl.once('line', done);
      rl.once('close', () => done(''));
    });
  } finally {
    rl.close();
  }
}
