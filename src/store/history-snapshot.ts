import { readSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import type { ReviewRecord, ReviewSource } from '../core/progress/records.js';
import { extendHistory, historyOf, type FoldOptions, type QuestionHistory, type ReviewHistory } from '../core/srs/history.js';
import type { Card } from '../core/srs/scheduler.js';
import { checksum } from './checksum.js';
import { replaceFile } from './files.js';
import { fileLines, type TextLine } from './jsonl.js';
import { cacheDir } from './paths.js';
import { logReadError, parseLogLines, REVIEW_LOG, type DamagedLine, type LogContents } from './review-file.js';
import { openUserFile, readAt, readUserFile, UserFileError, type OpenFile } from './user-files.js';

/**
 * The review history, read fast however long the log grows: a snapshot in the cache folder
 * holds the history folded up to a byte offset of reviews.jsonl, with a hash of those bytes.
 * At start only what was appended since is read and folded. The snapshot is a cache: when it
 * is missing, damaged, made by another version or scheduler, or the log's earlier bytes
 * changed (restored, edited), the whole log is folded again and a new snapshot written
 * (atomically, best effort). The log itself is never rewritten. No snapshot is written while
 * the history holds answers dated in the future: they are folded as given now, which changes
 * as time passes.
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
}

export interface HistoryOptions {
  /** Identifies the history code; set at build time (tests may set one). Without it no snapshot is used. */
  id?: string;
  /** The local time zone: reviews per day depend on it. */
  zone?: string;
}

/** Numbers per card in the cards column: due, stability, difficulty, elapsed and scheduled days, learning steps, reps, lapses, state, last review (NaN: none, so no real time can be mistaken for it). */
const CARD_FIELDS = 10;
/** Numbers per question in the times column: first answer time, first source (index in SOURCES), latest answer time, wrong answers. */
const TIME_FIELDS = 4;
const SOURCES: readonly ReviewSource[] = ['study', 'review', 'exam'];

/**
 * The questions' histories as columns: strings in the snapshot's JSON, numbers after it as
 * little-endian doubles (see Numbers), copied whole into typed arrays when read, so a snapshot
 * of ten thousand questions is read without making and dropping number objects or base64 text.
 */
interface Columns {
  ids: string[];
  /** Time of the latest wrong answer, by question index (only questions answered wrong). */
  lastMissed: Record<string, string>;
  /** The latest answer of questions on the missed list, by question index. */
  missed: Record<string, ReviewRecord>;
}

interface Snapshot {
  v: 5;
  id: string;
  /** Bytes of the log covered, and the checksum of exactly those bytes. */
  offset: number;
  prefix: string;
  /** Lines in the covered bytes, and the damaged ones among them. */
  lines: number;
  damaged: DamagedLine[];
  reviews: number;
  questions: Columns;
  days: [string, number][];
  /** How many numbers the learned column holds. */
  learned: number;
}

/**
 * The numbers, in this order after the JSON line: CARD_FIELDS per question, TIME_FIELDS per
 * question, then the answers to learned questions (time, then 1 or 0).
 */
interface Numbers {
  cards: Float64Array;
  times: Float64Array;
  learned: Float64Array;
}

const BIG_ENDIAN = endianness() === 'BE';

function encodeNumbers(values: readonly number[]): Buffer {
  const bytes = Buffer.from(new Float64Array(values).buffer);
  if (BIG_ENDIAN) bytes.swap64();
  return bytes;
}

function decodeNumbers(bytes: Buffer): Float64Array {
  const values = new Float64Array(bytes.length / 8);
  new Uint8Array(values.buffer).set(bytes);
  if (BIG_ENDIAN) Buffer.from(values.buffer).swap64();
  return values;
}

function toColumns(h: ReviewHistory): Pick<Snapshot, 'questions' | 'days' | 'learned' | 'reviews'> & { numbers: Buffer } {
  const columns: Columns = { ids: [], lastMissed: {}, missed: {} };
  const cards: number[] = [];
  const times: number[] = [];
  for (const [id, q] of h.questions) {
    const c = q.card;
    const index = columns.ids.push(id) - 1;
    cards.push(c.due.getTime(), c.stability, c.difficulty, c.elapsed_days, c.scheduled_days, c.learning_steps, c.reps, c.lapses, c.state, c.last_review ? c.last_review.getTime() : NaN);
    times.push(q.firstAt, SOURCES.indexOf(q.firstSource), q.lastAt, q.misses);
    if (q.lastMissedAt !== undefined) columns.lastMissed[index] = q.lastMissedAt;
    if (q.missed) columns.missed[index] = q.missed;
  }
  const learned = h.learned.flatMap((a) => [a.at, a.correct ? 1 : 0]);
  return { questions: columns, days: [...h.days], learned: learned.length, reviews: h.reviews, numbers: encodeNumbers([...cards, ...times, ...learned]) };
}

