import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toHistoryEntry } from '../core/exam/records.js';
import { effectiveReviews } from '../core/progress/records.js';
import { normalizeSettings } from '../core/srs/settings.js';
import { EXAMS_DIR, HISTORY_FILE, parseJournal } from './exams.js';
import { parseJsonLines, replaceFile } from './jsonl.js';
import { parseLog, REVIEW_LOG } from './review-file.js';
import { SETTINGS_FILE } from './settings.js';

/**
 * A backup is one JSON file holding every progress file of the data folder as text: the review
 * log, the settings, the exam journals and history, and the user's own banks (imported
 * questions need them). Only these paths are ever written back, so a backup cannot place a
 * file anywhere else.
 */

export const BACKUP_FORMAT = 'clf-trainer-backup';
export const BACKUP_VERSION = 1;
/** Where restore keeps the progress it replaces, inside the data folder. */
export const KEPT_DIR = 'backups';

export interface BackupEntry {
  /** Relative to the data folder, with forward slashes. */
  path: string;
  text: string;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  app: string;
  files: BackupEntry[];
}

export interface BackupSummary {
  reviews: number;
  exams: number;
  banks: number;
  settings: boolean;
}

const ALLOWED: readonly RegExp[] = [
  new RegExp(`^${escape(REVIEW_LOG)}$`),
  new RegExp(`^${escape(SETTINGS_FILE)}$`),
  new RegExp(`^${EXAMS_DIR}/[a-z0-9][a-z0-9.-]*\\.jsonl$`),
  /^banks\/[^/\\]+\.ya?ml$/i,
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function isProgressPath(path: string): boolean {
  return !path.split('/').some((part) => part === '..' || part === '' || part.startsWith('.')) && ALLOWED.some((re) => re.test(path));
}

/** The progress files that exist in the data folder, as relative paths, sorted. */
export function progressPaths(dir: string): string[] {
  const found: string[] = [];
  const walk = (sub: string) => {
    let entries;
    try {
      entries = readdirSync(join(dir, sub), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
      throw error;
    }
    for (const entry of entries) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !sub && (entry.name === EXAMS_DIR || entry.name === 'banks')) walk(path);
      else if (entry.isFile() && isProgressPath(path)) found.push(path);
    }
  };
  walk('');
  return found.sort();
}

/**
 * Reads every progress file. What no reader can use is left out rather than copied (a damaged
 * log line, an unreadable journal, a damaged settings file), so a backup always passes its own
 * check; the count of what was left out is returned so the user is told.
 */
export function collectBackup(dir: string, now: Date, app: string): { backup: Backup; dropped: string[] } {
  const dropped: string[] = [];
  const files: BackupEntry[] = [];
  for (const path of progressPaths(dir)) {
    const usable = usableText(path, readFileSync(join(dir, path), 'utf8'));
    if (usable.note) dropped.push(`${path}: ${usable.note}`);
    if (usable.text !== undefined) files.push({ path, text: usable.text });
  }
  return { backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), app, files }, dropped };
}

function usableText(path: string, text: string): { text?: string; note?: string } {
  const lines = (values: readonly unknown[]) => values.map((v) => `${JSON.stringify(v)}\n`).join('');
  const skipped = (n: number) => (n ? `${n} damaged line${n === 1 ? '' : 's'} left out` : undefined);
  if (path === REVIEW_LOG) {
    const log = parseLog(text);
    const note = skipped(log.damaged.length + (log.truncatedTail ? 1 : 0));
    return note ? { text: lines(log.records), note } : { text };
  }
  if (path === `${EXAMS_DIR}/${HISTORY_FILE}`) {
    const history = parseJsonLines(text, toHistoryEntry);
    const note = skipped(history.damaged.length + (history.truncatedTail ? 1 : 0));
    return note ? { text: lines(history.values), note } : { text };
  }
  const problem = checkContent(path, text);
  return problem ? { note: `left out (${problem})` } : { text };
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}

