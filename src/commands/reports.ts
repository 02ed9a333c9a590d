import { printable, printableJson } from '../core/bank/sanitize.js';
import { localDateTime } from '../core/exam/history.js';
import type { CommandRun } from '../cli/types.js';
import { dataDir } from '../store/paths.js';
import { readReports, reportsPath } from '../store/reports.js';

/** `clf-trainer reports`: the questions reported from the trainer, oldest first, with their comments. */
export const run: CommandRun = async (ctx) => {
  const dir = dataDir(ctx.env);
  const shownFile = printable(reportsPath(dir), { oneLine: true });
  const { values, damaged } = readReports(dir);
  if (ctx.args.flags.json === true) {
    ctx.stdout.write(`${printableJson({ file: reportsPath(dir), count: values.length, reports: values, ...(damaged.length ? { damagedLines: damaged } : {}) }, 2)}\n`);
    return 0;
  }
  if (damaged.length) ctx.stderr.write(`clf-trainer: skipped ${damaged.length} damaged line(s) of ${shownFile}\n`);
  if (values.length === 0) {
    ctx.stdout.write('No reports yet. In the trainer, press r on a question you think is wrong or unclear.\n');
    return 0;
  }
  // The file is the learner's, and may have been edited: everything from it passes the print boundary.
  const safe = (text: string) => printable(text).replace(/\n/g, '\n    ');
  const lines = values.map((r) => `${localDateTime(r.at)}  ${safe(r.qid)}  (${safe(r.bank)})\n    ${safe(r.comment)}`);
  ctx.stdout.write(`${lines.join('\n')}\n\n${values.length} report${values.length === 1 ? '' : 's'} in ${shownFile}\n`);
  return 0;
};
