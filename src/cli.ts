import { parseArgs } from './cli/args.js';
import { EXIT, InputError, UsageError } from './cli/errors.js';
import { commandHelp, mainHelp, shortUsage } from './cli/help.js';
import { COMMANDS, HOME, findCommand, type CommandContext, type CommandSpec } from './cli/registry.js';
import { closest } from './cli/suggest.js';
import { VERSION } from './cli/version.js';

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
    const ctx: CommandContext = { args, ...io };
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
  if (error instanceof UsageError) {
    const spec = error.command ? findCommand(error.command) : command === HOME ? undefined : command;
    io.stderr.write(`clf-trainer: ${error.message}\n${shortUsage(spec)}\n`);
    return EXIT.usage;
  }
  if (error instanceof InputError) {
    io.stderr.write(`clf-trainer: ${error.message}\n`);
    return EXIT.input;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`clf-trainer: unexpected error: ${message}\n`);
  if (io.env.CLF_TRAINER_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.input;
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

function defaultIO(): MainIO {
  return { stdin: process.stdin, stdout: quietOnClosedPipe(process.stdout), stderr: process.stderr, env: process.env, cwd: process.cwd(), now: () => new Date() };
}
