/**
 * Every command, as data: what it does, its flags and where its code lives. Kept free of heavy
 * imports so `--help`, `--version`, `lint` and `solve` never load Ink or React.
 */

import { STUDY_LEVELS } from '../core/bank/levels.js';
import type { CommandSpec, FlagSpec } from './types.js';

const BANK: FlagSpec = { name: 'bank', kind: 'string', repeatable: true, value: 'PATH', description: 'also load this bank file or folder (repeatable)' };
const TOPIC: FlagSpec = { name: 'topic', kind: 'string', repeatable: true, value: 'T', description: 'only questions of this topic (repeatable)' };
const JSON_FLAG: FlagSpec = { name: 'json', kind: 'boolean', description: 'print machine-readable JSON' };
const FORCE_OUT: FlagSpec = { name: 'force', kind: 'boolean', description: 'replace the output file if it exists (a link, a FIFO or a path inside the data folder is still refused)' };

export const HELP_FLAG: FlagSpec = { name: 'help', short: 'h', kind: 'boolean', description: 'show help' };

export const COMMANDS: CommandSpec[] = [
  {
    name: 'study',
    summary: 'spaced-repetition session (FSRS) with an explanation after every answer',
    usage: 'clf-trainer study [--topic T…] [--level L] [--new N] [--bank PATH…]',
    positionals: 'none',
    flags: [
      TOPIC,
      {
        name: 'level',
        kind: 'string',
        value: 'L',
        choices: STUDY_LEVELS,
        description: 'foundational, exam (foundational + exam questions) or all (adds beyond-exam); default: the level setting, exam',
      },
      { name: 'new', kind: 'integer', value: 'N', min: 0, description: "N more new questions this run, on top of today's (0: reviews only; default: what is left of your daily limit)" },
      BANK,
    ],
    examples: ['clf-trainer study', 'clf-trainer study --topic caching --topic auth --new 5', 'clf-trainer study --level all'],
    load: () => import('../commands/study.js'),
  },
  {
    name: 'exam',
    summary: 'timed mock exam: 65 questions in 90 minutes, flag, review, scored result',
    usage: 'clf-trainer exam [--questions N] [--minutes M] [--quick] [--strict] [--topic T…] [--seed S] [--bank PATH…] | --history [--json] | --open N',
    positionals: 'none',
    flags: [
      { name: 'questions', kind: 'integer', value: 'N', description: 'number of questions (default 65)' },
      { name: 'minutes', kind: 'integer', value: 'M', description: 'time limit (default: the exam pace, about 83 s a question)' },
      { name: 'quick', kind: 'boolean', description: '20 questions at the exam pace' },
      { name: 'strict', kind: 'boolean', description: 'as at a test centre: the clock keeps running while you are away or the trainer is closed' },
      TOPIC,
      { name: 'seed', kind: 'string', value: 'S', description: 'reproducible draw and option order' },
      BANK,
      { name: 'history', kind: 'boolean', description: 'list past attempts, numbered, instead of starting an exam' },
      { name: 'open', kind: 'string', value: 'N', description: "open past attempt N (from --history) with every answer and explanation" },
      JSON_FLAG,
    ],
    examples: ['clf-trainer exam', 'clf-trainer exam --quick --strict', 'clf-trainer exam --questions 10 --topic websocket --seed 42', 'clf-trainer exam --history --json', 'clf-trainer exam --open 1'],
    load: () => import('../commands/exam.js'),
  },
  {
    name: 'review',
    summary: 'the questions you missed, until you get them right',
    usage: 'clf-trainer review [--list] [--json] [--bank PATH…]',
    positionals: 'none',
    flags: [{ name: 'list', kind: 'boolean', description: 'print the missed questions instead of opening the trainer' }, JSON_FLAG, BANK],
    examples: ['clf-trainer review', 'clf-trainer review --list', 'clf-trainer review --list --json'],
    load: () => import('../commands/review.js'),
  },
  {
    name: 'solve',
    summary: '"which service?" solver: applies the decision rule to a scenario and shows its reasoning',
    usage: 'clf-trainer solve [TEXT] [--json]   (reads the scenario from stdin when TEXT is absent)',
    positionals: 'optional',
    flags: [JSON_FLAG],
    examples: ['clf-trainer solve "A partner API needs per-client quotas and API keys"', 'clf-trainer solve --json < question.txt'],
    load: () => import('../commands/solve.js'),
  },
  {
    name: 'stats',
    summary: 'progress per topic, forecast, activity, readiness',
    usage: 'clf-trainer stats [--json] [--bank PATH…]',
    positionals: 'none',
    flags: [JSON_FLAG, BANK],
    examples: ['clf-trainer stats', 'clf-trainer stats --json'],
    load: () => import('../commands/stats.js'),
  },
  {
    name: 'lint',
    summary: 'check question banks: every problem with file:line:col',
    usage: 'clf-trainer lint [PATH…] [--json] [--coverage]',
    positionals: 'optional',
    flags: [JSON_FLAG, { name: 'coverage', kind: 'boolean', description: 'also report topic and fact coverage of the chapter banks, and fail when a requirement is not met' }],
    examples: ['clf-trainer lint', 'clf-trainer lint my-bank.yaml --json', 'clf-trainer lint --coverage'],
    load: () => import('../commands/lint.js'),
  },
  {
    name: 'import',
    summary: 'convert community Markdown banks into a YAML bank',
    usage: 'clf-trainer import FILE… [--format auto|checkbox|numbered] [--out PATH] [--force]',
    positionals: 'required',
    flags: [
      { name: 'format', kind: 'string', value: 'F', choices: ['auto', 'checkbox', 'numbered'], description: 'input layout (default auto)' },
      { name: 'out', kind: 'string', value: 'PATH', description: 'where to write the bank (default: your bank folder)' },
      FORCE_OUT,
    ],
    examples: ['clf-trainer import README.md', 'clf-trainer import practice-exam-1.md --format numbered --out exam1.yaml'],
    load: () => import('../commands/import.js'),
  },
  {
    name: 'banks',
    summary: 'list the loaded banks with their question counts and whether they are valid',
    usage: 'clf-trainer banks [--json] [--bank PATH…]',
    positionals: 'none',
    flags: [JSON_FLAG, BANK],
    examples: ['clf-trainer banks'],
    load: () => import('../commands/banks.js'),
  },
  {
    name: 'export',
    summary: 'export questions as CSV or as an Anki import file',
    usage: 'clf-trainer export --missed|--all [--format csv|anki] [--out PATH [--force]] [--bank PATH…]',
    positionals: 'none',
    flags: [
      { name: 'missed', kind: 'boolean', description: 'only the questions you missed' },
      { name: 'all', kind: 'boolean', description: 'every loaded question' },
      { name: 'format', kind: 'string', value: 'F', choices: ['csv', 'anki'], description: 'output format (default csv)' },
      { name: 'out', kind: 'string', value: 'PATH', description: 'output file (default: standard output)' },
      FORCE_OUT,
      BANK,
    ],
    examples: ['clf-trainer export --missed --format anki --out missed.txt', 'clf-trainer export --all > all.csv'],
    load: () => import('../commands/export.js'),
  },
  {
    name: 'backup',
    summary: 'write all progress to one JSON file',
    usage: 'clf-trainer backup PATH [--force]',
    positionals: 'required',
    flags: [FORCE_OUT],
    examples: ['clf-trainer backup ~/clf-progress.json'],
    load: () => import('../commands/backup.js'),
  },
  {
    name: 'restore',
    summary: 'restore progress from a backup (validated; keeps a copy of what it replaces)',
    usage: 'clf-trainer restore PATH [--force]',
    positionals: 'required',
    flags: [{ name: 'force', kind: 'boolean', description: 'replace existing progress without asking' }],
    examples: ['clf-trainer restore ~/clf-progress.json'],
    load: () => import('../commands/restore.js'),
  },
  {
    name: 'search',
    summary: 'find questions by their words; in the trainer, / does the same',
    usage: 'clf-trainer search TEXT… [--topic T…] [--json] [--bank PATH…]   (TEXT may hold topic:NAME, is:suspended, -is:suspended)',
    positionals: 'required',
    flags: [TOPIC, JSON_FLAG, BANK],
    examples: ['clf-trainer search cache ttl', 'clf-trainer search usage plan --topic throttling', 'clf-trainer search is:suspended', 'clf-trainer search websocket --json'],
    load: () => import('../commands/search.js'),
  },
  {
    name: 'reports',
    summary: 'print the questions you reported from the trainer (r), with your comments',
    usage: 'clf-trainer reports [--json]',
    positionals: 'none',
    flags: [JSON_FLAG],
    examples: ['clf-trainer reports', 'clf-trainer reports --json'],
    load: () => import('../commands/reports.js'),
  },
  {
    name: 'reset',
    summary: 'remove your progress (answers and mock exams) after an automatic backup; asks first',
    usage: 'clf-trainer reset [--force]',
    positionals: 'none',
    flags: [{ name: 'force', kind: 'boolean', description: 'reset without asking (the backup is still written first)' }],
    examples: ['clf-trainer reset'],
    load: () => import('../commands/reset.js'),
  },
  {
    name: 'completion',
    summary: 'print a shell completion script (commands, flags, topics, bank files)',
    usage: 'clf-trainer completion bash|zsh|fish',
    positionals: 'required',
    flags: [],
    examples: ['source <(clf-trainer completion bash)', 'clf-trainer completion fish > ~/.config/fish/completions/clf-trainer.fish'],
    // The script is written from this very list, handed over here (the command does not import the registry).
    load: () => import('../commands/completion.js').then((m) => ({ run: m.completionCommand(COMMANDS) })),
  },
  {
    name: 'config',
    summary: 'show or change settings (new per day, retention, study level, start of the study day, colours)',
    usage: 'clf-trainer config [KEY [VALUE]]',
    positionals: 'optional',
    flags: [JSON_FLAG],
    examples: ['clf-trainer config', 'clf-trainer config new-per-day 30', 'clf-trainer config retention 0.92', 'clf-trainer config level all', 'clf-trainer config day-start 4'],
    load: () => import('../commands/config.js'),
  },
];

/** `clf-trainer` with no command opens the home screen. */
export const HOME: CommandSpec = {
  name: 'home',
  summary: 'home screen: study, mock exam, review, which service?, stats',
  usage: 'clf-trainer',
  positionals: 'none',
  flags: [],
  examples: ['clf-trainer'],
  load: () => import('../commands/home.js'),
};

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
