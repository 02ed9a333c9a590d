import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '../core/bank/types.js';
import { toExamAction } from '../core/exam/actions.js';
import { examReviews, historyEntry, toHistoryEntry, type ExamHistoryEntry } from '../core/exam/records.js';
import { examReducer, replay } from '../core/exam/reducer.js';
import { examResult, type ExamResult } from '../core/exam/results.js';
import type { ExamAction, ExamState } from '../core/exam/types.js';
import { printable } from '../core/bank/sanitize.js';
import { isIsoTime } from '../core/progress/iso-time.js';
import { StorageError } from './errors.js';
import { appendText, replaceFile } from './files.js';
import { parseJsonLines, type JsonLines } from './jsonl.js';
import { loadLibrary } from './bank-files.js';
import { readUserFile, UserFileError, whyUnreadable } from './user-files.js';
import { takeOver, tryLock, type LockAttempt, type LockOwner } from './lock.js';
import type { ReviewLog } from './review-log.js';

/**
 * Exams on disk, crash-safe by construction:
 *   exams/<id>.jsonl      one journal per attempt: a header, then every action of the exam
 *                         reducer as it happens (answers, flags, moves, the clock every second).
 *                         Replaying it rebuilds the exam exactly, so a kill -9 loses nothing.
 *   exams/history.jsonl   one line per ended attempt (finished or abandoned), append-only.
 * An ended exam is recorded in three steps — its reviews into the review log, a "recorded"
 * mark in its journal, its history line — and a journal that ended without all three is
 * completed the next time (checking for reviews already written), so nothing is counted twice.
 * Attempts are never deleted: an abandoned one stays, marked abandoned.
 */

export const EXAMS_DIR = 'exams';
export const HISTORY_FILE = 'history.jsonl';
/** Far above the journal of the longest exam or years of history; a larger file is not one the trainer wrote. */
const MAX_EXAM_FILE_BYTES = 64 * 1024 * 1024;

export interface ExamHeader {
  v: 1;
  type: 'exam';
  id: string;
  createdAt: string;
  seed: string;
  /** The --bank paths (absolute) the exam was drawn from: loaded again to resume it. */
  banks: string[];
  topics?: string[];
}

interface RecordedMark {
  type: 'recorded';
  at: number;
}

type JournalLine = ExamHeader | ExamAction | RecordedMark;

export interface SavedExam {
  header: ExamHeader;
  state: ExamState;
  /** Reviews and history already written for this attempt. */
  recorded: boolean;
  /** Journal lines that could not be read and were skipped. */
  damaged: number;
}

/**
 * The exams folder as text files: the folder in the data directory, or memory (tests,
 * previews). Everything else here reads and writes exams through it, so both behave the same.
 */
export interface ExamFolder {
  /** The text of a file, or undefined when there is none. */
  read(name: string): string | undefined;
  /** Appends whole lines (a torn last line is closed off first); flushed unless `sync` is false. */
  append(name: string, text: string, sync: boolean): void;
  /** Replaces a file's text atomically. */
  replace(name: string, text: string): void;
  names(): string[];
  /** Holds exam `id` while this trainer has it open; a lock left by a killed trainer is taken over. */
  lock(id: string): LockAttempt;
  /** Takes over exam `id`'s lock once the user confirmed its owner, as shown to them, is gone (see takeOver). */
  takeOver(id: string, owner: LockOwner): LockAttempt;
  /** Where a file is, for messages. */
  where(name: string): string;
}

export function examsDir(dataDir: string): string {
  return join(dataDir, EXAMS_DIR);
}

export function journalPath(dataDir: string, id: string): string {
  return join(examsDir(dataDir), journalName(id));
}

const journalName = (id: string) => `${id}.jsonl`;

/**
 * The exams folder of a data directory. Files are read through the user-file reader: a FIFO, a
 * device or a huge file in their place is refused at once (a UserFileError, one line), never
 * waited on. Bytes are not decoded strictly: a power cut can leave NUL bytes at a journal's end,
 * and its lines before them still replay.
 */
