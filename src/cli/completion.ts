/**
 * Shell completion scripts, written from the command registry: commands, their flags, the
 * values a flag takes (topics, setting names, a flag's choices) and file names where a command
 * takes files (banks: .yaml/.yml; imports: .md; backups: any file). Pure: the same registry
 * always gives the same script.
 */

import { TOPICS } from '../core/topics.js';
import type { CommandSpec, FlagSpec } from './types.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What a value (a flag's, or a positional argument) is completed with. */
export type ValueKind = { kind: 'words'; words: readonly string[] } | { kind: 'files'; suffixes?: readonly string[] } | { kind: 'none' };

export interface CompletionSpec {
  commands: readonly CommandSpec[];
  /** Setting names, for `config KEY`. */
  settings: readonly string[];
}

const BANK_FILES: ValueKind = { kind: 'files', suffixes: ['yaml', 'yml'] };

/** What a flag's value is completed with. */
export function flagValues(flag: FlagSpec): ValueKind {
  if (flag.kind === 'boolean' || flag.kind === 'integer') return { kind: 'none' };
  if (flag.choices) return { kind: 'words', words: flag.choices };
  if (flag.name === 'topic') return { kind: 'words', words: TOPICS };
  if (flag.name === 'bank') return BANK_FILES;
  if (flag.value === 'PATH') return { kind: 'files' };
  return { kind: 'none' };
}

/** What a command's positional arguments are completed with. */
export function positionalValues(command: CommandSpec, spec: CompletionSpec): ValueKind {
  switch (command.name) {
    case 'lint':
      return BANK_FILES;
    case 'import':
      return { kind: 'files', suffixes: ['md', 'markdown'] };
    case 'backup':
    case 'restore':
      return { kind: 'files' };
    case 'config':
      return { kind: 'words', words: spec.settings };
    case 'completion':
      return { kind: 'words', words: SHELLS };
    default:
      return { kind: 'none' };
  }
}

const flagsOf = (command: CommandSpec) => [...command.flags.map((f) => `--${f.name}`), '--help'];

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  switch (shell) {
    case 'bash':
      return bashScript(spec);
    case 'zsh':
      return zshScript(spec);
    case 'fish':
      return fishScript(spec);
  }
}

// ── bash ─────────────────────────────────────────────────────────────────────

function bashValues(value: ValueKind): string {
  switch (value.kind) {
    case 'words':
      return `COMPREPLY=($(compgen -W '${value.words.join(' ')}' -- "$cur")); return`;
    case 'files': {
      const files = value.suffixes ? value.suffixes.map((s) => `compgen -f -X '!*.${s}' -- "$cur"`).join('; ') : `compgen -f -- "$cur"`;
      return `compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur"; ${files})); return`;
    }
    case 'none':
      return 'return';
  }
}

function bashScript(spec: CompletionSpec): string {
  const names = spec.commands.map((c) => c.name);
  const cases = spec.commands.map((command) => {
    const valueFlags = command.flags.filter((f) => f.kind !== 'boolean');
    const prev = valueFlags.map((f) => `        --${f.name}) ${bashValues(flagValues(f))} ;;`).join('\n');
    const positional = positionalValues(command, spec);
    return [
      `    ${command.name})`,
      ...(prev ? ['      case "$prev" in', prev, '      esac'] : []),
      `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W '${flagsOf(command).join(' ')}' -- "$cur")); return; fi`,
      `      ${positional.kind === 'none' ? `COMPREPLY=($(compgen -W '${flagsOf(command).join(' ')}' -- "$cur"))` : bashValues(positional)}`,
      '      ;;',
    ].join('\n');
  });
  return `# clf-trainer completion for bash: add to ~/.bashrc
#   source <(clf-trainer completion bash)
_clf_trainer() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  COMPREPLY=()
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W '${names.join(' ')} --help --version' -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases.join('\n')}
  esac
}
complete -F _clf_trainer clf-trainer
`;
}

// ── zsh ──────────────────────────────────────────────────────────────────────

