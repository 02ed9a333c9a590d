import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../cli/errors.js';
import type { CommandRun } from '../cli/types.js';
import { VERSION } from '../cli/version.js';
import { printable } from '../core/bank/sanitize.js';
import {
  collectBackup,
  describeSummary,
  keptCopyPaths,
  MAX_BACKUP_BYTES,
  moveProgressAside,
  parseBackup,
  progressPaths,
  serializeBackup,
  summarizeBackup,
  writeBackupFiles,
  type Backup,
  type KeptCopy,
} from '../store/backup.js';
import { shownPath } from '../store/bank-files.js';
import { lockForRestore } from '../store/data-lock.js';
import { replaceFile } from '../store/files.js';
import { ask } from './ask.js';
import { dataDir } from '../store/paths.js';
import { readUserText, UserFileError } from '../store/user-files.js';

export const run: CommandRun = async (ctx) => {
  if (ctx.args.positionals.length > 1) throw new UsageError('restore takes one PATH', 'restore');
  const source = resolve(ctx.cwd, ctx.args.positionals[0]!);
  const shown = shownPath(source, ctx.cwd);
  const parsed = parseBackup(readBackup(source, shown));
  if ('problem' in parsed) throw new InputError(`${shown} cannot be restored: ${parsed.problem}. Nothing was changed.`);
  const incoming = describeSummary(summarizeBackup(parsed.backup));

  const dir = dataDir(ctx.env);
  const now = ctx.now();
  // No trainer may be open on the progress being replaced: its next answers would be lost.
  const lock = lockForRestore(dir);
  let kept: KeptCopy | undefined;
  let notes: string[] = [];
  try {
    if (progressPaths(dir).length > 0) {
      const current = collectBackup(dir, now, VERSION, { lenient: true });
      const existing = describeSummary(summarizeBackup(current.backup));
      const copy = keptCopyPaths(dir, now);
      if (ctx.args.flags.force !== true) {
        if (!ctx.stdin.isTTY) {
          ctx.stderr.write(`clf-trainer: ${printable(dir, { oneLine: true })} already holds progress (${existing}).\nRun 'clf-trainer restore ${printable(ctx.args.positionals[0]!, { oneLine: true })} --force' to replace it with the backup (a copy of it is kept), or run it in a terminal to confirm.\n`);
          return 2;
        }
        ctx.stdout.write(`Your progress now: ${existing}.\nThe backup (${printable(parsed.backup.createdAt, { oneLine: true })}): ${incoming}.\nA copy of your current progress is kept in ${shownPath(copy.backup, ctx.cwd)}.\n`);
        const answer = await ask(ctx, 'Replace your progress with the backup? [y/N] ');
        if (!/^y(es)?$/i.test(answer.trim())) {
          ctx.stdout.write('Nothing was restored.\n');
          return 1;
        }
      }
      keepCurrent(dir, copy, current.backup);
      kept = copy;
      notes = current.dropped;
    }
    writeBackupFiles(dir, parsed.backup);
  } catch (error) {
    if (!kept) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`restoring into ${printable(dir, { oneLine: true })} failed (${code}); your previous files are in ${printable(kept.folder, { oneLine: true })} and in ${printable(kept.backup, { oneLine: true })}`);
  } finally {
    lock.release();
  }
  ctx.stdout.write(`✓ restored ${incoming} from ${shown}\n`);
  if (kept) {
    ctx.stdout.write(`  Your previous progress is kept in ${shownPath(kept.backup, ctx.cwd)} (restore it the same way),\n  and the files it replaced, exactly as they were, in ${shownPath(kept.folder, ctx.cwd)}.\n`);
    for (const note of notes) ctx.stderr.write(`note: not in ${shownPath(kept.backup, ctx.cwd)}, only in the folder: ${printable(note, { oneLine: true })}\n`);
  }
  return 0;
};

/** The backup's text, through the user-file reader (a FIFO, a device or a huge file is refused unread). */
function readBackup(source: string, shown: string): string {
  try {
    return readUserText(source, { maxBytes: MAX_BACKUP_BYTES, what: 'backups', format: 'JSON', shown });
  } catch (error) {
    if (error instanceof UserFileError) throw new InputError(`${shown} cannot be restored: it ${error.detail}. Nothing was changed.`);
    throw error;
  }
}

/**
 * Keeps what the restore replaces, twice: a backup file of it that restores (what a reader can
 * use), then the files themselves moved aside byte for byte (damaged lines and all).
 */
function keepCurrent(dir: string, copy: KeptCopy, current: Backup): void {
  replaceFile(copy.backup, serializeBackup(current));
  try {
    moveProgressAside(dir, copy.folder);
  } catch (error) {
    // Nothing was replaced: a copy of progress that is still in place would only mislead.
    rmSync(copy.backup, { force: true });
    throw error;
  }
}
