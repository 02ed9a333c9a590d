import * as nodeFs from 'node:fs';
import { dirname, join } from 'node:path';
import { printable } from '../core/bank/sanitize.js';
import { toHistoryEntry } from '../core/exam/records.js';
import { isIsoTime } from '../core/progress/iso-time.js';
import { effectiveReviews, toRecord } from '../core/progress/records.js';
import { normalizeSettings } from '../core/srs/settings.js';
import { MAX_BANK_BYTES } from './bank-files.js';
import { StorageError } from './errors.js';
import { describeCode, DIR_MODE } from './files.js';
import { EXAMS_DIR, HISTORY_FILE, parseJournal } from './exams.js';
import { parseJsonLines, readJsonLinesFile, replaceFile } from './jsonl.js';
import { parseLog, REVIEW_LOG } from './review-file.js';
import { CHOICES_FILE } from './choices.js';
import { MAX_STATE_BYTES } from './json-state.js';
import { REPORTS_FILE } from './reports.js';
import { MAX_SETTINGS_BYTES, SETTINGS_FILE } from './settings.js';
import { SUSPENDED_FILE } from './suspended.js';
import { decodeUserText, readFailure, readUserFile, whyUnreadable } from './user-files.js';

/**
 * A backup is one JSON file holding every progress file of the data folder as text: the review
 * log, the settings, the exam journals and history, and the user's own banks (imported
 * questions need them). Only these paths are ever written back, so a backup cannot place a
 * file anywhere else; a bank's file name may hold only letters, digits, dots, dashes and
 * underscores, so it can never carry a control character to a terminal or a separator to a path.
 */

export const BACKUP_FORMAT = 'clf-trainer-backup';
export const BACKUP_VERSION = 1;
/** Where restore keeps the progress it replaces, inside the data folder. */
export const KEPT_DIR = 'backups';
/** Far above a backup of years of answers and many banks; a larger file is refused unread. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
const MAX_JOURNAL_BYTES = 64 * 1024 * 1024;

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

const BANKS = 'banks';
const ALLOWED: readonly RegExp[] = [
  new RegExp(`^${escape(REVIEW_LOG)}$`),
  new RegExp(`^${escape(SETTINGS_FILE)}$`),
  new RegExp(`^${escape(SUSPENDED_FILE)}$`),
  new RegExp(`^${escape(REPORTS_FILE)}$`),
  new RegExp(`^${escape(CHOICES_FILE)}$`),
  new RegExp(`^${EXAMS_DIR}/[a-z0-9][a-z0-9.-]*\\.jsonl$`),
  new RegExp(`^${BANKS}/[A-Za-z0-9._-]+\\.ya?ml$`),
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function isProgressPath(path: string): boolean {
  return !path.split('/').some((part) => part === '..' || part === '' || part.startsWith('.')) && ALLOWED.some((re) => re.test(path));
}

export interface ProgressFiles {
  /** Progress files (regular files, or links to them in banks/), as relative paths, sorted. */
  paths: string[];
  /** Banks whose file names a backup cannot hold (left where they are). */
  unnamed: string[];
}

/** The progress files of the data folder. A folder that cannot be listed is a StorageError. */
export function progressFiles(dir: string): ProgressFiles {
  const found: ProgressFiles = { paths: [], unnamed: [] };
  const walk = (sub: string) => {
    let entries;
    try {
      entries = nodeFs.readdirSync(join(dir, sub), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      throw new StorageError(`cannot list ${printable(join(dir, sub), { oneLine: true })}: ${whyUnreadable(error)}`, code, join(dir, sub));
    }
    for (const entry of entries) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      const folder = !sub && (entry.name === EXAMS_DIR || entry.name === BANKS);
      // The bank or exams folder may be a link to a folder elsewhere (a synced folder): the
      // trainer loads from it, so a backup holds it and a restore keeps what it replaces there.
      if (entry.isDirectory() || (folder && entry.isSymbolicLink() && isFolder(join(dir, path)))) {
        if (folder) walk(path);
      } else if (isProgressPath(path)) found.paths.push(path);
      else if (sub === BANKS && /\.ya?ml$/i.test(entry.name)) found.unnamed.push(path);
    }
  };
  walk('');
  found.paths.sort();
  return found;
}