function fromColumns(s: Snapshot, { cards: n, times, learned: flat }: Numbers): ReviewHistory {
  const { ids, lastMissed, missed } = s.questions;
  const questions = new Map<string, QuestionHistory>();
  ids.forEach((id, i) => {
    const at = i * CARD_FIELDS;
    const f = (k: number) => n[at + k]!;
    const card: Card = { due: new Date(f(0)), stability: f(1), difficulty: f(2), elapsed_days: f(3), scheduled_days: f(4), learning_steps: f(5), reps: f(6), lapses: f(7), state: f(8) };
    if (!Number.isNaN(f(9))) card.last_review = new Date(f(9));
    const t = i * TIME_FIELDS;
    const q: QuestionHistory = { card, firstAt: times[t]!, firstSource: SOURCES[times[t + 1]!]!, lastAt: times[t + 2]!, misses: times[t + 3]! };
    if (lastMissed[i] !== undefined) q.lastMissedAt = lastMissed[i];
    if (missed[i] !== undefined) q.missed = missed[i];
    questions.set(id, q);
  });
  const history = { questions, days: new Map(s.days), reviews: s.reviews, future: 0 } as ReviewHistory;
  // Made from its column when first used: only the stats read the answers to learned questions.
  let learned: ReviewHistory['learned'] | undefined;
  Object.defineProperty(history, 'learned', {
    enumerable: true,
    get: () => (learned ??= answersOf(flat)),
    set: (value: ReviewHistory['learned']) => (learned = value),
  });
  return history;
}

function answersOf(flat: Float64Array): ReviewHistory['learned'] {
  const answers: ReviewHistory['learned'] = [];
  for (let i = 0; i < flat.length; i += 2) answers.push({ at: flat[i]!, correct: flat[i + 1] === 1 });
  return answers;
}

/** A snapshot's numbers (`bytes`, after its JSON) when its shape is right; undefined otherwise (the log is folded again). */
function snapshotNumbers(s: Snapshot, id: string, bytes: Buffer): Numbers | undefined {
  const q = s.questions;
  if (!(s.v === 5 && s.id === id && Number.isInteger(s.offset) && typeof q === 'object' && q !== null && Array.isArray(q.ids) && Array.isArray(s.days) && Array.isArray(s.damaged))) return undefined;
  const cardBytes = q.ids.length * CARD_FIELDS * 8;
  const timeBytes = q.ids.length * TIME_FIELDS * 8;
  if (!Number.isInteger(s.learned) || s.learned % 2 !== 0 || bytes.length !== cardBytes + timeBytes + s.learned * 8) return undefined;
  const cards = decodeNumbers(bytes.subarray(0, cardBytes));
  const times = decodeNumbers(bytes.subarray(cardBytes, cardBytes + timeBytes));
  const learned = decodeNumbers(bytes.subarray(cardBytes + timeBytes));
  const finite = (values: Float64Array, allowNaN: (i: number) => boolean) => values.every((v, i) => Number.isFinite(v) || (Number.isNaN(v) && allowNaN(i)));
  const sources = times.every((v, i) => i % TIME_FIELDS !== 1 || SOURCES[v] !== undefined);
  return finite(cards, (i) => i % CARD_FIELDS === CARD_FIELDS - 1) && finite(times, () => false) && finite(learned, () => false) && sources ? { cards, times, learned } : undefined;
}

const CHUNK = 1024 * 1024;
/** Far above the snapshot of any real history; a larger file is not a snapshot the trainer wrote. */
const MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024;

/**
 * The review log opened for reading (through the user-file reader: a FIFO or a device is
 * refused, never waited on): its size, checksums of a prefix read a megabyte at a time, and its
 * lines from an offset, read in chunks (a long log, or one huge damaged line, is never one string).
 */
class LogFile {
  private constructor(
    private readonly file: OpenFile | undefined,
    readonly size: number,
  ) {}

  static open(dir: string): LogFile {
    const path = join(dir, REVIEW_LOG);
    try {
      const file = openUserFile(path);
      return new LogFile(file, file.size);
    } catch (error) {
      if (error instanceof UserFileError && error.reason === 'missing') return new LogFile(undefined, 0);
      throw logReadError(error, path);
    }
  }

  /** The byte at `at`, or undefined past the end. */
  byteAt(at: number): number | undefined {
    return this.file && at >= 0 && at < this.size ? readAt(this.file, at, at + 1)[0] : undefined;
  }

