import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where progress lives: CLF_TRAINER_HOME when set, otherwise the per-user config folder
 * (the env-paths convention with the "-nodejs" suffix, where earlier versions kept it), the
 * same on every OS as before.
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CLF_TRAINER_HOME) return resolve(env.CLF_TRAINER_HOME);
  const name = 'clf-trainer-nodejs';
  const home = env.HOME || homeFolder();
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', name);
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), name, 'Config');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), name);
}

/** The user's folder from the system, when HOME does not name it: node:os is loaded only then (a start otherwise never needs it). */
function homeFolder(): string {
  return (createRequire(import.meta.url)('node:os') as typeof import('node:os')).homedir();
}

let cachedRoot: string | undefined;

/** The installed package's folder (holds questions/ and dist/), found from this module's location. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'clf-trainer') return (cachedRoot = dir);
      } catch {
        // not ours; keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the clf-trainer package folder');
    dir = parent;
  }
}

export function builtinBankDir(): string {
  return join(packageRoot(), 'questions');
}

/** Derived data that can always be rebuilt (parsed banks, card states): safe to delete. */
export function cacheDir(dataDirectory: string): string {
  return join(dataDirectory, 'cache');
}