export function diskExamFolder(dataDir: string, now?: () => Date): ExamFolder {
  const dir = examsDir(dataDir);
  return {
    read(name) {
      try {
        return readUserFile(join(dir, name), { maxBytes: MAX_EXAM_FILE_BYTES, what: 'exam files' }).toString('utf8');
      } catch (error) {
        if (error instanceof UserFileError && error.reason === 'missing') return undefined;
        throw error;
      }
    },
    append: (name, text, sync) => appendText(join(dir, name), text, { sync }),
    replace: (name, text) => replaceFile(join(dir, name), text),
    names() {
      try {
        return readdirSync(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw new StorageError(`cannot read your exams in ${printable(dir, { oneLine: true })}: ${whyUnreadable(error)}`, (error as { code?: string }).code, dir);
      }
    },
    lock: (id) => tryLock(join(dir, `${id}.lock`), `the exam ${id}`, now),
    takeOver: (id, owner) => takeOver(join(dir, `${id}.lock`), owner, `the exam ${id}`, now),
    where: (name) => join(dir, name),
  };
}

/**
 * An exams folder in memory; `hold(id)` makes an exam look open in another trainer of this
 * machine, `hold(id, host)` in one on another machine (which may be taken over).
 */
export function memoryExamFolder(): ExamFolder & { files: Map<string, string>; hold(id: string, host?: string): () => void } {
  const files = new Map<string, string>();
  const held = new Map<string, LockOwner>();
  const HOST = 'memory';
  const refused = (owner: LockOwner): LockAttempt => ({ acquired: false, owner, canTakeOver: owner.host !== HOST });
  const take = (id: string): LockAttempt => {
    const mine: LockOwner = { pid: process.pid, host: HOST, since: new Date(0).toISOString(), purpose: `the exam ${id}` };
    held.set(id, mine);
    return { acquired: true, lock: { owner: mine, release: () => void (held.get(id) === mine && held.delete(id)) } };
  };
  return {
    files,
    read: (name) => files.get(name),
    append(name, text) {
      const before = files.get(name) ?? '';
      files.set(name, (before && !before.endsWith('\n') ? `${before}\n` : before) + text);
    },
    replace: (name, text) => void files.set(name, text),
    names: () => [...files.keys()],
    lock(id) {
      const owner = held.get(id);
      return owner ? refused(owner) : take(id);
    },
    takeOver(id, seen) {
      const owner = held.get(id);
      if (owner && (owner.pid !== seen.pid || owner.host !== seen.host || owner.host === HOST)) return refused(owner);
      return take(id);
    },
    hold(id, host = HOST) {
      const other: LockOwner = { pid: 4242, host, since: new Date(0).toISOString(), purpose: `the exam ${id}` };
      held.set(id, other);
      return () => void (held.get(id) === other && held.delete(id));
    },
    where: (name) => `exams/${name}`,
  };
}

function appendLines(folder: ExamFolder, name: string, values: readonly unknown[], sync = true): void {
  if (values.length) folder.append(name, values.map((value) => `${JSON.stringify(value)}\n`).join(''), sync);
}

/** Starts a journal: the header and the start action, flushed before the exam is shown. */
export function createExamJournal(folder: ExamFolder, header: ExamHeader, start: Extract<ExamAction, { type: 'start' }>): void {
  appendLines(folder, journalName(header.id), [header, start]);
}

/**
 * Saves one action as it happens. Clock ticks are written without a flush (a kill -9 still
 * keeps them; a power cut may cost the last seconds); every answer, flag and move is flushed.
 */
export function appendExamAction(folder: ExamFolder, id: string, action: ExamAction): void {
  appendLines(folder, journalName(id), [action], action.type !== 'tick');
}

function toJournalLine(value: unknown): JournalLine | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const line = value as Record<string, unknown>;
  if (line.type === 'exam') return isHeader(line) ? (line as unknown as ExamHeader) : undefined;
  if (line.type === 'recorded') return typeof line.at === 'number' ? { type: 'recorded', at: line.at } : undefined;
  return toExamAction(value);
}

