import { SHELLS, completionScript, type Shell } from '../cli/completion.js';
import { UsageError } from '../cli/errors.js';
import type { CommandRun, CommandSpec } from '../cli/types.js';
import { SETTING_SPECS } from '../core/srs/settings.js';

/** `clf-trainer completion bash|zsh|fish`: the completion script for `commands`, on standard output. */
export const completionCommand = (commands: readonly CommandSpec[]): CommandRun => async (ctx) => {
  const [shell, ...extra] = ctx.args.positionals;
  if (extra.length || !(SHELLS as readonly string[]).includes(shell ?? '')) throw new UsageError(`completion takes one shell: ${SHELLS.join(', ')}`, 'completion');
  ctx.stdout.write(completionScript(shell as Shell, { commands, settings: SETTING_SPECS.map((s) => s.name) }));
  return 0;
};
