import type { CommandRun } from '../cli/types.js';
import { runInteractive } from './interactive.js';

export const run: CommandRun = (ctx) => runInteractive(ctx, 'the home screen', "run 'clf-trainer --help' for the commands and their --list/--json forms", { id: 'home' });
