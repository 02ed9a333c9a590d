import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import type { ReviewRecord, ReviewSource } from '../core/progress/records.js';
import { extendHistory, historyOf, type QuestionHistory, type ReviewHistory } from '../core/srs/history.js';
import type { Card, Scheduler } from '../core/srs/scheduler.js';
import { describeCode, replaceFile, StorageError } from './files.js';
import { cacheDir } from './paths.js';
import { parseLog, REVIEW_LOG, type DamagedLine } from './review-log.js';

/**
 * The review history, read fast however long the log grows: a snapshot in the cache folder
 * holds the history folded up to a byte offset of reviews.jsonl, with a hash of those bytes.
 * At start only what was appended since is read and folded. The snapshot is a cache: when it
 * is missing, damaged, made by another version or scheduler, or the log's earlier bytes
 * changed (restored, edited), the whole log is folded again and a new snapshot written
 * (atomically, best effort). The log itself is never rewritten.
 */

declare const __CLF_TRAINER_HISTORY__: string | undefined;

/** The build's history-code id; undefined when running from source (no snapshot then). */
export const BUILD_HISTORY_ID: string | undefined = typeof __CLF_TRAINER_HISTORY__ === 'string' ? __CLF_TRAINER_HISTORY__ : undefined;

export const SNAPSHOT_FILE = 'history.json';
/** A new snapshot is written once this many records were appended since the last one. */
export const SNAPSHOT_EVERY = 200;

export interface LoadedHistory {
  history: ReviewHistory;
  /** What was wrong in the log, one line each, for the user. */
  notices: string[];
  /** Whether the whole log had to be folded (no usable snapshot). */
  rebuilt: boolean;
  /** False when some review lies after `now` and was left out (it counts once its time comes). */
  complete: boolean;
}

export interface HistoryOptions {
  /** Identifies the history code; set at build time (tests may set one). Without it no snapshot is used. */
  id?: string;
  /** The local time zone: reviews per day depend on it. */
  zone?: string;
}

type CardRow = [number, number, number, number, number, number, number, number, number, number | null];
type QuestionRow = [string, CardRow, number, ReviewSource, number, number, string | null, ReviewRecord | null];

interface Snapshot {
  v: 1;
  id: string;
  /** Bytes of the log covered, and the checksum of exactly those bytes. */
  offset: number;
  prefix: string;
  /** Lines in the covered bytes, and the damaged ones among them. */
  lines: number;
  damaged: DamagedLine[];
  reviews: number;
  questions: QuestionRow[];
  days: [string, number][];
  /** Answers to learned questions, flattened: time, 1 or 0. */
  learned: number[];
}

const cardRow = (c: Card): CardRow => [c.due.getTime(), c.stability, c.difficulty, c.elapsed_days, c.scheduled_days, c.learning_steps, c.reps, c.lapses, c.state, c.last_review ? c.last_review.getTime() : null];

function rowCard(r: CardRow): Card {
  const card: Card = { due: new Date(r[0]), stability: r[1], difficulty: r[2], elapsed_days: r[3], scheduled_days: r[4], learning_steps: r[5], reps: r[6], lapses: r[7], state: r[8] };
  if (r[9] !== null) card.last_review = new Date(r[9]);
  return card;
}

function toRows(h: ReviewHistory): Pick<Snapshot, 'questions' | 'days' | 'learned' | 'reviews'> {
  return {
    questions: [...h.questions].map(([id, q]) => [id, cardRow(q.card), q.firstAt, q.firstSource, q.lastAt, q.misses, q.lastMissedAt ?? null, q.missed ?? null]),
    days: [...h.days],
    learned: h.learned.flatMap((a) => [a.at, a.correct ? 1 : 0]),
    reviews: h.reviews,
  };
}

