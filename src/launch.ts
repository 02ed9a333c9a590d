import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIRST_FRAME_DRAWN } from './app/first-frame.js';
// The plain commands' entry is imported with this file, so its modules load at once.
import { main } from './cli.js';
import type { CachedScript, Main } from './launch/code-cache.js';

/** The commands that open a screen (the home screen is no command at all). */
export const SCREEN_COMMANDS: ReadonlySet<string> = new Set(['study', 'review', 'exam', 'stats']);
const PRINTING_FLAGS = new Set(['--help', '-h', '--json', '--list', '--history', '--version', '-V']);

/**
 * Whether this command line opens a screen: those start from the one-script build through V8's
 * code cache (the interface's code is most of a start's compile time); every other command
 * imports only the modules it needs, which is quicker than any cache of the whole program.
 */
export function opensScreen(argv: readonly string[]): boolean {
  const [first] = argv;
  return (first === undefined || SCREEN_COMMANDS.has(first)) && !argv.some((arg) => PRINTING_FLAGS.has(arg));
}

/** Runs one command line and returns its exit code. */
export async function launch(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return (await entry(argv, env))(argv);
}

async function entry(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<Main> {
  if (!opensScreen(argv)) return main;
  const script = await screenScript(argv[0] ?? 'home', env);
  if (!script) return main;
  let loaded: Main;
  try {
    loaded = await script.load();
  } catch {
    // A damaged install's script: the program's own modules do the same work.
    return main;
  }
  // Stored once the first frame is drawn: it then holds what this start runs before its first frame,
  // and not what the session compiles later (the solver, for one), which every start would load.
  process.once(FIRST_FRAME_DRAWN, () => script.save());
  return loaded;
}

async function screenScript(start: string, env: NodeJS.ProcessEnv): Promise<CachedScript | undefined> {
  const [{ compileCached }, { cacheDir, dataDir }] = await Promise.all([import('./launch/code-cache.js'), import('./store/paths.js')]);
  try {
    return compileCached(join(dirname(fileURLToPath(import.meta.url)), 'cli-script.js'), join(cacheDir(dataDir(env)), 'code'), start);
  } catch {
    return undefined;
  }
}
