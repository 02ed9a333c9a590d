import { sanitizeText } from '../core/bank/sanitize.js';
import { localDateTime } from '../core/exam/history.js';
import type { CommandRun } from '../cli/types.js';
import { dataDir } from '../store/paths.js';
import { readReports, reportsPath } from '../store/reports.js';

/** `clf-trainer reports`: the questions reported from the trainer, oldest first, with their comments. */
export const run: CommandRun = async (ctx) => {
  const dir = dataDir(ctx.env);
  const { values, damaged } = readReports(dir);
  if (ctx.args.flags.json === true) {
    ctx.stdout.write(`${JSON.stringify({ file: reportsPath(dir), count: values.length, reports: values, ...(damaged.length ? { damagedLines: damaged } : {}) }, null, 2)}\n`);
    return 0;
  }
  if (damaged.length) ctx.stderr.write(`clf-trainer: skipped ${damaged.length} damaged line(s) of ${reportsPath(dir)}\n`);
  if (values.length === 0) {
    ctx.stdout.write('No reports yet. In the trainer, press r on a question you think is wrong or unclear.\n');
    return 0;
  }
  // The file is the learner's, and may have been edited: everything from it is printed as text.
  const safe = (text: string) => sanitizeText(text).replace(/\n/g, '\n    ');
  const lines = values.map((r) => `${localDateTime(r.at)}  ${safe(r.qid)}  (${safe(r.bank)})\n    ${safe(r.comment)}`);
  ctx.stdout.write(`${lines.join('\n')}\n\n${values.length} report${values.length === 1 ? '' : 's'} in ${reportsPath(dir)}\n`);
  return 0;
};
