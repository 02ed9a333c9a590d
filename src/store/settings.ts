import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeSettings, type Settings } from '../core/srs/settings.js';
import { replaceFile } from './files.js';
import { withLock } from './lock.js';

export const SETTINGS_FILE = 'settings.json';

export interface LoadedSettings {
  settings: Settings;
  /** Set when the file could not be used as it is: one line for the user. */
  warning?: string;
}

/** Keeps a copy of a damaged settings file beside it (once per distinct content); returns its path. */
function keepCopy(path: string, text: string): string {
  for (let n = 1; ; n++) {
    const copy = `${path}.damaged${n === 1 ? '' : `-${n}`}`;
    if (!existsSync(copy)) {
      copyFileSync(path, copy);
      return copy;
    }
    if (readFileSync(copy, 'utf8') === text) return copy;
  }
}

/** Reads the settings file itself so a damaged file is never wiped; Conf only ever sees valid JSON. */
function inspect(dir: string): { raw: unknown; damaged?: string; copy?: string } {
  const path = join(dir, SETTINGS_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { raw: {} };
    return { raw: {}, damaged: `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); using the default settings` };
  }
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not an object');
    return { raw };
  } catch {
    const copy = keepCopy(path, text);
    return { raw: {}, copy, damaged: `${path} is damaged; using the default settings (a copy is kept at ${copy})` };
  }
}

/** The learner's settings from <data dir>/settings.json, with defaults for anything missing or invalid. */
export function loadSettings(dir: string): LoadedSettings {
  const { raw, damaged } = inspect(dir);
  const { settings, invalid } = normalizeSettings(raw);
  const warning = damaged ?? (invalid.length ? `${join(dir, SETTINGS_FILE)}: invalid ${invalid.join(', ')}; using the default for ${invalid.length === 1 ? 'it' : 'them'}` : undefined);
  return warning ? { settings, warning } : { settings };
}

/**
 * Saves one setting. A damaged file is copied aside first (keepCopy, in loadSettings), then
 * replaced by valid settings. Read, change and write happen under a lock, so two trainers
 * changing different settings at once keep both changes; the file is replaced atomically
 * (written beside, flushed, renamed), so it is never seen half-written.
 */
export function saveSetting<K extends keyof Settings>(dir: string, key: K, value: Settings[K]): LoadedSettings {
  return withLock(join(dir, `${SETTINGS_FILE}.lock`), 'the settings', () => {
    const { settings, warning } = loadSettings(dir);
    const next = { ...settings, [key]: value };
    replaceFile(join(dir, SETTINGS_FILE), `${JSON.stringify(next, null, '\t')}\n`);
    return warning ? { settings: next, warning } : { settings: next };
  });
}