function isFolder(path: string): boolean {
  try {
    return nodeFs.statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The progress files that exist in the data folder, as relative paths, sorted. */
export function progressPaths(dir: string): string[] {
  return progressFiles(dir).paths;
}

export interface Collected {
  backup: Backup;
  /** What was left out of the backup and why, one line each. */
  dropped: string[];
}

/**
 * Reads every progress file through the user-file reader. What no reader can use is left out
 * rather than copied (a damaged log line, an unreadable journal, a damaged settings file, a bank
 * that is not UTF-8 text), so a backup always passes its own check; each is named in `dropped`.
 * A file that cannot be read at all (permission denied, not a regular file) is a StorageError
 * unless `lenient` (restore's copy, where the file itself is kept too): then it is dropped.
 */
export function collectBackup(dir: string, now: Date, app: string, { lenient = false } = {}): Collected {
  const dropped: string[] = [];
  const files: BackupEntry[] = [];
  const { paths, unnamed } = progressFiles(dir);
  for (const path of unnamed) dropped.push(`${printable(path, { oneLine: true })}: left out (a bank's file name in a backup may hold only letters, digits, dots, dashes and underscores: rename it)`);
  for (const path of paths) {
    let usable: { text?: string; note?: string };
    try {
      usable = usableText(dir, path);
    } catch (error) {
      const why = readFailure(error, join(dir, path), path);
      // Content that cannot be used is left out; a file that cannot be read at all stops a backup.
      if (why.reason === 'unreadable' && !lenient) throw new StorageError(`cannot back up ${printable(path, { oneLine: true })}: ${whyUnreadable(why)}; nothing was written`, why.code, why.path);
      usable = { note: `left out (it ${why.detail})` };
    }
    if (usable.note) dropped.push(`${path}: ${usable.note}`);
    if (usable.text !== undefined) files.push({ path, text: usable.text });
  }
  return { backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), app, files }, dropped };
}

const asLines = (values: readonly unknown[]) => values.map((v) => `${JSON.stringify(v)}\n`).join('');
const skipped = (n: number) => (n ? `${n} damaged line${n === 1 ? '' : 's'} left out` : undefined);

/** One progress file as backup text, with a note on what was left out; read failures are thrown. */
function usableText(dir: string, path: string): { text?: string; note?: string } {
  const file = join(dir, ...path.split('/'));
  // The two long logs are read a megabyte at a time: a damaged line of any length is left out.
  if (path === REVIEW_LOG || path === `${EXAMS_DIR}/${HISTORY_FILE}`) {
    const lines = readJsonLinesFile<unknown>(file, path === REVIEW_LOG ? toRecord : toHistoryEntry, path);
    return { text: asLines(lines.values), note: skipped(lines.damaged.length + (lines.truncatedTail ? 1 : 0)) };
  }
  const limit = readLimit(path);
  const bytes = readUserFile(file, { ...limit, shown: path });
  const text = decodeUserText(bytes, file, path.endsWith('.json') || path.endsWith('.jsonl') ? 'JSON' : 'YAML', path);
  const problem = checkContent(path, text);
  return problem ? { note: `left out (${problem})` } : { text };
}

