import { createInterface } from 'node:readline';
import type { CommandContext } from '../cli/types.js';

/** Asks a question in the terminal and returns the line typed; an empty answer when input ends. */
export async function ask(ctx: Pick<CommandContext, 'stdin' | 'stdout'>, question: string): Promise<string> {
  ctx.stdout.write(question);
  const rl = createInterface({ input: ctx.stdin, terminal: false });
  try {
    return await new Promise<string>((done) => {
      rl.once('line', done);
      rl.once('close', () => done(''));
    });
  } finally {
    rl.close();
  }
}