/** Text inside single quotes in zsh and fish, and a description without the characters _arguments reads. */
const quoted = (text: string) => text.replace(/'/g, `'\\''`);
const described = (text: string) => quoted(text.replace(/[[\]:]/g, ' '));

function zshAction(value: ValueKind): string {
  switch (value.kind) {
    case 'words':
      return `(${value.words.join(' ')})`;
    case 'files':
      return value.suffixes ? `_files -g "*.(${value.suffixes.join('|')})"` : '_files';
    case 'none':
      return ' ';
  }
}

function zshScript(spec: CompletionSpec): string {
  const commands = spec.commands.map((c) => `    '${c.name}:${described(c.summary)}'`).join('\n');
  const cases = spec.commands.map((command) => {
    const flags = command.flags.map((f) => {
      const many = f.repeatable ? '*' : '';
      const value = f.kind === 'boolean' ? '' : `:${(f.value ?? 'value').toLowerCase()}:${zshAction(flagValues(f))}`;
      return `'${many}--${f.name}[${described(f.description)}]${value}'`;
    });
    const positional = positionalValues(command, spec);
    const rest = positional.kind === 'none' ? [] : [`'*:argument:${zshAction(positional)}'`];
    return `    ${command.name}) _arguments ${[...flags, "'--help[show help]'", ...rest].join(' ')} ;;`;
  });
  return `#compdef clf-trainer
# clf-trainer completion for zsh: add to ~/.zshrc (after compinit)
#   source <(clf-trainer completion zsh)
_clf_trainer() {
  local -a commands
  commands=(
${commands}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  local command=$words[2]
  shift words
  (( CURRENT-- ))
  case $command in
${cases.join('\n')}
  esac
}
if (( $+functions[compdef] )); then compdef _clf_trainer clf-trainer; fi
`;
}

// ── fish ─────────────────────────────────────────────────────────────────────

function fishValues(value: ValueKind): string {
  switch (value.kind) {
    case 'words':
      return ` -x -a '${value.words.join(' ')}'`;
    case 'files':
      return value.suffixes ? ` -r -a '(__clf_trainer_files "${value.suffixes.join('|')}")'` : ' -r -F';
    case 'none':
      return ' -x';
  }
}

function fishScript(spec: CompletionSpec): string {
  const lines = [
    '# clf-trainer completion for fish: save it as ~/.config/fish/completions/clf-trainer.fish',
    '#   clf-trainer completion fish > ~/.config/fish/completions/clf-trainer.fish',
    '# Folders, and files ending in one of the suffixes given as "yaml|yml".',
    'function __clf_trainer_files',
    '    for f in (commandline -ct)*',
    '        if test -d $f',
    '            echo $f/',
    String.raw`        else if string match -qr -- '\.('$argv[1]')$' $f`,
    '            echo $f',
    '        end',
    '    end',
    'end',
    'complete -c clf-trainer -f',
    `complete -c clf-trainer -n __fish_use_subcommand -l help -d 'show help'`,
    `complete -c clf-trainer -n __fish_use_subcommand -l version -d 'print the version'`,
  ];
  for (const command of spec.commands) {
    lines.push(`complete -c clf-trainer -n __fish_use_subcommand -a ${command.name} -d '${quoted(command.summary)}'`);
    const when = `-n '__fish_seen_subcommand_from ${command.name}'`;
    for (const f of command.flags) lines.push(`complete -c clf-trainer ${when} -l ${f.name}${f.kind === 'boolean' ? '' : fishValues(flagValues(f))} -d '${quoted(f.description)}'`);
    lines.push(`complete -c clf-trainer ${when} -l help -d 'show help'`);
    const positional = positionalValues(command, spec);
    if (positional.kind === 'words') lines.push(`complete -c clf-trainer ${when} -a '${positional.words.join(' ')}'`);
    else if (positional.kind === 'files') lines.push(`complete -c clf-trainer ${when}${positional.suffixes ? ` -a '(__clf_trainer_files "${positional.suffixes.join('|')}")'` : ' -F'}`);
  }
  return `${lines.join('\n')}\n`;
}
