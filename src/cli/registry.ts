/**
 * Every command, as data: what it does, its flags and where its code lives. Kept free of heavy
 * imports so `--help`, `--version`, `lint` and `solve` never load Ink or React.
 */

export type FlagKind = 'boolean' | 'string' | 'integer';

export interface FlagSpec {
  name: string;
  kind: FlagKind;
  short?: string;
  repeatable?: boolean;
  /** Shown in help as the value's name, e.g. N or PATH. */
  value?: string;
  description: string;
  /** Accepted values for a string flag. */
  choices?: readonly string[];
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  /** Positional arguments: none, an optional list, or a required list. */
  positionals: 'none' | 'optional' | 'required';
  flags: FlagSpec[];
  examples: string[];
  /** Loads the implementation only when the command runs. */
  load: () => Promise<{ run: CommandRun }>;
}

export interface ParsedArgs {
  flags: Record<string, string | number | boolean | string[] | undefined>;
  positionals: string[];
}

export interface CommandContext {
  args: ParsedArgs;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The clock, injected so commands are testable. */
  now: () => Date;
}

export type CommandRun = (ctx: CommandContext) => Promise<number>;

const BANK: FlagSpec = { name: 'bank', kind: 'string', repeatable: true, value: 'PATH', description: 'also load this bank file or folder (repeatable)' };
const TOPIC: FlagSpec = { name: 'topic', kind: 'string', repeatable: true, value: 'T', description: 'only questions of this topic (repeatable)' };
const JSON_FLAG: FlagSpec = { name: 'json', kind: 'boolean', description: 'print machine-readable JSON' };

export const HELP_FLAG: FlagSpec = { name: 'help', short: 'h', kind: 'boolean', description: 'show help' };

export const COMMANDS: CommandSpec[] = [
  {
    name: 'lint',
    summary: 'check question banks: every problem with file:line:col',
    usage: 'clf-trainer lint [PATH…] [--json] [--coverage]',
    positionals: 'optional',
    flags: [JSON_FLAG, { name: 'coverage', kind: 'boolean', description: 'also report topic and fact coverage of the chapter banks, and fail when a requirement is not met' }],
    examples: ['clf-trainer lint', 'clf-trainer lint my-bank.yaml --json', 'clf-trainer lint --coverage'],
    load: () => import('../commands/lint.js'),
  },];

/** `clf-trainer` with no command opens the home screen. */
export const HOME: CommandSpec = {
  name: 'home',
  summary: 'home screen: study, mock exam, review, which service?, stats',
  usage: 'clf-trainer',
  positionals: 'none',
  flags: [],
  examples: ['clf-trainer'],
  load: async () => ({ run: async (ctx) => { ctx.stdout.write('home screen not available yet\n'); return 2; } }),
};

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
