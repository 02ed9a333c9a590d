import { readdirSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkAcrossBanks } from '../core/bank/check.js';
import type { ParsedBank, ParsedFacts } from '../core/bank/parse.js';
import { printable } from '../core/bank/sanitize.js';
import type { BankFile, Fact, Problem, Question } from '../core/bank/types.js';
import {
  bankEntry,
  BUILD_LOADER_ID,
  cacheKey,
  chainCaches,
  compiledCache,
  COMPILED_BANKS_FILE,
  factsEntry,
  folderCache,
  NO_CACHE,
  toParsedBank,
  toParsedFacts,
  type BankCache,
  type CacheEntry,
} from './bank-cache.js';
import { favourMemory, LARGE_LIBRARY_BYTES } from './heap-mode.js';
import { builtinBankDir, packageRoot } from './paths.js';
import { decodeUserText, openUserFile, readAt, readFailure, tooLargeError, type ReadFailure } from './user-files.js';
import { append } from '../core/append.js';

/** Banks larger than this are refused before parsing: no real bank comes close. */
export const MAX_BANK_BYTES = 8 * 1024 * 1024;
export const FACTS_FILE = 'facts.yaml';

/** Where a bank was found: shipped with the trainer, in the user's bank folder, or given as a path (--bank, lint). */
export type BankOrigin = 'built-in' | 'bank folder' | 'given';

export interface BankSummary {
  path: string;
  title?: string;
  questions: number;
  problems: number;
  builtin: boolean;
  origin: BankOrigin;
}

export interface Library {
  questions: Question[];
  facts: Fact[];
  banks: BankSummary[];
  problems: Problem[];
  /** Names (as in `problems` and `banks`) of the files and folders given as paths. */
  given: ReadonlySet<string>;
}

export interface LoadOptions {
  /** Extra files or folders (--bank, lint arguments). */
  paths?: readonly string[];
  /** Load the banks shipped in questions/ (default true). */
  builtin?: boolean;
  /** The user's own bank folder, loaded automatically when it exists. */
  userDir?: string;
  /** Base for relative file names in messages. */
  cwd?: string;
  /** The data folder's cache folder: parsed banks are kept there by content hash. */
  cacheDir?: string;
  /** false: parse every file (no cache read or written). */
  cache?: boolean;
  /** The loader id caches are keyed by; set at build time (tests may set one). */
  loaderId?: string;
}

const isBankFile = (name: string) => /\.ya?ml$/i.test(name) && name !== FACTS_FILE;

/**
 * Expands folders into their bank files; a missing path is a problem, not an exception. A
 * symbolic link in a folder is followed like the file it points to; anything in a folder that is
 * named like a bank but is not a regular file (a FIFO, a socket, a link to nothing) is listed so
 * the reader reports it, never skipped silently.
 */
export function collectBankPaths(paths: readonly string[], problems: Problem[], cwd = process.cwd(), { optional = false } = {}): string[] {
  const files: string[] = [];
  for (const path of paths.map((given) => resolve(cwd, given))) {
    const given = shownPath(path, cwd);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      if (!optional) problems.push(fileProblem(given, readFailure(error, path).reason === 'missing' ? 'not-found' : 'unreadable', readFailure(error, path).detail));
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(path);
      continue;
    }
    if (/\.ya?ml$/i.test(path)) {
      problems.push(fileProblem(given, 'not-a-file', 'is a folder, expected a YAML file'));
      continue;
    }
    try {
      const found = readdirSync(path, { withFileTypes: true })
        .filter((entry) => !entry.isDirectory() && isBankFile(entry.name) && !isFolderLink(join(path, entry.name), entry))
        .map((entry) => join(path, entry.name))
        .sort();
      if (found.length === 0 && !optional) problems.push(fileProblem(given, 'no-banks', 'contains no .yaml bank files'));
      append(files, found);
    } catch (error) {
      problems.push(fileProblem(given, 'unreadable', readFailure(error, path).detail));
    }
  }
  return [...new Set(files)];
}

