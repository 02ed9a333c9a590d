import { InputError, UsageError } from '../cli/errors.js';
import type { CommandContext, CommandRun } from '../cli/types.js';
import { printableJson, sanitizeText } from '../core/bank/sanitize.js';
import { loadSolver } from '../launch/solver-script.js';

/** A scenario is a paragraph or an exam question; anything far larger is not one (as TEXT or on stdin). */
export const MAX_SCENARIO_BYTES = 256 * 1024;
/** A pipe that stays silent this long gets a line on stderr saying the solver is waiting for it. */
export const SILENT_PIPE_MS = 2_000;

const tooLarge = (where: string) => new InputError(`the scenario ${where} is larger than ${MAX_SCENARIO_BYTES / 1024} KB: give the question itself`);
const endKey = () => (process.platform === 'win32' ? 'Ctrl+Z then enter' : 'Ctrl+D on an empty line');

export const run: CommandRun = async (ctx) => {
  const given = ctx.args.positionals.join(' ');
  if (Buffer.byteLength(given) > MAX_SCENARIO_BYTES) throw tooLarge('given as TEXT');
  // The scenario is data (often a pasted bank question): quoted back, it must not reach the terminal as commands.
  const text = sanitizeText(ctx.args.positionals.length ? given : await readStdin(ctx));
  if (text.trim() === '') throw new UsageError('solve needs a scenario: give it as TEXT or pipe it on stdin', 'solve');
  const solver = await loadSolver(ctx.env);
  const solution = solver.solve(text);
  const output = ctx.args.flags.json === true ? `${printableJson(solver.solutionJson(solution), 2)}\n` : solver.formatSolution(solution);
  if (ctx.print) ctx.print(output);
  else ctx.stdout.write(output);
  solver.remember();
  return 0;
};

/**
 * The scenario from stdin, at most MAX_SCENARIO_BYTES. On a terminal it first says how to end
 * the input; on a pipe that stays silent for SILENT_PIPE_MS it says that it is waiting.
 */
async function readStdin(ctx: Pick<CommandContext, 'stdin' | 'stderr'>): Promise<string> {
  const { stdin, stderr } = ctx;
  if (stdin.isTTY) stderr.write(`Type or paste the scenario, then press ${endKey()} to solve it (Ctrl+C cancels).\n`);
  const waiting = stdin.isTTY
    ? undefined
    : setTimeout(() => stderr.write(`clf-trainer: waiting for the scenario on stdin (nothing has arrived for ${SILENT_PIPE_MS / 1000} s); end it with ${endKey()}, or give it as TEXT\n`), SILENT_PIPE_MS);
  waiting?.unref?.();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      clearTimeout(waiting);
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > MAX_SCENARIO_BYTES) throw tooLarge('on stdin');
      chunks.push(buffer);
    }
  } finally {
    clearTimeout(waiting);
  }
  return Buffer.concat(chunks).toString('utf8');
}