function fromRows(s: Snapshot): ReviewHistory {
  const questions = new Map<string, QuestionHistory>();
  for (const [id, card, firstAt, firstSource, lastAt, misses, lastMissedAt, missed] of s.questions) {
    const q: QuestionHistory = { card: rowCard(card), firstAt, firstSource, lastAt, misses };
    if (lastMissedAt !== null) q.lastMissedAt = lastMissedAt;
    if (missed !== null) q.missed = missed;
    questions.set(id, q);
  }
  const learned: ReviewHistory['learned'] = [];
  for (let i = 0; i < s.learned.length; i += 2) learned.push({ at: s.learned[i]!, correct: s.learned[i + 1] === 1 });
  return { questions, days: new Map(s.days), learned, reviews: s.reviews };
}

/**
 * A checksum of the log's bytes, to notice any change to what a snapshot covers: CRC-32 where
 * Node has it (fast), SHA-1 otherwise. The name is part of the value, so either is recognised.
 */
function checksum(chunks: Iterable<Uint8Array>): string {
  const { crc32 } = zlib as { crc32?: (data: Uint8Array, value?: number) => number };
  let length = 0;
  if (crc32) {
    let crc = 0;
    for (const chunk of chunks) {
      crc = crc32(chunk, crc);
      length += chunk.length;
    }
    return `crc32:${crc.toString(16)}:${length}`;
  }
  const hash = createHash('sha1');
  for (const chunk of chunks) hash.update(chunk);
  return `sha1:${hash.digest('hex')}`;
}

const CHUNK = 1024 * 1024;

/**
 * The review log opened for reading: its size, checksums of a prefix read a megabyte at a time
 * (a long log is not held in memory just to check it), and byte ranges.
 */
class LogFile {
  readonly size: number;
  private constructor(
    private readonly fd: number | undefined,
    size: number,
  ) {
    this.size = size;
  }

  static open(dir: string): LogFile {
    const path = join(dir, REVIEW_LOG);
    try {
      const fd = openSync(path, 'r');
      const stat = fstatSync(fd);
      if (stat.isDirectory()) {
        closeSync(fd);
        throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      }
      return new LogFile(fd, stat.size);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return new LogFile(undefined, 0);
      throw new StorageError(`cannot read your progress in ${path}: ${describeCode(code)}`, code, path);
    }
  }

  /** Bytes [from, to), read now. */
  read(from: number, to = this.size): Buffer {
    const buffer = Buffer.alloc(Math.max(0, to - from));
    let done = 0;
    while (this.fd !== undefined && done < buffer.length) {
      const n = readSync(this.fd, buffer, done, buffer.length - done, from + done);
      if (n === 0) break;
      done += n;
    }
    return done < buffer.length ? buffer.subarray(0, done) : buffer;
  }

  /** Bytes [0, to) a megabyte at a time, in one reused buffer: each chunk is valid until the next. */
  *chunks(to: number): Generator<Buffer> {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, to)));
    for (let at = 0; at < to && this.fd !== undefined; ) {
      const n = readSync(this.fd, buffer, 0, Math.min(buffer.length, to - at), at);
      if (n === 0) return;
      yield buffer.subarray(0, n);
      at += n;
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

/** A snapshot read back; undefined when it is missing or cannot be trusted (damaged, other version). */
function readSnapshot(path: string, id: string): Snapshot | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  // First line: a checksum of the rest, so a damaged snapshot is never half-trusted.
  const newline = text.indexOf('\n');
  if (newline < 0 || createHash('sha1').update(text.slice(newline + 1)).digest('hex') !== text.slice(0, newline)) return undefined;
  try {
    const s = JSON.parse(text.slice(newline + 1)) as Snapshot;
    return s.v === 1 && s.id === id && Number.isInteger(s.offset) && Array.isArray(s.questions) ? s : undefined;
  } catch {
    return undefined;
  }
}

function writeSnapshot(path: string, snapshot: Snapshot): void {
  const body = JSON.stringify(snapshot);
  try {
    replaceFile(path, `${createHash('sha1').update(body).digest('hex')}\n${body}`);
  } catch {
    // only a cache: the next start folds again
  }
}