/** Checks a backup completely before anything is touched. Pure. */
export function parseBackup(text: string): { backup: Backup } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { problem: 'it is not a clf-trainer backup (no "format": "clf-trainer-backup")' };
  }
  const b = value as Record<string, unknown>;
  if (typeof b.version !== 'number' || !Number.isInteger(b.version) || b.version < 1) return { problem: 'its format version is missing or invalid' };
  if (b.version > BACKUP_VERSION) return { problem: `it was written by a newer clf-trainer (backup format ${b.version}; this version reads ${BACKUP_VERSION}): update clf-trainer first` };
  if (typeof b.createdAt !== 'string' || Number.isNaN(Date.parse(b.createdAt))) return { problem: 'its creation date is missing or invalid' };
  if (!Array.isArray(b.files)) return { problem: 'it has no list of files' };
  const seen = new Set<string>();
  for (const [i, entry] of b.files.entries()) {
    if (typeof entry !== 'object' || entry === null || typeof entry.path !== 'string' || typeof entry.text !== 'string') {
      return { problem: `file entry ${i + 1} needs a "path" and a "text"` };
    }
    const { path, text: content } = entry as BackupEntry;
    if (!isProgressPath(path)) return { problem: `file entry ${i + 1} has a path that is not a progress file: ${JSON.stringify(path.slice(0, 80))}` };
    if (seen.has(path)) return { problem: `${path} appears twice` };
    seen.add(path);
    const bad = checkContent(path, content);
    if (bad) return { problem: `${path}: ${bad}` };
  }
  return { backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: b.createdAt, app: typeof b.app === 'string' ? b.app : 'unknown', files: b.files as BackupEntry[] } };
}

function checkContent(path: string, text: string): string | undefined {
  if (path === REVIEW_LOG) {
    const log = parseLog(text);
    if (log.damaged.length) return `line ${log.damaged[0]!.line} is not a valid review record`;
    if (log.truncatedTail) return 'the last line is incomplete';
    return undefined;
  }
  if (path === SETTINGS_FILE) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return 'not valid JSON';
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not a settings object';
    const { invalid } = normalizeSettings(raw);
    return invalid.length ? `invalid ${invalid.join(', ')}` : undefined;
  }
  if (path === `${EXAMS_DIR}/${HISTORY_FILE}`) {
    const history = parseJsonLines(text, toHistoryEntry);
    if (history.damaged.length) return `line ${history.damaged[0]} is not a valid exam history entry`;
    return history.truncatedTail ? 'the last line is incomplete' : undefined;
  }
  if (path.startsWith(`${EXAMS_DIR}/`)) return parseJournal(text) ? undefined : 'not a readable exam journal';
  return text.includes('\u0000') ? 'not text' : undefined;
}

export function summarizeBackup(backup: Backup): BackupSummary {
  const log = backup.files.find((f) => f.path === REVIEW_LOG);
  const history = backup.files.find((f) => f.path === `${EXAMS_DIR}/${HISTORY_FILE}`);
  return {
    reviews: log ? effectiveReviews(parseLog(log.text).records).length : 0,
    exams: history ? parseJsonLines(history.text, toHistoryEntry).values.length : 0,
    banks: backup.files.filter((f) => f.path.startsWith('banks/')).length,
    settings: backup.files.some((f) => f.path === SETTINGS_FILE),
  };
}

export function describeSummary(s: BackupSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [plural(s.reviews, 'review'), plural(s.exams, 'exam attempt'), plural(s.banks, 'own bank'), s.settings ? 'settings' : 'default settings'].join(', ');
}

/** A free name for the copy restore keeps: backups/before-restore-<time>.json. */
export function keptCopyPath(dir: string, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  for (let n = 1; ; n++) {
    const path = join(dir, KEPT_DIR, `before-restore-${stamp}${n === 1 ? '' : `-${n}`}.json`);
    try {
      statSync(path);
    } catch {
      return path;
    }
  }
}

/**
 * Makes the data folder hold exactly the backup's progress: each file written atomically,
 * progress files the backup does not have removed (the caller has kept a copy first).
 */
export function applyBackup(dir: string, backup: Backup): void {
  const keep = new Set(backup.files.map((f) => f.path));
  for (const entry of backup.files) {
    const path = join(dir, ...entry.path.split('/'));
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    replaceFile(path, entry.text);
  }
  for (const path of progressPaths(dir)) if (!keep.has(path)) rmSync(join(dir, ...path.split('/')), { force: true });
}

/** Writes a backup file atomically, readable by the user only. */
export function writeBackupFile(path: string, backup: Backup): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  replaceFile(path, serializeBackup(backup));
}
