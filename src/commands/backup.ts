import { lstatSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../cli/errors.js';
import type { CommandRun } from '../cli/types.js';
import { VERSION } from '../cli/version.js';
import { printable } from '../core/bank/sanitize.js';
import { collectBackup, describeSummary, serializeBackup, summarizeBackup } from '../store/backup.js';
import { shownPath } from '../store/bank-files.js';
import { checkNewFile, writeNewFile } from '../store/new-file.js';
import { dataDir } from '../store/paths.js';

export const run: CommandRun = async (ctx) => {
  if (ctx.args.positionals.length > 1) throw new UsageError('backup takes one PATH', 'backup');
  const now = ctx.now();
  const home = dataDir(ctx.env);
  let path = resolve(ctx.cwd, ctx.args.positionals[0]!);
  if (isDirectory(path)) path = freeName(path, now);
  const shown = shownPath(path, ctx.cwd);
  const target = { force: ctx.args.flags.force === true, dataDir: home, shown };
  // Refused before anything is read: an existing file (without --force), a link, a FIFO, the data folder.
  checkNewFile(path, target);
  const { backup, dropped } = collectBackup(home, now, VERSION);
  writeNewFile(path, serializeBackup(backup), target);
  for (const note of dropped) ctx.stderr.write(`note: ${printable(note, { oneLine: true })}\n`);
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

/** A dated name in the folder that is not taken yet: clf-trainer-backup-2026-11-25.json, then -2, -3… */
function freeName(folder: string, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  for (let n = 1; ; n++) {
    const path = join(folder, `clf-trainer-backup-${day}${n === 1 ? '' : `-${n}`}.json`);
    try {
      lstatSync(path);
    } catch {
      return path;
    }
  }
}
