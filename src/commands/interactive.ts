import { EXIT, InputError } from '../cli/errors.js';
import type { CommandContext } from '../cli/types.js';
import type { Question } from '../core/bank/types.js';
import type { Route } from '../ui/context.js';
import { requireTerminal } from '../ui/terminal-check.js';
import { checkWritable } from '../store/files.js';
import { dataDir } from '../store/paths.js';
import { loadRunData, tell } from './run-data.js';

/**
 * The shared path of the interactive commands: terminal check (exit 2 with one line), data
 * loading (a broken --bank is exit 1), a data folder that cannot take progress (read-only,
 * uncreatable, full: exit 1 before anything is shown), a settings warning, then the app on
 * the alternate screen.
 * Ink and React are imported only here, after the checks.
 */
export async function runInteractive(
  ctx: CommandContext,
  what: string,
  instead: string,
  route: Route,
  select: (questions: readonly Question[]) => readonly Question[] = (q) => q,
): Promise<number> {
  if (!requireTerminal(ctx, what, instead)) return EXIT.usage;
  // The terminal UI's code loads while the data is read: both take a while at start.
  const ui = Promise.all([import('../ui/run.js'), import('../ui/services.js'), import('../core/srs/scheduler.js')]);
  ui.catch(() => undefined); // a failure surfaces below, where it is awaited
  checkWritable(dataDir(ctx.env));
  const data = await loadRunData(ctx);
  const questions = select(data.library.questions);
  if (questions.length === 0) throw new InputError('no questions to study: check the --topic and --bank options (clf-trainer banks lists what is loaded)');
  tell(ctx, data.warnings);
  const [{ runApp }, { realServices, fileLog }, { makeScheduler }] = await ui;
  // Loaded once here, to say what was found damaged before the screen opens; the screen reuses it.
  const log = fileLog(data.dir);
  for (const notice of log.loaded(makeScheduler({ retention: data.settings.retention }), ctx.now()).notices) ctx.stderr.write(`clf-trainer: ${notice}\n`);
  return runApp(ctx, { ...realServices(data, ctx, questions), log }, route);
}
