import { EXIT, InputError } from '../cli/errors.js';
import type { CommandContext } from '../cli/types.js';
import type { Question } from '../core/bank/types.js';
import type { Settings } from '../core/srs/settings.js';
import type { Route } from '../ui/routes.js';
import { requireTerminal } from '../ui/terminal-check.js';
import { checkWritable } from '../store/files.js';
import { dataDir } from '../store/paths.js';
import { holdSession } from '../store/data-lock.js';
import { printable } from '../core/bank/sanitize.js';
import { loadRunData, tell } from './run-data.js';

/**
 * The shared path of the interactive commands: terminal check (exit 2 with one line), data
 * loading (a broken --bank is exit 1), a data folder that cannot take progress (read-only,
 * uncreatable, full: exit 1 before anything is shown), warnings and what was found damaged in
 * the review log, then the app on the alternate screen.
 * Ink and React are imported only here, after the checks.
 */
export async function runInteractive(
  ctx: CommandContext,
  what: string,
  instead: string,
  route: Route,
  select: (questions: readonly Question[], settings: Settings) => readonly Question[] = (q) => q,
): Promise<number> {
  if (!requireTerminal(ctx, what, instead)) return EXIT.usage;
  // The terminal UI's code loads while the data is read: both take a while at start.
  const ui = Promise.all([import('../ui/run.js'), import('../app/real-services.js')]);
  ui.catch(() => undefined); // a failure surfaces below, where it is awaited
  checkWritable(dataDir(ctx.env));
  // Held from before the data is read until the screen closes: a restore meanwhile would replace
  // the progress this trainer is answering, so restore refuses while it is held.
  const session = holdSession(dataDir(ctx.env));
  try {
    const data = await loadRunData(ctx);
    const questions = select(data.library.questions, data.settings);
    if (questions.length === 0) throw new InputError('no questions to study: check the --topic and --bank options (clf-trainer banks lists what is loaded)');
    // Folded once here, to say what was found damaged before the screen opens; the screens reuse it.
    const notices = [...data.warnings, ...data.reviews.notices(ctx.now())].map((n) => printable(n, { oneLine: true }));
    // On stderr, where they stay once the trainer closes, and on its first screen, which would hide them.
    tell(ctx, notices);
    const [{ runApp }, { realServices }] = await ui;
    return await runApp(ctx, { ...realServices(data, questions, ctx), ...(notices.length ? { notices } : {}) }, route);
  } finally {
    session.release();
  }
}
