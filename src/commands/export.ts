import { resolve } from 'node:path';
import { UsageError } from '../cli/errors.js';
import type { CommandRun } from '../cli/types.js';
import { toAnki } from '../core/export/anki.js';
import { toCsv } from '../core/export/csv.js';
import { exportRows } from '../core/export/rows.js';
import { historyMissed } from '../core/srs/history.js';
import { shownPath } from '../store/bank-files.js';
import { checkNewFile, writeNewFile } from '../store/new-file.js';
import { dataDir } from '../store/paths.js';
import { loadRunData, tell } from './run-data.js';

export const run: CommandRun = async (ctx) => {
  const missedOnly = ctx.args.flags.missed === true;
  const all = ctx.args.flags.all === true;
  if (missedOnly === all) throw new UsageError(missedOnly ? 'choose one of --missed and --all, not both' : 'say what to export: --missed or --all', 'export');
  const format = (ctx.args.flags.format as 'csv' | 'anki' | undefined) ?? 'csv';
  const out = ctx.args.flags.out;
  const target = out === undefined ? undefined : { path: resolve(ctx.cwd, String(out)), force: ctx.args.flags.force === true, dataDir: dataDir(ctx.env) };
  // Refused before any work: an existing file, a link, a FIFO, a path inside the data folder.
  if (target) checkNewFile(target.path, { ...target, shown: shownPath(target.path, ctx.cwd) });
  const data = await loadRunData(ctx);
  const missed = historyMissed(data.reviews.history(ctx.now()));
  tell(ctx, data.reviews.notices(ctx.now()));
  const byId = new Map(data.library.questions.map((q) => [q.id, q]));
  const questions = missedOnly ? missed.flatMap((r) => byId.get(r.qid) ?? []) : data.library.questions;
  const rows = exportRows(questions, data.library.facts, missed);
  const text = format === 'anki' ? toAnki(rows) : toCsv(rows);
  const what = `${rows.length} ${missedOnly ? 'missed ' : ''}question${rows.length === 1 ? '' : 's'}`;
  if (!target) {
    ctx.stdout.write(text);
    ctx.stderr.write(`exported ${what} (${format === 'anki' ? 'Anki notes' : 'CSV'})\n`);
    return 0;
  }
  const shown = shownPath(target.path, ctx.cwd);
  writeNewFile(target.path, text, { ...target, shown });
  ctx.stdout.write(`✓ exported ${what} to ${shown}\n`);
  if (format === 'anki') ctx.stdout.write('  In Anki: File → Import, choose the file; the header lines set tabs, HTML and the tags column.\n');
  return 0;
};
