import { UsageError } from './errors.js';
import { HELP_FLAG } from './registry.js';
import type { CommandSpec, FlagSpec, ParsedArgs } from './types.js';
import { closest } from './suggest.js';

/** Parses a command's arguments against its spec. Throws UsageError with a suggestion. */
export function parseArgs(command: CommandSpec, argv: readonly string[]): ParsedArgs {
  const specs = [...command.flags, HELP_FLAG];
  const flags: ParsedArgs['flags'] = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [rawName, inline] = splitFlag(arg);
    const spec = arg.startsWith('--') ? specs.find((s) => s.name === rawName) : specs.find((s) => s.short === rawName);
    if (!spec) {
      const suggestion = closest(rawName, specs.map((s) => s.name));
      throw new UsageError(`unknown option ${arg} for ${command.name}${suggestion ? ` (did you mean --${suggestion}?)` : ''}`, command.name);
    }
    if (spec.kind === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${spec.name} takes no value`, command.name);
      flags[spec.name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${spec.name} needs a value (${spec.value ?? 'VALUE'})`, command.name);
    const parsed = convert(spec, value, command.name);
    if (spec.repeatable) flags[spec.name] = [...((flags[spec.name] as string[] | undefined) ?? []), String(parsed)];
    else flags[spec.name] = parsed;
  }
  if (flags.help) return { flags, positionals };
  if (command.positionals === 'none' && positionals.length > 0) {
    throw new UsageError(`${command.name} takes no arguments, got "${positionals[0]}"`, command.name);
  }
  if (command.positionals === 'required' && positionals.length === 0) throw new UsageError(`${command.name} needs an argument`, command.name);
  return { flags, positionals };
}

function splitFlag(arg: string): [string, string | undefined] {
  const body = arg.replace(/^--?/, '');
  const eq = body.indexOf('=');
  return eq === -1 ? [body, undefined] : [body.slice(0, eq), body.slice(eq + 1)];
}

function convert(spec: FlagSpec, value: string, command: string): string | number {
  if (spec.kind === 'integer') {
    const min = spec.min ?? 1;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > 100_000) {
      throw new UsageError(`--${spec.name} needs a whole number from ${min} up, got "${value}"`, command);
    }
    return Number(value);
  }
  if (spec.choices && !spec.choices.includes(value)) {
    const suggestion = closest(value, spec.choices);
    throw new UsageError(`--${spec.name} must be one of ${spec.choices.join(', ')}, got "${value}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}`, command);
  }
  return value;
}
