import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '../core/bank/types.js';
import { toExamAction } from '../core/exam/actions.js';
import { examReviews, historyEntry, toHistoryEntry, type ExamHistoryEntry } from '../core/exam/records.js';
import { examReducer, replay } from '../core/exam/reducer.js';
import { examResult, type ExamResult } from '../core/exam/results.js';
import type { ExamAction, ExamState } from '../core/exam/types.js';
import type { LogRecord } from '../core/progress/records.js';
import { appendJsonLines, parseJsonLines, replaceFile, type JsonLines } from './jsonl.js';
import { loadLibrary } from './bank-files.js';
import { tryLock, type LockAttempt } from './lock.js';
import { appendRecords, readLog } from './review-file.js';

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

export function examsDir(dataDir: string): string {
  return join(dataDir, EXAMS_DIR);
}

export function journalPath(dataDir: string, id: string): string {
  return join(examsDir(dataDir), `${id}.jsonl`);
}

/** Starts a journal: the header and the start action, flushed before the exam is shown. */
export function createExamJournal(dataDir: string, header: ExamHeader, start: Extract<ExamAction, { type: 'start' }>): void {
  appendJsonLines(journalPath(dataDir, header.id), [header, start]);
}

/**
 * Saves one action as it happens. Clock ticks are written without a flush (a kill -9 still
 * keeps them; a power cut may cost the last seconds); every answer, flag and move is flushed.
 */
export function appendExamAction(dataDir: string, id: string, action: ExamAction): void {
  appendJsonLines(journalPath(dataDir, id), [action], { sync: action.type !== 'tick' });
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
    typeof h.createdAt === 'string' &&
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

export function readExam(dataDir: string, id: string): SavedExam | undefined {
  try {
    return parseJournal(readFileSync(journalPath(dataDir, id), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function readExamHistory(dataDir: string): JsonLines<ExamHistoryEntry> {
  try {
    return parseJsonLines(readFileSync(join(examsDir(dataDir), HISTORY_FILE), 'utf8'), toHistoryEntry);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { values: [], damaged: [], truncatedTail: false };
    throw error;
  }
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
export function pendingExams(dataDir: string, history: readonly ExamHistoryEntry[] = readExamHistory(dataDir).values): PendingExams {
  const known = new Set(history.map((e) => e.id));
  const pending: PendingExams = { unfinished: [], unrecorded: [], unreadable: [] };
  let names: string[];
  try {
    names = readdirSync(examsDir(dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return pending;
    throw error;
  }
  for (const name of names.sort()) {
    const match = /^([a-z0-9.-]+)\.jsonl$/.exec(name);
    if (!match || name === HISTORY_FILE || known.has(match[1]!)) continue;
    const saved = readExam(dataDir, match[1]!);
    if (!saved) pending.unreadable.push(join(examsDir(dataDir), name));
    else if (saved.state.status === 'running') pending.unfinished.push(saved);
    else pending.unrecorded.push(saved);
  }
  pending.unfinished.sort((a, b) => b.state.lastAt - a.state.lastAt);
  return pending;
}

/** Where an ended exam's reviews go: the review log (the UI passes its own, tests a memory one). */
export interface ReviewSink {
  read(): readonly LogRecord[];
  append(records: readonly LogRecord[]): void;
}

export function fileReviewLog(dataDir: string): ReviewSink {
  return { read: () => readLog(dataDir).records, append: (records) => appendRecords(dataDir, records) };
}

export interface RecordOptions {
  /** Skip whatever an interrupted earlier run already wrote. */
  recovering?: boolean;
  log?: ReviewSink;
}

/**
 * Records an ended exam: its reviews (submitted or timed out only: an abandoned attempt
 * submitted nothing), the journal's "recorded" mark, its history line, then compacts the
 * journal.
 */
export function recordExam(dataDir: string, saved: SavedExam, questions: ReadonlyMap<string, Question>, options: RecordOptions = {}): ExamResult | undefined {
  const { recovering = false, log = fileReviewLog(dataDir) } = options;
  const { state, header } = saved;
  if (state.status === 'running') throw new Error('cannot record an exam that is still running');
  const result = state.status === 'finished' ? examResult(state, questions) : undefined;
  if (!saved.recorded && result) {
    let reviews = examReviews(result);
    if (recovering) {
      const written = new Set(log.read().map((r) => r.id));
      reviews = reviews.filter((r) => !written.has(r.id));
    }
    log.append(reviews);
  }
  const path = journalPath(dataDir, state.id);
  if (!saved.recorded) appendJsonLines(path, [{ type: 'recorded', at: state.endedAt ?? state.lastAt } satisfies RecordedMark]);
  if (!recovering || !readExamHistory(dataDir).values.some((e) => e.id === state.id)) {
    appendJsonLines(join(examsDir(dataDir), HISTORY_FILE), [historyEntry(state, result, header.seed)]);
  }
  compactJournal(path);
  return result;
}

/**
 * Ends an unfinished exam as abandoned and records it (kept in the history, not deleted). The
 * time the trainer was not running is not charged to it: it resumes and abandons at once.
 */
export function abandonExam(dataDir: string, saved: SavedExam, at: number, questions: ReadonlyMap<string, Question>, log?: ReviewSink): SavedExam {
  const when = Math.max(at, saved.state.lastAt);
  const actions: ExamAction[] = [
    { type: 'resume', at: when },
    { type: 'abandon', at: when },
  ];
  appendJsonLines(journalPath(dataDir, saved.state.id), actions);
  const state = actions.reduce<ExamState | null>(examReducer, saved.state) ?? saved.state;
  const abandoned = { ...saved, state };
  recordExam(dataDir, abandoned, questions, log ? { log } : {});
  return abandoned;
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

function compactJournal(path: string): void {
  const text = readFileSync(path, 'utf8');
  const compact = compactTicks(text);
  if (compact.length < text.length) replaceFile(path, compact);
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
export function openExams(dataDir: string, questions: ReadonlyMap<string, Question>, log?: ReviewSink): ExamsOnDisk {
  const history = readExamHistory(dataDir);
  const pending = pendingExams(dataDir, history.values);
  const problems: string[] = [];
  if (history.damaged.length) problems.push(`${history.damaged.length} damaged line(s) in ${join(examsDir(dataDir), HISTORY_FILE)} were skipped`);
  for (const path of pending.unreadable) problems.push(`cannot read the exam file ${path} (left as it is)`);
  let recovered = false;
  for (const saved of pending.unrecorded) {
    if (saved.state.items.every((item) => questions.has(item.qid))) {
      recordExam(dataDir, saved, questions, { recovering: true, ...(log ? { log } : {}) });
      recovered = true;
    }
  }
  const entries = recovered ? readExamHistory(dataDir).values : history.values;
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

/**
 * Holds an exam while a trainer has it open, so a second trainer cannot resume the same exam
 * and interleave its answers. A lock left by a killed trainer is taken over.
 */
export function lockExam(dataDir: string, id: string, now?: () => Date): LockAttempt {
  return tryLock(join(examsDir(dataDir), `${id}.lock`), `the exam ${id}`, now);
}
