import { InputError, UsageError } from '../cli/errors.js';
import type { CommandRun } from '../cli/types.js';
import { sanitizeText } from '../core/bank/sanitize.js';
import { formatSolution, solutionJson } from '../core/solver/format.js';
import { solve } from '../core/solver/solve.js';

/** A scenario is a paragraph or an exam question; anything far larger is not one. */
const MAX_SCENARIO_BYTES = 256 * 1024;

export const run: CommandRun = async (ctx) => {
  // The scenario is data (often a pasted bank question): quoted back, it must not reach the terminal as commands.
  const text = sanitizeText(ctx.args.positionals.length ? ctx.args.positionals.join(' ') : await readStdin(ctx.stdin));
  if (text.trim() === '') throw new UsageError('solve needs a scenario: give it as TEXT or pipe it on stdin', 'solve');
  const solution = solve(text);
  ctx.stdout.write(ctx.args.flags.json === true ? `${JSON.stringify(solutionJson(solution), null, 2)}\n` : formatSolution(solution));
  return 0;
};

async function readStdin(stdin: NodeJS.ReadStream): Promise<string> {
  if (stdin.isTTY) throw new UsageError('solve needs a scenario: give it as TEXT or pipe it on stdin', 'solve');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_SCENARIO_BYTES) throw new InputError(`the scenario on stdin is larger than ${MAX_SCENARIO_BYTES / 1024} KB`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
