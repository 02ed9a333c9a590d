import type { CommandRun } from '../cli/types.js';
import { examBook } from '../app/exams.js';
import { readStats } from '../app/stats.js';
import { diskExamFolder } from '../store/exams.js';
import { printableJson } from '../core/bank/sanitize.js';
import { runInteractive } from './interactive.js';
import { loadRunData, tell } from './run-data.js';

export const run: CommandRun = async (ctx) => {
  if (ctx.args.flags.json === true) {
    const data = await loadRunData(ctx);
    const now = ctx.now();
    tell(ctx, data.reviews.notices(now));
    const suspended = new Set(data.suspended);
    const report = readStats({ ...data, questions: data.library.questions, facts: data.library.facts, exams: examBook(diskExamFolder(data.dir), data.reviews), suspended: { get: () => suspended } }, now);
    ctx.stdout.write(`${printableJson(report, 2)}
`);
    return 0;
  }
  return runInteractive(ctx, 'clf-trainer stats', "use 'clf-trainer stats --json' in scripts", { id: 'stats' });
};