function isHeader(h: Record<string, unknown>): boolean {
  return (
    h.v === 1 &&
    typeof h.id === 'string' &&
    /^[a-z0-9.-]+$/.test(h.id) &&
    isIsoTime(h.createdAt) &&
    typeof h.seed === 'string' &&
    Array.isArray(h.banks) &&
    h.banks.every((b) => typeof b === 'string') &&
    (h.topics === undefined || (Array.isArray(h.topics) && h.topics.every((t) => typeof t === 'string')))
  );
}

/** Rebuilds a saved exam from its journal text. Undefined when it has no readable header and start. */
export function parseJournal(text: string): SavedExam | undefined {
  const lines = parseJsonLines(text, toJournalLine);
  const header = lines.values[0];
  if (!header || header.type !== 'exam') return undefined;
  const actions = lines.values.filter((l): l is ExamAction => l.type !== 'exam' && l.type !== 'recorded');
  const state = replay(actions);
  if (!state || state.id !== header.id) return undefined;
  return { header, state, recorded: lines.values.some((l) => l.type === 'recorded'), damaged: lines.damaged.length };
}

export function readExam(folder: ExamFolder, id: string): SavedExam | undefined {
  const text = folder.read(journalName(id));
  return text === undefined ? undefined : parseJournal(text);
}

/** The exam history; one that cannot be read is a StorageError (one line). */
export function readExamHistory(folder: ExamFolder): JsonLines<ExamHistoryEntry> {
  let text: string | undefined;
  try {
    text = folder.read(HISTORY_FILE);
  } catch (error) {
    throw new StorageError(`cannot read your exam history in ${printable(folder.where(HISTORY_FILE), { oneLine: true })}: ${whyUnreadable(error)}`, (error as { code?: string }).code, folder.where(HISTORY_FILE));
  }
  return parseJsonLines(text ?? '', toHistoryEntry);
}

export interface PendingExams {
  /** Exams still running when the trainer stopped, most recent first. */
  unfinished: SavedExam[];
  /** Exams that ended but whose reviews or history line were not all written. */
  unrecorded: SavedExam[];
  /** Journals that could not be read at all (left in place). */
  unreadable: string[];
}

/** Every attempt not yet in the history: only their journals are read. */
export function pendingExams(folder: ExamFolder, history: readonly ExamHistoryEntry[] = readExamHistory(folder).values): PendingExams {
  const known = new Set(history.map((e) => e.id));
  const pending: PendingExams = { unfinished: [], unrecorded: [], unreadable: [] };
  for (const name of folder.names().sort()) {
    const match = /^([a-z0-9.-]+)\.jsonl$/.exec(name);
    if (!match || name === HISTORY_FILE || known.has(match[1]!)) continue;
    let saved: SavedExam | undefined;
    try {
      saved = readExam(folder, match[1]!);
    } catch (error) {
      pending.unreadable.push(`${folder.where(name)} (${whyUnreadable(error)})`);
      continue;
    }
    if (!saved) pending.unreadable.push(folder.where(name));
    else if (saved.state.status === 'running') pending.unfinished.push(saved);
    else pending.unrecorded.push(saved);
  }
  pending.unfinished.sort((a, b) => b.state.lastAt - a.state.lastAt);
  return pending;
}

/**
 * Records an ended exam: its reviews (submitted or timed out only: an abandoned attempt
 * submitted nothing), the journal's "recorded" mark, its history line, then compacts the
 * journal. `recovering`: an earlier run was interrupted part-way; what it wrote is skipped.
 */
export function recordExam(folder: ExamFolder, reviews: ReviewLog, saved: SavedExam, questions: ReadonlyMap<string, Question>, recovering = false): ExamResult | undefined {
  const { state, header } = saved;
  if (state.status === 'running') throw new Error('cannot record an exam that is still running');
  const result = state.status === 'finished' ? examResult(state, questions) : undefined;
  if (!saved.recorded && result) {
    let records = examReviews(result);
    if (recovering) {
      const written = reviews.ids();
      records = records.filter((r) => !written.has(r.id));
    }
    reviews.append(records);
  }
  const name = journalName(state.id);
  if (!saved.recorded) appendLines(folder, name, [{ type: 'recorded', at: state.endedAt ?? state.lastAt } satisfies RecordedMark]);
  if (!recovering || !readExamHistory(folder).values.some((e) => e.id === state.id)) {
    appendLines(folder, HISTORY_FILE, [historyEntry(state, result, header.seed)]);
  }
  compactJournal(folder, name);
  return result;
}

