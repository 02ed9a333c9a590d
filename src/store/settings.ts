import { join } from 'node:path';
import { normalizeSettings, type Settings } from '../core/srs/settings.js';
import { replaceFile } from './files.js';
import { keepCopy } from './json-state.js';
import { withLock } from './lock.js';
import { printable } from '../core/bank/sanitize.js';
import { decodeUserText, readUserFile, UserFileError, whyUnreadable } from './user-files.js';

export const SETTINGS_FILE = 'settings.json';
/** Two numbers need a few bytes; a larger file is not settings the trainer wrote. */
export const MAX_SETTINGS_BYTES = 1024 * 1024;
const read = (path: string) => readUserFile(path, { maxBytes: MAX_SETTINGS_BYTES, what: 'settings files' });

export interface LoadedSettings {
  settings: Settings;
  /** Set when the file could not be used as it is: one line for the user. */
  warning?: string;
}

/** Reads the settings file, keeping a copy of a damaged one so it is never wiped. */
function inspect(dir: string): { raw: unknown; damaged?: string; copy?: string } {
  const path = join(dir, SETTINGS_FILE);
  const shown = printable(path, { oneLine: true });
  let bytes: Buffer;
  try {
    bytes = read(path);
  } catch (error) {
    if (error instanceof UserFileError && error.reason === 'missing') return { raw: {} };
    // Settings are not progress: the defaults do until the file is fixed (it is left as it is).
    return { raw: {}, damaged: `${shown} cannot be used (${whyUnreadable(error)}); using the default settings` };
  }
  try {
    const raw: unknown = JSON.parse(decodeUserText(bytes, path, 'JSON'));
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not an object');
    return { raw };
  } catch {
    const copy = keepCopy(path, bytes, read, 'settings');
    return { raw: {}, copy, damaged: `${shown} is damaged; using the default settings (a copy is kept at ${printable(copy, { oneLine: true })})` };
  }
}

/** The learner's settings from <data dir>/settings.json, with defaults for anything missing or invalid. */
export function loadSettings(dir: string): LoadedSettings {
  const { raw, damaged } = inspect(dir);
  const { settings, invalid } = normalizeSettings(raw);
  const warning = damaged ?? (invalid.length ? `${printable(join(dir, SETTINGS_FILE), { oneLine: true })}: invalid ${invalid.join(', ')}; using the default for ${invalid.length === 1 ? 'it' : 'them'}` : undefined);
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
