import { resolve } from 'node:path';
import { InputError, UsageError } from '../cli/errors.js';
import type { CommandContext, CommandRun } from '../cli/types.js';
import { printableJson } from '../core/bank/sanitize.js';
import { formatHistory } from '../core/exam/history.js';
import { diskExamFolder, readExamHistory } from '../store/exams.js';
import { dataDir } from '../store/paths.js';
import type { ExamParams } from '../app/exam-flow.js';

const EXAM_FLAGS = ['questions', 'minutes', 'quick', 'strict', 'topic', 'seed', 'bank'] as const;

export const run: CommandRun = async (ctx) => {
  const flags = ctx.args.flags;
  if (flags.history === true) return history(ctx);
  if (typeof flags.open === 'string') return openAttempt(ctx, flags.open);
  if (flags.json === true) throw new UsageError('--json goes with --history (the exam itself is interactive)', 'exam');
  if (flags.quick === true && flags.questions !== undefined) throw new UsageError('use either --quick or --questions, not both', 'exam');
  const [{ bankPaths, topicFilter }, { filterTopics }, { runInteractive }] = await Promise.all([import('./options.js'), import('../core/topics.js'), import('./interactive.js')]);
  const topics = topicFilter(ctx.args, 'exam');
  const params: ExamParams = {
    ...(typeof flags.questions === 'number' ? { questions: flags.questions } : {}),
    ...(typeof flags.minutes === 'number' ? { minutes: flags.minutes } : {}),
    ...(flags.quick === true ? { quick: true } : {}),
    ...(flags.strict === true ? { strict: true } : {}),
    ...(topics.length ? { topics } : {}),
    ...(typeof flags.seed === 'string' ? { seed: flags.seed } : {}),
    ...(bankPaths(ctx.args).length ? { banks: bankPaths(ctx.args).map((p) => resolve(ctx.cwd, p)) } : {}),
  };
  // Every loaded question stays available (an unfinished exam may come from other topics); the topics filter the draw.
  return runInteractive(ctx, 'clf-trainer exam', "use 'clf-trainer exam --history --json' in scripts", { id: 'exam', params }, (questions) => {
    if (filterTopics(questions, topics).length === 0) throw new InputError(`no questions${topics.length ? ` for ${topics.join(', ')}` : ''} to draw an exam from: check the --topic and --bank options (clf-trainer banks lists what is loaded)`);
    return questions;
  });
};

/** `--open N`: a past attempt's results in the app (N from `--history`, or the attempt's id). */
async function openAttempt(ctx: CommandContext, which: string): Promise<number> {
  const given = EXAM_FLAGS.filter((name) => ctx.args.flags[name] !== undefined);
  if (given.length || ctx.args.flags.json === true) throw new UsageError(`--open shows a past attempt; it does not take --${given[0] ?? 'json'}`, 'exam');
  const { pastAttempts, findAttempt } = await import('../app/past-exams.js');
  const { values } = readExamHistory(diskExamFolder(dataDir(ctx.env)));
  const attempt = findAttempt(pastAttempts(values), which);
  if (!attempt) throw new InputError(`there is no attempt ${which}: 'clf-trainer exam --history' lists them, numbered`);
  if (!attempt.scored) throw new InputError(`attempt ${which} was abandoned: nothing was submitted, so there are no results to show`);
  const { runInteractive } = await import('./interactive.js');
  return runInteractive(ctx, 'clf-trainer exam --open', "use 'clf-trainer exam --history --json' in scripts", { id: 'attempts', params: { open: String(attempt.number) } });
}

/** `--history [--json]`: past attempts, without loading the banks or the terminal UI. */
function history(ctx: CommandContext): number {
  const given = EXAM_FLAGS.filter((name) => ctx.args.flags[name] !== undefined);
  if (given.length) throw new UsageError(`--history lists past attempts; it does not take --${given[0]}`, 'exam');
  const { values, damaged } = readExamHistory(diskExamFolder(dataDir(ctx.env)));
  if (ctx.args.flags.json === true) {
    const attempts = [...values].sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt));
    ctx.stdout.write(`${printableJson({ attempts, ...(damaged.length ? { damagedLines: damaged } : {}) }, 2)}\n`);
    return 0;
  }
  if (damaged.length) ctx.stderr.write(`clf-trainer: skipped ${damaged.length} damaged line(s) of the exam history\n`);
  ctx.stdout.write(formatHistory(values));
  return 0;
}