/**
 * Ends an unfinished exam as abandoned and records it (kept in the history, not deleted). The
 * time the trainer was not running is not charged to it: it resumes and abandons at once.
 */
export function abandonExam(folder: ExamFolder, reviews: ReviewLog, saved: SavedExam, at: number, questions: ReadonlyMap<string, Question>): SavedExam {
  const when = Math.max(at, saved.state.lastAt);
  const actions: ExamAction[] = [
    { type: 'resume', at: when },
    { type: 'abandon', at: when },
  ];
  appendLines(folder, journalName(saved.state.id), actions);
  const state = actions.reduce<ExamState | null>(examReducer, saved.state) ?? saved.state;
  const abandoned = { ...saved, state };
  recordExam(folder, reviews, abandoned, questions);
  return abandoned;
}

/** Best effort: a journal that cannot be read back is left as it is (it still replays). */
function compactJournal(folder: ExamFolder, name: string): void {
  let text: string;
  try {
    text = folder.read(name) ?? '';
  } catch {
    return;
  }
  const compact = compactTicks(text);
  if (compact.length < text.length) folder.replace(name, compact);
}

/**
 * Drops every clock tick that is followed by another tick. Replaying gives the same state: the
 * ticks of one run only split the same elapsed time on the same question, and the last one of a
 * run is kept (it carries the time up to the next action, a restart, or the timeout).
 */
export function compactTicks(text: string): string {
  const lines = text.split('\n');
  const isTick = (line: string | undefined) => line !== undefined && line.startsWith('{"type":"tick"');
  return lines.filter((line, i) => !(isTick(line) && isTick(lines[i + 1]))).join('\n');
}

export interface ExamsOnDisk {
  history: ExamHistoryEntry[];
  /** The most recent exam left running, to resume or abandon. */
  unfinished?: SavedExam;
  /** What could not be read, for one line of warning. */
  problems: string[];
}

/**
 * What the exam screen needs when it opens: the history and the exam to resume. Ended exams
 * whose recording was interrupted are completed first (their questions permitting).
 */
export function openExams(folder: ExamFolder, reviews: ReviewLog, questions: ReadonlyMap<string, Question>): ExamsOnDisk {
  const history = readExamHistory(folder);
  const pending = pendingExams(folder, history.values);
  const problems: string[] = [];
  if (history.damaged.length) problems.push(`${history.damaged.length} damaged line(s) in ${folder.where(HISTORY_FILE)} were skipped`);
  for (const path of pending.unreadable) problems.push(`cannot read the exam file ${path} (left as it is)`);
  let recovered = false;
  for (const saved of pending.unrecorded) {
    if (saved.state.items.every((item) => questions.has(item.qid))) {
      recordExam(folder, reviews, saved, questions, true);
      recovered = true;
    }
  }
  const entries = recovered ? readExamHistory(folder).values : history.values;
  return { history: entries, ...(pending.unfinished[0] ? { unfinished: pending.unfinished[0] } : {}), problems };
}

/** Question ids of the exam that cannot be shown as they were drawn (gone, or their options changed). */
export function missingQuestions(state: ExamState, questions: ReadonlyMap<string, Question>): string[] {
  return state.items.filter((item) => questions.get(item.qid)?.choices.length !== item.order.length).map((item) => item.qid);
}

/**
 * The questions to resume an exam with: those loaded, plus the banks the exam was drawn from
 * (its --bank paths) when some of its questions are not among them.
 */
export async function questionsForExam(saved: SavedExam, loaded: ReadonlyMap<string, Question>): Promise<Map<string, Question>> {
  const map = new Map(loaded);
  if (missingQuestions(saved.state, map).length === 0 || saved.header.banks.length === 0) return map;
  const library = await loadLibrary({ paths: saved.header.banks, builtin: false });
  for (const question of library.questions) if (!map.has(question.id)) map.set(question.id, question);
  return map;
}
