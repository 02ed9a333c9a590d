import type { CommandRun } from '../cli/registry.js';
import { statsReport } from '../core/stats/report.js';
import { statsSources } from '../store/stats-sources.js';
import { loadStudyData, studyHistory } from '../store/study-data.js';
import { runInteractive } from './interactive.js';

export const run: CommandRun = async (ctx) => {
  if (ctx.args.flags.json === true) {
    const data = await loadStudyData(ctx);
    const reviewHistory = studyHistory(data, ctx).history;
    const sources = statsSources({ questions: data.library.questions, facts: data.library.facts, settings: data.settings, dataDir: data.dir, reviewHistory });
    ctx.stdout.write(`${JSON.stringify(statsReport(sources, ctx.now()), null, 2)}\n`);
    return 0;
  }
  return runInteractive(ctx, 'clf-trainer stats', "use 'clf-trainer stats --json' in scripts", { id: 'stats' });
};
