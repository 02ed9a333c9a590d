import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedBank, ParsedFacts } from '../core/bank/parse.js';
import { isSanitized } from '../core/bank/sanitize.js';
import type { Problem, Question } from '../core/bank/types.js';
import { isTopic } from '../core/topics.js';
import { checksum } from './checksum.js';
import { replaceFile } from './files.js';
import { QUESTIONS_PER_BLOCK, questionsWithHeldText, splitQuestions, type BlockReader, type QuestionHeader } from './question-texts.js';
import { openUserFile, readAt, type OpenFile } from './user-files.js';

/**
 * Parsed banks kept by the hash of their text, so a bank that has not changed is never parsed
 * or validated again. The key also holds the loader's own id (a hash of the parsing code, set at
 * build time), so a new version of the rules re-checks everything. Two stores: the built-in banks
 * compiled at build time (dist/builtin-banks.json) and the data folder's cache/banks/ for the
 * learner's banks. Everything a parse produced is kept, problems with their line and column
 * included, so lint reports exactly what a fresh parse would.
 */

declare const __CLF_TRAINER_LOADER__: string | undefined;

/** The build's loader id; undefined when running from source (no caching then). */
export const BUILD_LOADER_ID: string | undefined = typeof __CLF_TRAINER_LOADER__ === 'string' ? __CLF_TRAINER_LOADER__ : undefined;

export const COMPILED_BANKS_FILE = 'builtin-banks.json';
/** The parse of the largest bank allowed is far smaller; a larger file is not an entry the trainer wrote. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/** Entries kept in the data folder's cache; the least recently used go first. */
export const MAX_CACHED_BANKS = 100;

type Kind = 'bank' | 'facts';

/** A parse result without the file name, which depends on where the command runs. */
export interface CacheEntry {
  kind: Kind;
  title?: string;
  questions?: Omit<Question, 'bank'>[];
  facts?: ParsedFacts['facts'];
  locations?: ParsedBank['locations'];
  problems: Omit<Problem, 'file'>[];
  /** Set on an entry just read from its own file: its objects may be used as they are (not copied). */
  fresh?: true;
}

/** The key of a file's parse: its kind, its exact bytes and the loader that parsed it. */
export function cacheKey(kind: Kind, bytes: Uint8Array, loader: string): string {
  return createHash('sha1').update(`${loader}\u0000${kind}\u0000`).update(bytes).digest('hex');
}

export function bankEntry(parsed: ParsedBank): CacheEntry {
  const problems = parsed.problems.map(({ file: _, ...p }) => p);
  if (!parsed.bank) return { kind: 'bank', problems };
  const questions = parsed.bank.questions.map(({ bank: _, ...q }) => q);
  return { kind: 'bank', title: parsed.bank.title, questions, locations: parsed.locations, problems };
}

export function factsEntry(parsed: ParsedFacts): CacheEntry {
  return { kind: 'facts', facts: parsed.facts, problems: parsed.problems.map(({ file: _, ...p }) => p) };
}

export function toParsedBank(entry: CacheEntry, file: string): ParsedBank {
  const problems = entry.problems.map((p) => ({ file, ...p }));
  if (entry.title === undefined || !entry.questions) return { locations: [], problems };
  // A fresh entry's questions become the questions (a large bank is not held twice while loading).
  const questions = entry.fresh ? entry.questions.map((q) => Object.assign(q, { bank: file })) : entry.questions.map((q) => ({ ...q, bank: file }));
  return { bank: { path: file, title: entry.title, questions }, locations: entry.locations ?? [], problems };
}

export function toParsedFacts(entry: CacheEntry, file: string): ParsedFacts {
  return { facts: entry.facts ?? [], problems: entry.problems.map((p) => ({ file, ...p })) };
}

