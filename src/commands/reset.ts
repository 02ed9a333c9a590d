import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandRun } from '../cli/types.js';
import { VERSION } from '../cli/version.js';
import { printable } from '../core/bank/sanitize.js';
import { ask } from './ask.js';
import { collectBackup, describeSummary, KEPT_DIR, keptCopyPaths, moveProgressAside, progressPaths, serializeBackup, summarizeBackup } from '../store/backup.js';
import { shownPath } from '../store/bank-files.js';
import { lockForRestore } from '../store/data-lock.js';
import { EXAMS_DIR } from '../store/exams.js';
import { SNAPSHOT_FILE } from '../store/history-snapshot.js';
import { writeNewFile } from '../store/new-file.js';
import { cacheDir, dataDir } from '../store/paths.js';
import { REVIEW_LOG } from '../store/review-file.js';

/** What reset takes away: every answer and every mock exam. */
const isProgress = (path: string) => path === REVIEW_LOG || path.startsWith(`${EXAMS_DIR}/`);

/**
 * `clf-trainer reset`: progress only (every answer and mock exam). Settings, your own banks,
 * suspended questions, reports and earlier backups stay. First everything is saved to a backup
 * file in the data folder, which `clf-trainer restore` brings back, and the files reset takes
 * away are moved beside it exactly as they were.
 */
export const run: CommandRun = async (ctx) => {
  const dir = dataDir(ctx.env);
  const shownDir = printable(dir, { oneLine: true });
  const now = ctx.now();
  if (!progressPaths(dir).some(isProgress)) {
    ctx.stdout.write('There is no progress to reset: no answers and no mock exams yet.\n');
    return 0;
  }
  // No trainer may be open on the progress being reset: its next answers would be written after it.
  const lock = lockForRestore(dir);
  try {
    const { backup, dropped } = collectBackup(dir, now, VERSION, { lenient: true });
    const summary = summarizeBackup(backup);
    const kept = keptCopyPaths(dir, now, 'reset');
    const what = `${summary.reviews} answer${summary.reviews === 1 ? '' : 's'} and ${summary.exams} mock exam${summary.exams === 1 ? '' : 's'}`;
    if (ctx.args.flags.force !== true) {
      if (!ctx.stdin.isTTY) {
        ctx.stderr.write(`clf-trainer: reset removes ${what} from ${shownDir}.\nRun 'clf-trainer reset --force' to do it without asking (a backup is written first), or run it in a terminal to confirm.\n`);
        return 2;
      }
      ctx.stdout.write(
        `Reset removes your progress: ${what}. Your settings, your own banks, suspended questions and reports stay.\nFirst, everything (${describeSummary(summary)}) is saved to ${shownPath(kept.backup, ctx.cwd)}; 'clf-trainer restore' on that file undoes the reset.\n`,
      );
      const answer = await ask(ctx, 'Reset your progress? [y/N] ');
      if (!/^y(es)?$/i.test(answer.trim())) {
        ctx.stdout.write('Nothing was reset.\n');
        return 1;
      }
    }
    // The writer never replaces a file nor follows a link: the backup is a new file or nothing.
    writeNewFile(kept.backup, serializeBackup(backup), { dataDir: dir, allowedIn: join(dir, KEPT_DIR), shown: shownPath(kept.backup, ctx.cwd) });
    try {
      moveProgressAside(dir, kept.folder, undefined, { only: isProgress, before: 'resetting' });
    } catch (error) {
      // Nothing was reset: a backup of progress that is still in place would only mislead.
      rmSync(kept.backup, { force: true });
      throw error;
    }
    // Worked out from the answers: it would be rebuilt anyway.
    rmSync(join(cacheDir(dir), SNAPSHOT_FILE), { force: true });
    ctx.stdout.write(`✓ reset: ${what} removed. They are kept in ${shownPath(kept.backup, ctx.cwd)} (clf-trainer restore on it brings them back),\n  and the files themselves, exactly as they were, in ${shownPath(kept.folder, ctx.cwd)}.\n`);
    for (const note of dropped.filter((line) => isProgress(line.slice(0, line.indexOf(':'))))) ctx.stderr.write(`note: not in ${shownPath(kept.backup, ctx.cwd)}, only in the folder: ${printable(note, { oneLine: true })}\n`);
    return 0;
  } finally {
    lock.release();
  }
};