function describeDamage(damaged: readonly DamagedLine[], truncated: boolean): string[] {
  const notices: string[] = [];
  if (damaged.length) {
    const lines = damaged.map((d) => d.line);
    const list = lines.length > 5 ? `${lines.slice(0, 5).join(', ')} and ${lines.length - 5} more` : lines.join(', ');
    notices.push(`${REVIEW_LOG}: ${damaged.length === 1 ? `line ${list} is` : `lines ${list} are`} damaged and skipped; ${damaged.length === 1 ? 'it is' : 'they are'} kept in the file, every other review is used`);
  }
  if (truncated) notices.push(`${REVIEW_LOG}: the last line was cut short by an interrupted write and is ignored`);
  return notices;
}

/**
 * The local time zone as far as calendar days go: TZ and this year's winter and summer offsets
 * (cheap to compute, unlike Intl, and enough to see that local days moved).
 */
export function timeZone(now = new Date()): string {
  const year = now.getFullYear();
  return `${process.env.TZ ?? ''}|${new Date(year, 0, 1).getTimezoneOffset()}|${new Date(year, 6, 1).getTimezoneOffset()}`;
}

/**
 * The review history of the data folder `dir` for this scheduler, from the snapshot plus what
 * was appended since, or from the whole log. Damaged lines are skipped and reported.
 */
export function loadReviewHistory(dir: string, scheduler: Scheduler, now: Date, options: HistoryOptions = {}): LoadedHistory {
  const log = LogFile.open(dir);
  try {
    return load(log, dir, scheduler, now, options);
  } finally {
    log.close();
  }
}

function load(log: LogFile, dir: string, scheduler: Scheduler, now: Date, options: HistoryOptions): LoadedHistory {
  const buildId = options.id ?? BUILD_HISTORY_ID;
  const id = buildId && scheduler.key ? `${buildId}|${scheduler.key}|${options.zone ?? timeZone()}` : undefined;
  const path = join(cacheDir(dir), SNAPSHOT_FILE);
  const snapshot = id ? readSnapshot(path, id) : undefined;
  const usable =
    snapshot &&
    snapshot.offset <= log.size &&
    (snapshot.offset === 0 || log.read(snapshot.offset - 1, snapshot.offset)[0] === 0x0a) &&
    checksum(log.chunks(snapshot.offset)) === snapshot.prefix;

  let history: (ReviewHistory & { future: boolean }) | undefined;
  let damaged: DamagedLine[] = [];
  let truncated = false;
  let added = 0;
  let lines = 0;
  if (usable) {
    const tailBytes = log.read(snapshot.offset);
    const tail = parseLog(tailBytes.toString('utf8'));
    history = extendHistory(fromRows(snapshot), tail.records, scheduler, now);
    damaged = [...snapshot.damaged, ...tail.damaged.map((d) => ({ ...d, line: d.line + snapshot.lines }))];
    truncated = tail.truncatedTail;
    added = tail.records.length;
    lines = snapshot.lines + countLines(tailBytes);
  }
  const rebuilt = !history;
  if (!history) {
    const bytes = log.read(0);
    const all = parseLog(bytes.toString('utf8'));
    history = historyOf(all.records, scheduler, now);
    damaged = all.damaged;
    truncated = all.truncatedTail;
    lines = countLines(bytes);
  }
  // A snapshot covers whole lines only, and no review still in the future (it is not folded yet).
  const whole = log.size > 0 && log.read(log.size - 1)[0] === 0x0a;
  if (id && whole && !history.future && (rebuilt || added >= SNAPSHOT_EVERY)) {
    writeSnapshot(path, { v: 1, id, offset: log.size, prefix: checksum(log.chunks(log.size)), lines, damaged, ...toRows(history) });
  }
  const { future, ...result } = history;
  return { history: result, notices: describeDamage(damaged, truncated), rebuilt, complete: !future };
}

function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