/** How large each kind of progress file may be before it is refused unread. */
function readLimit(path: string): { maxBytes: number; what: string } {
  if (path === SETTINGS_FILE) return { maxBytes: MAX_SETTINGS_BYTES, what: 'settings files' };
  if (path === SUSPENDED_FILE || path === CHOICES_FILE) return { maxBytes: MAX_STATE_BYTES, what: "the trainer's state files" };
  if (path === REPORTS_FILE) return { maxBytes: MAX_JOURNAL_BYTES, what: 'report files' };
  if (path.startsWith(`${BANKS}/`)) return { maxBytes: MAX_BANK_BYTES, what: 'banks' };
  return { maxBytes: MAX_JOURNAL_BYTES, what: 'exam journals' };
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
    return { problem: `it is not valid JSON (${printable(error instanceof Error ? error.message : String(error), { oneLine: true, max: 120 })})` };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { problem: 'it is not a clf-trainer backup (no "format": "clf-trainer-backup")' };
  }
  const b = value as Record<string, unknown>;
  if (typeof b.version !== 'number' || !Number.isInteger(b.version) || b.version < 1) return { problem: 'its format version is missing or invalid' };
  if (b.version > BACKUP_VERSION) return { problem: `it was written by a newer clf-trainer (backup format ${b.version}; this version reads ${BACKUP_VERSION}): update clf-trainer first` };
  if (!isIsoTime(b.createdAt)) return { problem: 'its creation date is missing or not an ISO time such as 2026-11-25T12:00:00.000Z' };
  if (!Array.isArray(b.files)) return { problem: 'it has no list of files' };
  const seen = new Set<string>();
  for (const [i, entry] of b.files.entries()) {
    if (typeof entry !== 'object' || entry === null || typeof entry.path !== 'string' || typeof entry.text !== 'string') {
      return { problem: `file entry ${i + 1} needs a "path" and a "text"` };
    }
    const { path, text: content } = entry as BackupEntry;
    if (!isProgressPath(path)) return { problem: `file entry ${i + 1} has a path that is not a progress file: ${printable(JSON.stringify(path), { oneLine: true, max: 80 })}` };
    // Paths differing only in letter case are one file on some systems.
    if (seen.has(path.toLowerCase())) return { problem: `${path} appears twice` };
    seen.add(path.toLowerCase());
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
  if (path === SUSPENDED_FILE || path === CHOICES_FILE) {
    try {
      JSON.parse(text);
    } catch {
      return 'not valid JSON';
    }
  }
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

/** Where restore keeps what it replaces: the files themselves in a folder, and a backup file of them that restores. */
export interface KeptCopy {
  folder: string;
  backup: string;
}

/** Free names for the copies restore (or reset) keeps: backups/before-restore-<time>/ and backups/before-restore-<time>.json. */
export function keptCopyPaths(dir: string, now: Date, before: 'restore' | 'reset' = 'restore'): KeptCopy {
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const taken = (path: string) => {
    try {
      nodeFs.lstatSync(path);
      return true;
    } catch {
      return false;
    }
  };
  for (let n = 1; ; n++) {
    const base = join(dir, KEPT_DIR, `before-${before}-${stamp}${n === 1 ? '' : `-${n}`}`);
    if (!taken(base) && !taken(`${base}.json`)) return { folder: base, backup: `${base}.json` };
  }
}

/** The file-system calls moving files aside uses: node:fs itself, or a stand-in that injects failures (tests). */
export type MoveFs = Pick<typeof nodeFs, 'renameSync' | 'copyFileSync' | 'lstatSync' | 'readlinkSync' | 'symlinkSync' | 'unlinkSync' | 'mkdirSync'>;

/**
 * Moves one file (or link) byte for byte. A rename where it can be; across file systems (a bank
 * folder that is a link to another disk), a copy that never replaces anything, then the original
 * removed: a link is moved as the link, never as what it points to.
 */
function moveFile(from: string, to: string, fs: MoveFs): void {
  try {
    fs.renameSync(from, to);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  if (fs.lstatSync(from).isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(from), to);
  else fs.copyFileSync(from, to, nodeFs.constants.COPYFILE_EXCL);
  fs.unlinkSync(from);
}

/**
 * Moves every progress file of the data folder (or those `only` accepts) into `folder`, under
 * the same relative path: byte for byte (a rename, or a copy across file systems: damaged lines, unreadable banks and
 * links included), nothing re-written. When a move fails, the files already moved go back and a
 * StorageError says what failed.
 */
export function moveProgressAside(dir: string, folder: string, fs: MoveFs = nodeFs, { only = () => true, before = 'restoring' }: { only?: (path: string) => boolean; before?: string } = {}): string[] {
  const moved: string[] = [];
  const at = (root: string, path: string) => join(root, ...path.split('/'));
  let current = '';
  try {
    for (const path of progressPaths(dir).filter(only)) {
      current = path;
      fs.mkdirSync(dirname(at(folder, path)), { recursive: true, mode: DIR_MODE });
      moveFile(at(dir, path), at(folder, path), fs);
      moved.push(path);
    }
  } catch (error) {
    const stranded = moved.reverse().filter((path) => {
      try {
        moveFile(at(folder, path), at(dir, path), fs);
        return false;
      } catch {
        return true;
      }
    });
    const code = (error as NodeJS.ErrnoException).code;
    const where = printable(folder, { oneLine: true });
    const after = stranded.length ? `; ${stranded.length === 1 ? 'one file is' : `${stranded.length} files are`} still in ${where}: move ${stranded.length === 1 ? 'it' : 'them'} back by hand` : '; nothing was changed';
    throw new StorageError(`cannot keep ${printable(current, { oneLine: true })} aside in ${where} before ${before}: ${describeCode(code)}${after}`, code, at(dir, current));
  }
  return moved;
}

/** Writes every file of the backup into the data folder, each atomically. */
export function writeBackupFiles(dir: string, backup: Backup): void {
  for (const entry of backup.files) {
    const path = join(dir, ...entry.path.split('/'));
    nodeFs.mkdirSync(dirname(path), { recursive: true, mode: DIR_MODE });
    replaceFile(path, entry.text);
  }
}
