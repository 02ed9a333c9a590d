import type { CommandRun } from '../cli/types.js';
import { statsReport } from '../core/stats/report.js';
import { statsSources } from '../store/stats-sources.js';
import { runInteractive } from './interactive.js';
import { loadRunData, tell } from './run-data.js';

export const run: CommandRun = async (ctx) => {
  if (ctx.args.flags.json === true) {
    const data = await loadRunData(ctx);
    const reviewHistory = data.reviews.history(ctx.now());
    tell(ctx, data.reviews.notices(ctx.now()));
    const sources = statsSources({ questions: data.library.questions, facts: data.library.facts, scheduler: data.scheduler, dataDir: data.dir, reviewHistory });
    ctx.stdout.write(`${JSON.stringify(statsReport(sources, ctx.now()), null, 2)}\n`);
    return 0;
  }
  return runInteractive(ctx, 'clf-trainer stats', "use 'clf-trainer stats --json' in scripts", { id: 'stats' });
};
