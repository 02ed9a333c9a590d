import type { CommandRun } from '../cli/registry.js';
import { formatMissedList, missedList } from '../core/srs/missed-list.js';
import { loadStudyData, studyHistory } from '../store/study-data.js';
import { runInteractive } from './interactive.js';

export const run: CommandRun = async (ctx) => {
  const json = ctx.args.flags.json === true;
  if (ctx.args.flags.list === true || json) {
    const data = await loadStudyData(ctx);
    const list = missedList(data.library.questions, studyHistory(data, ctx).history);
    ctx.stdout.write(json ? `${JSON.stringify({ count: list.missed.length, ...list }, null, 2)}\n` : formatMissedList(list));
    return 0;
  }
  return runInteractive(ctx, 'clf-trainer review', "use 'clf-trainer review --list' (or --json) to print the missed questions", { id: 'review' });
};
