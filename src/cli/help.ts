import { COMMANDS, HELP_FLAG } from './registry.js';
import type { CommandSpec } from './types.js';

export function mainHelp(version: string): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `clf-trainer ${version}: exam prep for AWS Certified Cloud Practitioner (CLF-C02), Amazon API Gateway`,
    '',
    'Usage: clf-trainer [COMMAND] [OPTIONS]',
    '',
    'With no command, opens the home screen.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: clf-trainer COMMAND --help)',
    '  -V, --version  print the version',
    '',
    'Progress is stored in your user config folder, or in $CLF_TRAINER_HOME when set.',
    '',
  ].join('\n');
}

export function commandHelp(command: CommandSpec): string {
  const flags = [...command.flags, HELP_FLAG];
  const label = (f: (typeof flags)[number]) => `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.value ? ` ${f.value}` : ''}`;
  const width = Math.max(...flags.map((f) => label(f).length));
  return [
    `clf-trainer ${command.name}: ${command.summary}`,
    '',
    `Usage: ${command.usage}`,
    '',
    'Options:',
    ...flags.map((f) => `  ${label(f).padEnd(width)}  ${f.description}${f.repeatable ? '' : ''}`),
    '',
    'Examples:',
    ...command.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

export function shortUsage(command?: CommandSpec): string {
  return command ? `Usage: ${command.usage}\nRun 'clf-trainer ${command.name} --help' for details.` : "Usage: clf-trainer [COMMAND] [OPTIONS]\nRun 'clf-trainer --help' for the list of commands.";
}