  /** Bytes [0, to) a megabyte at a time, in one reused buffer: each chunk is valid until the next. */
  *chunks(to: number): Generator<Buffer> {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, to)));
    for (let at = 0; at < to && this.file !== undefined; ) {
      const n = readSync(this.file.fd, buffer, 0, Math.min(buffer.length, to - at), at);
      if (n === 0) return;
      yield buffer.subarray(0, n);
      at += n;
    }
  }

  /** The log's lines from byte `from` to its size when opened, parsed; `lines` counts the whole ones. */
  parse(from: number): LogContents & { lines: number } {
    if (!this.file) return { records: [], damaged: [], truncatedTail: false, lines: 0 };
    let lines = 0;
    const counted = function* (source: Iterable<TextLine>) {
      for (const line of source) {
        if (line.ended) lines++;
        yield line;
      }
    };
    const parsed = parseLogLines(counted(fileLines(this.file, { from, to: this.size })));
    return { ...parsed, lines };
  }

  close(): void {
    this.file?.close();
  }
}

/** A snapshot read back with its numbers; undefined when it is missing or cannot be trusted (damaged, other version). */
function readSnapshot(path: string, id: string): (Snapshot & { numbers: Numbers }) | undefined {
  let bytes: Buffer;
  try {
    bytes = readUserFile(path, { maxBytes: MAX_SNAPSHOT_BYTES, what: 'snapshots' });
  } catch {
    return undefined;
  }
  // First line: a checksum of the rest, so a damaged snapshot is never half-trusted.
  const newline = bytes.indexOf(0x0a);
  const body = bytes.subarray(newline + 1);
  if (newline < 0 || checksum([body]) !== bytes.subarray(0, newline).toString('latin1')) return undefined;
  // Then the JSON line, then the numbers.
  const end = body.indexOf(0x0a);
  if (end < 0) return undefined;
  try {
    const s = JSON.parse(body.toString('utf8', 0, end)) as Snapshot;
    const numbers = snapshotNumbers(s, id, body.subarray(end + 1));
    return numbers ? { ...s, numbers } : undefined;
  } catch {
    return undefined;
  }
}

function writeSnapshot(path: string, { numbers, ...snapshot }: Snapshot & { numbers: Buffer }): void {
  const body = Buffer.concat([Buffer.from(`${JSON.stringify(snapshot)}\n`, 'utf8'), numbers]);
  try {
    replaceFile(path, Buffer.concat([Buffer.from(`${checksum([body])}\n`, 'latin1'), body]));
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
 * The review history of the data folder `dir` folded this way (scheduler, now, day start), from
 * the snapshot plus what was appended since, or from the whole log. Damaged lines are skipped
 * and reported.
 */
export function loadReviewHistory(dir: string, fold: FoldOptions, options: HistoryOptions = {}): LoadedHistory {
  const log = LogFile.open(dir);
  try {
    return load(log, dir, fold, options);
  } finally {
    log.close();
  }
}

function load(log: LogFile, dir: string, fold: FoldOptions, options: HistoryOptions): LoadedHistory {
  const buildId = options.id ?? BUILD_HISTORY_ID;
  const id = buildId && fold.scheduler.key ? `${buildId}|${fold.scheduler.key}|day=${fold.dayStart}|${options.zone ?? timeZone()}` : undefined;
  const path = join(cacheDir(dir), SNAPSHOT_FILE);
  const snapshot = id ? readSnapshot(path, id) : undefined;
  const usable =
    snapshot &&
    snapshot.offset <= log.size &&
    (snapshot.offset === 0 || log.byteAt(snapshot.offset - 1) === 0x0a) &&
    checksum(log.chunks(snapshot.offset)) === snapshot.prefix;

  let history: ReviewHistory | undefined;
  let damaged: DamagedLine[] = [];
  let truncated = false;
  let added = 0;
  let lines = 0;
  if (usable) {
    const tail = log.parse(snapshot.offset);
    history = extendHistory(fromColumns(snapshot, snapshot.numbers), tail.records, fold);
    damaged = [...snapshot.damaged, ...tail.damaged.map((d) => ({ ...d, line: d.line + snapshot.lines }))];
    truncated = tail.truncatedTail;
    added = tail.records.length;
    lines = snapshot.lines + tail.lines;
  }
  const rebuilt = !history;
  if (!history) {
    const all = log.parse(0);
    history = historyOf(all.records, fold);
    damaged = all.damaged;
    truncated = all.truncatedTail;
    lines = all.lines;
  }
  // A snapshot covers whole lines only.
  const whole = log.byteAt(log.size - 1) === 0x0a;
  if (id && whole && history.future === 0 && (rebuilt || added >= SNAPSHOT_EVERY)) {
    writeSnapshot(path, { v: 5, id, offset: log.size, prefix: checksum(log.chunks(log.size)), lines, damaged, ...toColumns(history) });
  }
  return { history, notices: describeDamage(damaged, truncated), rebuilt };
}
