import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError, UsageError } from '../cli/errors.js';
import type { CommandRun } from '../cli/types.js';
import { VERSION } from '../cli/version.js';
import { collectBackup, describeSummary, parseBackup, summarizeBackup, writeBackupFile } from '../store/backup.js';
import { displayPath } from '../store/bank-files.js';
import { dataDir } from '../store/paths.js';

export const run: CommandRun = async (ctx) => {
  if (ctx.args.positionals.length > 1) throw new UsageError('backup takes one PATH', 'backup');
  const now = ctx.now();
  let path = resolve(ctx.cwd, ctx.args.positionals[0]!);
  if (isDirectory(path)) path = join(path, `clf-trainer-backup-${now.toISOString().slice(0, 10)}.json`);
  const shown = displayPath(path, ctx.cwd);
  refuseForeignFile(path, shown);
  const { backup, dropped } = collectBackup(dataDir(ctx.env), now, VERSION);
  try {
    writeBackupFile(path, backup);
  } catch (error) {
    throw new InputError(`cannot write ${shown} (${(error as NodeJS.ErrnoException).code ?? 'error'}); nothing was written`);
  }
  for (const note of dropped) ctx.stderr.write(`note: ${note}\n`);
  const empty = backup.files.length === 0;
  ctx.stdout.write(`✓ backed up ${describeSummary(summarizeBackup(backup))} to ${shown}${empty ? ' (there is no progress yet)' : ''}\n`);
  ctx.stdout.write(`  On the other machine: clf-trainer restore ${shown}\n`);
  return 0;
};

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Replacing an older backup is fine; replacing any other file is not. */
function refuseForeignFile(path: string, shown: string): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new InputError(`cannot use ${shown} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if ('problem' in parseBackup(text)) throw new InputError(`${shown} exists and is not a clf-trainer backup: not overwritten; choose another path`);
}
