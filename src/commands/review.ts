import type { CommandRun } from '../cli/types.js';
import { printableJson } from '../core/bank/sanitize.js';
import { formatMissedList, missedList } from '../core/srs/missed-list.js';
import { runInteractive } from './interactive.js';
import { loadRunData, tell } from './run-data.js';

export const run: CommandRun = async (ctx) => {
  const json = ctx.args.flags.json === true;
  if (ctx.args.flags.list === true || json) {
    const run = await loadRunData(ctx);
    const list = missedList(run.library.questions, run.reviews.history(ctx.now()));
    tell(ctx, run.reviews.notices(ctx.now()));
    ctx.stdout.write(json ? `${printableJson({ count: list.missed.length, ...list }, 2)}\n` : formatMissedList(list));
    return 0;
  }
  return runInteractive(ctx, 'clf-trainer review', "use 'clf-trainer review --list' (or --json) to print the missed questions", { id: 'review' });
};
