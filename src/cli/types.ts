/**
 * The shapes of the command line: a command's spec, its parsed arguments and what it runs with.
 * Types only, so a command imports them without importing the registry that loads it.
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
  /** The smallest value of an integer flag (1 unless given). */
  min?: number;
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
  /** Writes a one-off command's output to stdout without making its stream (src/cli/print.ts); where absent, `stdout.write` does. */
  print?: (text: string) => void;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The clock, injected so commands are testable. */
  now: () => Date;
}

export type CommandRun = (ctx: CommandContext) => Promise<number>;
