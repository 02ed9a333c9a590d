import { parseArgs } from './cli/args.js';
import { EXIT, failureOf, UsageError } from './cli/errors.js';
import { commandHelp, mainHelp, shortUsage } from './cli/help.js';
import { COMMANDS, HOME, findCommand } from './cli/registry.js';
import type { CommandContext, CommandSpec } from './cli/types.js';
import { print } from './cli/print.js';
import { closest } from './cli/suggest.js';
import { VERSION } from './cli/version.js';
import { printable } from './core/bank/sanitize.js';

/** Everything a command gets except its parsed arguments: streams, environment, clock. */
export type MainIO = Omit<CommandContext, 'args'>;

/** Runs one command line and returns its exit code. Never throws. */
export async function main(argv: readonly string[], io: MainIO = defaultIO()): Promise<number> {
  let command: CommandSpec | undefined;
  try {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-V') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' && rest[0] ? findCommand(rest[0]) : undefined;
      io.stdout.write(topic ? commandHelp(topic) : mainHelp(VERSION));
      return EXIT.ok;
    }
    if (first === undefined || first.startsWith('-')) {
      command = HOME;
      if (first !== undefined) throw new UsageError(`unknown option ${first}${closestOption(first)}`);
    } else {
      command = findCommand(first);
      if (!command) {
        const suggestion = closest(first, COMMANDS.map((c) => c.name));
        throw new UsageError(`unknown command "${first}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
      }
    }
    const args = parseArgs(command, command === HOME ? [] : rest);
    if (args.flags.help) {
      io.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    const { run } = await command.load();
    // Copied with its getters: the default stdin is only made if the command reads it.
    const ctx = Object.defineProperties({ args }, Object.getOwnPropertyDescriptors(io)) as CommandContext;
    return await run(ctx);
  } catch (error) {
    return report(error, io, command);
  }
}

function closestOption(arg: string): string {
  const suggestion = closest(arg.replace(/^-+/, ''), ['help', 'version']);
  return suggestion ? ` (did you mean --${suggestion}?)` : '';
}

function report(error: unknown, io: MainIO, command: CommandSpec | undefined): number {
  const failure = failureOf(error);
  // Every failure is one line, whatever a file name or a file's text put in it.
  io.stderr.write(`clf-trainer: ${printable(failure.message, { oneLine: true })}\n`);
  if (failure.usage) {
    const named = error instanceof UsageError && error.command ? findCommand(error.command) : undefined;
    io.stderr.write(`${shortUsage(named ?? (command === HOME ? undefined : command))}\n`);
  } else if (failure.unexpected && io.env.CLF_TRAINER_DEBUG && error instanceof Error && error.stack) {
    io.stderr.write(`${printable(error.stack)}\n`);
  }
  return failure.code;
}

/**
 * `clf-trainer … | head` closes the pipe early. That is the reader's choice, not an error:
 * stop quietly instead of dying with an unhandled 'error' event.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return stream;
}

/** Whether the default streams were made: their writes may still be pending when the command ends. */
let streamsMade = false;
let stdout: NodeJS.WriteStream | undefined;
const stdoutStream = () => {
  streamsMade = true;
  return (stdout ??= quietOnClosedPipe(process.stdout));
};

/**
 * Ends the process with `code`. When the command made none of the standard streams, what it
 * wrote went straight to the descriptors and nothing is pending, so it exits at once: letting
 * Node tear its heap down first costs a one-off solve about 3 % of its CPU. Otherwise, and on
 * Windows, where pipes are written asynchronously, the streams drain before the process exits.
 */
export function finish(code: number): void {
  if (!streamsMade && process.platform !== 'win32') process.exit(code);
  process.exitCode = code;
}

function defaultIO(): MainIO {
  return {
    // Node makes process.stdin on first use, loading its stream code (about a millisecond): most commands never read it.
    get stdin() {
      streamsMade = true;
      return process.stdin;
    },
    // Made on first use too: a command that only prints its result writes it without the stream.
    get stdout() {
      return stdoutStream();
    },
    print: (text) => print(text, { fd: 1, stream: stdoutStream, exit: (code) => process.exit(code), platform: process.platform }),
    get stderr() {
      streamsMade = true;
      return process.stderr;
    },
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