/** Checks the shape of an entry read back from disk; anything odd is a miss, never an error. */
export function isEntry(value: unknown, kind: Kind, isQuestion: (q: unknown) => boolean = isCachedQuestion): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  if (e.kind !== kind || !Array.isArray(e.problems) || !e.problems.every(isCachedProblem)) return false;
  if (kind === 'facts') return Array.isArray(e.facts) && e.facts.every((f) => isRecord(f) && typeof f.id === 'string' && typeof f.statement === 'string' && allSanitized(f));
  if (e.title === undefined) return true;
  return (
    typeof e.title === 'string' &&
    isSanitized(e.title) &&
    Array.isArray(e.questions) &&
    Array.isArray(e.locations) &&
    e.questions.length === e.locations.length &&
    e.questions.every(isQuestion) &&
    e.locations.every((l) => isRecord(l) && isPosition(l.id) && Array.isArray(l.facts) && l.facts.every(isPosition))
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLine = (v: unknown) => Number.isInteger(v) && (v as number) >= 1;
const isPosition = (v: unknown) => isRecord(v) && isLine(v.line) && isLine(v.col);
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

function isCachedProblem(p: unknown): boolean {
  return isRecord(p) && isLine(p.line) && isLine(p.col) && typeof p.rule === 'string' && typeof p.message === 'string';
}

/** Every string in the value, however deep, is text the loader could have produced (it is shown as it is). */
function allSanitized(value: unknown): boolean {
  if (typeof value === 'string') return isSanitized(value);
  if (Array.isArray(value)) return value.every(allSanitized);
  if (isRecord(value)) return Object.values(value).every(allSanitized);
  return true;
}

/**
 * A cached question has the shape the rest of the program relies on (the loader made it, so
 * anything else is damage): options with text, the answer pointing at exactly the correct ones,
 * the facts as a list, and clean text everywhere.
 */
function isCachedQuestion(value: unknown): boolean {
  if (!isCachedHeader(value)) return false;
  const q = value as Record<string, unknown>;
  if (typeof q.stem !== 'string' || !optionalString(q.explanation) || !optionalString(q.source)) return false;
  const choices = q.choices;
  if (!Array.isArray(choices) || choices.length < 2 || !choices.every((c) => isRecord(c) && typeof c.text === 'string' && typeof c.correct === 'boolean' && optionalString(c.why))) return false;
  const correct = choices.flatMap((c, i) => ((c as { correct: boolean }).correct ? [i] : []));
  if (!Array.isArray(q.answer) || q.answer.length !== correct.length || !q.answer.every((a, i) => a === correct[i])) return false;
  const imported = q.imported;
  if (imported !== undefined && !(isRecord(imported) && typeof imported.file === 'string' && isLine(imported.line) && isLine(imported.position) && optionalString(imported.explanation) && optionalString(imported.reference))) return false;
  return allSanitized(q);
}

/** The fields of a question kept in memory without its text (see question-texts.ts). */
function isCachedHeader(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const q = value;
  if (typeof q.id !== 'string' || typeof q.topic !== 'string' || !isTopic(q.topic) || (q.type !== 'single' && q.type !== 'multi')) return false;
  if (typeof q.difficulty !== 'string' || !optionalString(q.angle)) return false;
  return Array.isArray(q.facts) && q.facts.every((f) => typeof f === 'string') && Array.isArray(q.answer) && q.answer.every((a) => Number.isInteger(a));
}

const isStoredHeader = (value: unknown) => isCachedHeader(value) && Number.isInteger((value as QuestionHeader).textFields) && Number.isInteger((value as QuestionHeader).options) && allSanitized(value);

export interface BankCache {
  get(kind: Kind, key: string): CacheEntry | undefined;
  set(key: string, entry: CacheEntry): void;
}

/** No caching (running from source, or caching turned off). */
export const NO_CACHE: BankCache = { get: () => undefined, set: () => undefined };

/**
 * The built-in banks compiled at build time: read once, on the first lookup. The build wrote the
 * loader's own output and checked every entry's shape (src/store/compile-banks.ts), so at a start
 * only the kind is checked (checking every field of every question took 1–2 ms of each first frame).
 */
export function compiledCache(path: string, loader: string): BankCache {
  let entries: Record<string, CacheEntry> | undefined;
  const load = () => {
    if (entries) return entries;
    try {
      const file = JSON.parse(readFileSync(path, 'utf8')) as { loader?: string; entries?: Record<string, CacheEntry> };
      entries = file.loader === loader && file.entries ? file.entries : {};
    } catch {
      entries = {};
    }
    return entries;
  };
  return {
    get: (kind, key) => {
      const entry = load()[key];
      return entry?.kind === kind ? entry : undefined;
    },
    set: () => undefined,
  };
}

/**
 * The data folder's cache: one file per entry (see StoredEntry). A damaged entry (cut short, not
 * JSON, not the expected shape, text not matching its checksum) is a miss: the bank is parsed again and the entry rewritten. Writing is
 * best effort: a read-only data folder simply means no cache.
 */
export function folderCache(dir: string): BankCache {
  const pathOf = (key: string) => join(dir, `${key}.json`);
  return {
    get: (kind, key) => {
      let file: OpenFile | undefined;
      let entry: CacheEntry | undefined;
      try {
        file = openUserFile(pathOf(key));
        const bytes = file.size > MAX_ENTRY_BYTES ? undefined : readAt(file, 0, MAX_ENTRY_BYTES + 1);
        entry = bytes && bytes.length <= MAX_ENTRY_BYTES ? readStored(bytes, kind, file) : undefined;
      } catch {
        entry = undefined;
      }
      if (!entry?.questions?.length) file?.close();
      if (!entry) return undefined;
      touch(pathOf(key));
      entry.fresh = true;
      return entry;
    },
    set: (key, entry) => {
      try {
        replaceFile(pathOf(key), storedText(entry));
        prune(dir);
      } catch {
        // a cache that cannot be written is only slower
      }
    },
  };
}

/**
 * An entry as the data folder's cache stores it: a line of JSON with the questions without
 * their text, then one line of base64 per compressed block of text (the JSON has their count
 * and a checksum of them). Only the JSON is parsed; a block is read from the file when one of
 * its questions' text is used, so a large bank costs little memory.
 */
type StoredEntry = Omit<CacheEntry, 'questions' | 'fresh'> & { questions?: QuestionHeader[]; texts?: number; textSum?: string };

function storedText({ fresh: _, ...entry }: CacheEntry): string {
  if (!entry.questions) return `${JSON.stringify(entry)}\n`;
  const { headers, blocks } = splitQuestions(entry.questions);
  const texts = blocks.map((block) => `${block.toString('base64')}\n`);
  const stored: StoredEntry = { ...entry, questions: headers, texts: texts.length, textSum: checksum(texts.map((text) => Buffer.from(text, 'latin1'))) };
  return `${JSON.stringify(stored)}\n${texts.join('')}`;
}

/**
 * The entry of a cache file (its `bytes`), its questions' text read from `file` when used. The
 * file stays open while the questions are held: an entry replaced or removed meanwhile (another
 * trainer pruning the cache) does not take their text away.
 */
function readStored(bytes: Buffer, kind: Kind, file: OpenFile): CacheEntry | undefined {
  const end = bytes.indexOf(0x0a);
  if (end < 0) return undefined;
  const value: unknown = JSON.parse(bytes.toString('utf8', 0, end));
  if (!isEntry(value, kind, isStoredHeader)) return undefined;
  const stored = value as StoredEntry;
  if (!stored.questions) return end === bytes.length - 1 ? value : undefined;
  const { questions: headers, texts, textSum, ...rest } = stored;
  const spans = blockLines(bytes, end + 1);
  if (texts !== Math.ceil(headers.length / QUESTIONS_PER_BLOCK) || spans.length !== texts) return undefined;
  if (checksum(spans.map(([from, to]) => bytes.subarray(from, to + 1))) !== textSum) return undefined;
  return { ...rest, questions: questionsWithHeldText(headers, blockReaders(file, spans), isCachedQuestion) };
}

/** The lines from `from` to the end, as [start, end) without their newline; the last must end with one. */
function blockLines(bytes: Buffer, from: number): [number, number][] {
  const lines: [number, number][] = [];
  for (let at = from; at < bytes.length; ) {
    const end = bytes.indexOf(0x0a, at);
    if (end < 0) return [];
    lines.push([at, end]);
    at = end + 1;
  }
  return lines;
}

/** Readers of the blocks at `spans` of `file` (made apart from the file's bytes, which they must not keep alive). */
function blockReaders(file: OpenFile, spans: readonly [number, number][]): BlockReader[] {
  const held = { file };
  closeWhenDropped.register(held, file);
  return spans.map(([from, to]) => () => readBlock(held.file, from, to));
}

/** One buffer for every block read: a block is decompressed as soon as it is read, so none stays as garbage. */
let scratch = Buffer.alloc(0);

/** The deflated bytes of the block whose base64 text is at [from, to) of the file, in the shared buffer (valid until the next read). */
function readBlock(file: OpenFile, from: number, to: number): Buffer {
  const length = to - from;
  if (scratch.length < length) scratch = Buffer.alloc(Math.max(length, scratch.length * 2));
  let done = 0;
  for (let n = -1; n !== 0 && done < length; done += n) n = readSync(file.fd, scratch, done, length - done, from + done);
  const text = scratch.toString('latin1', 0, done);
  return scratch.subarray(0, scratch.write(text, 0, 'base64'));
}

/** A cache file held open for its questions' text is closed once those questions are gone. */
const closeWhenDropped = new FinalizationRegistry<OpenFile>((file) => file.close());

function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // read-only: fine
  }
}

function prune(dir: string): void {
  const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  if (names.length <= MAX_CACHED_BANKS) return;
  const byAge = names.map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs })).sort((a, b) => a.at - b.at);
  for (const { name } of byAge.slice(0, names.length - MAX_CACHED_BANKS)) rmSync(join(dir, name), { force: true });
}

/** Looks in each cache in turn; new entries go to the last one that can store them. */
export function chainCaches(...caches: BankCache[]): BankCache {
  return {
    get: (kind, key) => {
      for (const cache of caches) {
        const entry = cache.get(kind, key);
        if (entry) return entry;
      }
      return undefined;
    },
    set: (key, entry) => caches.at(-1)?.set(key, entry),
  };
}