/** A link to a folder inside a bank folder: passed over, like a folder. */
function isFolderLink(path: string, entry: { isSymbolicLink(): boolean }): boolean {
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Lint rules for files that cannot be read as a bank. */
const RULE_OF: Record<ReadFailure, string> = { missing: 'not-found', 'not-a-file': 'not-a-file', 'too-large': 'too-large', unreadable: 'unreadable', 'not-text': 'not-text' };

/** Reads a bank file as text, refusing what cannot be a bank. Returns undefined with a problem. */
export function readBankText(path: string, display: string, problems: Problem[]): string | undefined {
  const bytes = readBankBytes(path, display, problems);
  return bytes && decodeBankText(bytes, path, display, problems);
}

/** One buffer reused to read bank files for hashing: a bank found in the cache costs no allocation. */
let scratch = Buffer.alloc(0);

/**
 * A bank file's bytes through the user-file reader: anything but a regular file of at most
 * MAX_BANK_BYTES is refused with a problem (undefined). With `reuse`, the bytes are in a buffer
 * shared by the next call (copy them to keep them).
 */
function readBankBytes(path: string, display: string, problems: Problem[], { reuse = false } = {}): Buffer | undefined {
  try {
    const file = openUserFile(path, { shown: display });
    try {
      if (file.size > MAX_BANK_BYTES) throw tooLarge(file.size, path, display);
      if (!reuse) {
        const bytes = readAt(file, 0, MAX_BANK_BYTES + 1);
        if (bytes.length > MAX_BANK_BYTES) throw tooLarge(bytes.length, path, display);
        return bytes;
      }
      if (scratch.length < file.size + 1) scratch = Buffer.alloc(Math.max(file.size + 1, scratch.length * 2));
      let done = 0;
      for (let n = -1; n !== 0 && done < scratch.length; done += n) n = readSync(file.fd, scratch, done, scratch.length - done, done);
      // Grown past its size since it was opened: read it again without the shared buffer.
      if (done > file.size) return readBankBytes(path, display, problems);
      return scratch.subarray(0, done);
    } finally {
      file.close();
    }
  } catch (error) {
    const failure = readFailure(error, path, display);
    problems.push(fileProblem(display, RULE_OF[failure.reason], failure.detail));
    return undefined;
  }
}

const tooLarge = (size: number, path: string, display: string) => tooLargeError(path, display, size, { maxBytes: MAX_BANK_BYTES, what: 'banks' });

/** The bytes as text, refusing binary, UTF-16 and non-UTF-8 content. Undefined with a problem. */
function decodeBankText(bytes: Buffer, path: string, display: string, problems: Problem[]): string | undefined {
  try {
    return decodeUserText(bytes, path, 'YAML', display);
  } catch (error) {
    const failure = readFailure(error, path, display);
    problems.push(fileProblem(display, RULE_OF[failure.reason], failure.detail));
    return undefined;
  }
}

/** The parsing half of the loader (YAML and zod), imported only when some file is not cached. */
export type Parser = Pick<typeof import('../core/bank/parse.js'), 'parseBank' | 'parseFacts'>;

interface Source {
  path: string;
  display: string;
  origin: BankOrigin;
  /** The file's content; undefined when it cannot be read (a problem says why). */
  bytes?: Buffer;
  key?: string;
  cached?: CacheEntry;
}

/** What to load, read and looked up in the caches: everything but the parsing. */
interface Plan {
  problems: Problem[];
  /** Names of the files and folders given as paths. */
  given: Set<string>;
  facts: Source;
  banks: Source[];
  cache: BankCache;
  loader?: string;
  /** Bytes of the bank files found in the cache so far. */
  bytes: number;
}

function cacheFor(options: LoadOptions): { cache: BankCache; loader?: string } {
  const loader = options.loaderId ?? BUILD_LOADER_ID;
  if (!loader || options.cache === false) return { cache: NO_CACHE };
  const compiled = compiledCache(join(packageRoot(), 'dist', COMPILED_BANKS_FILE), loader);
  return { cache: options.cacheDir ? chainCaches(compiled, folderCache(join(options.cacheDir, 'banks'))) : compiled, loader };
}

function source(path: string, cwd: string, origin: BankOrigin, kind: 'bank' | 'facts', plan: Omit<Plan, 'facts' | 'banks' | 'given'>): Source {
  const display = shownPath(path, cwd);
  const bytes = readBankBytes(path, display, plan.problems, { reuse: true });
  const found: Source = { path, display, origin };
  if (bytes === undefined) return found;
  if (plan.loader) {
    // Keyed by the bytes: a file seen before is neither decoded nor parsed again.
    found.key = cacheKey(kind, bytes, plan.loader);
    const cached = plan.cache.get(kind, found.key);
    if (cached) {
      found.cached = cached;
      // Only a library read from the cache: parsing (much slower anyway) would be slower still.
      plan.bytes += bytes.length;
      if (plan.bytes > LARGE_LIBRARY_BYTES) favourMemory();
      return found;
    }
  }
  found.bytes = Buffer.from(bytes); // kept for parsing: out of the shared buffer
  return found;
}

function planLibrary(options: LoadOptions): Plan {
  const cwd = options.cwd ?? process.cwd();
  const base = { problems: [] as Problem[], bytes: 0, ...cacheFor(options) };
  const facts = source(join(builtinBankDir(), FACTS_FILE), cwd, 'built-in', 'facts', base);
  const origins = new Map<string, BankOrigin>();
  const add = (paths: string[], origin: BankOrigin) => paths.forEach((path) => origins.has(path) || origins.set(path, origin));
  if (options.builtin !== false) add(collectBankPaths([builtinBankDir()], base.problems, cwd), 'built-in');
  if (options.userDir) add(collectBankPaths([options.userDir], base.problems, cwd, { optional: true }), 'bank folder');
  const given = collectBankPaths(options.paths ?? [], base.problems, cwd);
  add(given, 'given');
  const banks = [...origins].map(([path, origin]) => source(path, cwd, origin, 'bank', base));
  const givenNames = new Set([...given.map((path) => shownPath(path, cwd)), ...(options.paths ?? []).map((path) => shownPath(resolve(cwd, path), cwd))]);
  return { ...base, facts, banks, given: givenNames };
}

const needsParser = (plan: Plan) => [plan.facts, ...plan.banks].some((s) => s.bytes !== undefined);

function parsedFacts(plan: Plan, parser: Parser | undefined): Fact[] | undefined {
  const { facts: s } = plan;
  let parsed: ParsedFacts;
  if (s.cached) parsed = toParsedFacts(s.cached, s.display);
  else {
    const text = s.bytes && decodeBankText(s.bytes, s.path, s.display, plan.problems);
    if (text === undefined) return undefined;
    parsed = parser!.parseFacts(text, s.display);
    if (s.key) plan.cache.set(s.key, factsEntry(parsed));
  }
  append(plan.problems, parsed.problems);
  return parsed.problems.length > 0 ? undefined : parsed.facts;
}

function parsedBank(s: Source, plan: Plan, parser: Parser | undefined): ParsedBank {
  if (s.cached) return toParsedBank(s.cached, s.display);
  const text = s.bytes && decodeBankText(s.bytes, s.path, s.display, plan.problems);
  if (text === undefined) return { locations: [], problems: [] };
  const parsed = parser!.parseBank(text, s.display);
  if (s.key) plan.cache.set(s.key, bankEntry(parsed));
  return parsed;
}

/** Problem texts come from the files: they are printed, so they pass the print boundary. */
const cleanProblem = (p: Problem): Problem => ({ ...p, file: printable(p.file, { oneLine: true }), message: printable(p.message, { oneLine: true }) });

function finishLibrary(plan: Plan, parser: Parser | undefined): Library {
  const { problems } = plan;
  const facts = parsedFacts(plan, parser);
  const parsed: ParsedBank[] = plan.banks.map((s) => {
    const result = parsedBank(s, plan, parser);
    append(problems, result.problems);
    return { ...result, bank: result.bank ?? { path: s.display, title: '', questions: [] } };
  });
  append(problems, checkAcrossBanks(parsed, facts));
  // A file both given and in the bank folder is read once, but a path that cannot be read is found by both.
  const unique = new Map(problems.map(cleanProblem).map((p) => [JSON.stringify([p.file, p.line, p.col, p.rule, p.message]), p]));
  const clean = [...unique.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  const banks = parsed.map((p, i) => summarize(p.bank!, clean, plan.banks[i]!.origin));
  return { questions: parsed.flatMap((p) => p.bank?.questions ?? []), facts: facts ?? [], banks, problems: clean, given: plan.given };
}

/**
 * Loads the built-in banks, the user's bank folder and any extra paths, checking all of them
 * together. Banks whose text was seen before come from the caches; the YAML parser and the
 * schema are imported only when some file has to be parsed.
 */
export async function loadLibrary(options: LoadOptions = {}): Promise<Library> {
  const plan = planLibrary(options);
  return finishLibrary(plan, needsParser(plan) ? await import('../core/bank/parse.js') : undefined);
}

function summarize(bank: BankFile, problems: Problem[], origin: BankOrigin): BankSummary {
  return {
    path: bank.path,
    ...(bank.title ? { title: bank.title } : {}),
    questions: bank.questions.length,
    problems: problems.filter((p) => p.file === bank.path).length,
    builtin: origin === 'built-in',
    origin,
  };
}

/** A file's name as shown: relative to where the command runs, on one line, terminal-safe. */
export function shownPath(path: string, cwd: string): string {
  return printable(displayPath(path, cwd), { oneLine: true });
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function fileProblem(file: string, rule: string, message: string): Problem {
  return { file, line: 1, col: 1, rule, message: `this path ${message}` };
}
