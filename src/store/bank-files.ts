import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkAcrossBanks } from '../core/bank/check.js';
import type { ParsedBank, ParsedFacts } from '../core/bank/parse.js';
import { sanitizeText } from '../core/bank/sanitize.js';
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
import { builtinBankDir, packageRoot } from './paths.js';

/** Banks larger than this are refused before parsing: no real bank comes close. */
export const MAX_BANK_BYTES = 8 * 1024 * 1024;
export const FACTS_FILE = 'facts.yaml';

export interface BankSummary {
  path: string;
  title?: string;
  questions: number;
  problems: number;
  builtin: boolean;
}

export interface Library {
  questions: Question[];
  facts: Fact[];
  banks: BankSummary[];
  problems: Problem[];
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

/** Expands folders into their bank files; a missing path is a problem, not an exception. */
export function collectBankPaths(paths: readonly string[], problems: Problem[], cwd = process.cwd(), { optional = false } = {}): string[] {
  const files: string[] = [];
  for (const path of paths.map((given) => resolve(cwd, given))) {
    const given = displayPath(path, cwd);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      if (!optional) problems.push(fileProblem(given, 'not-found', (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : describeFsError(error)));
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
        .filter((entry) => entry.isFile() && isBankFile(entry.name))
        .map((entry) => join(path, entry.name))
        .sort();
      if (found.length === 0 && !optional) problems.push(fileProblem(given, 'no-banks', 'contains no .yaml bank files'));
      files.push(...found);
    } catch (error) {
      problems.push(fileProblem(given, 'unreadable', describeFsError(error)));
    }
  }
  return [...new Set(files)];
}

/** Reads a bank file as text, refusing what cannot be a bank. Returns undefined with a problem. */
export function readBankText(path: string, display: string, problems: Problem[]): string | undefined {
  const bytes = readBankBytes(path, display, problems);
  return bytes && decodeBankText(bytes, display, problems);
}

/** A bank file's bytes, refusing folders and oversized files. Undefined with a problem. */
/** One buffer reused to read bank files for hashing: a bank found in the cache costs no allocation. */
let scratch = Buffer.alloc(0);

/**
 * A bank file's bytes, refusing folders and oversized files. Undefined with a problem. With
 * `reuse`, the bytes are in a buffer shared by the next call (copy them to keep them).
 */
function readBankBytes(path: string, display: string, problems: Problem[], { reuse = false } = {}): Buffer | undefined {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      problems.push(fileProblem(display, 'not-a-file', 'is a folder, expected a YAML file'));
      return undefined;
    }
    if (stat.size > MAX_BANK_BYTES) {
      problems.push(fileProblem(display, 'too-large', `is ${(stat.size / 1024 / 1024).toFixed(1)} MB; banks are limited to ${MAX_BANK_BYTES / 1024 / 1024} MB`));
      return undefined;
    }
    if (!reuse) return readFileSync(path);
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_BANK_BYTES) return readBankBytes(path, display, problems);
      if (scratch.length < size) scratch = Buffer.alloc(Math.max(size, scratch.length * 2));
      let done = 0;
      while (done < size) {
        const n = readSync(fd, scratch, done, size - done, done);
        if (n === 0) break;
        done += n;
      }
      return scratch.subarray(0, done);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    problems.push(fileProblem(display, 'unreadable', describeFsError(error)));
    return undefined;
  }
}

/** The bytes as text, refusing binary and non-UTF-8 content. Undefined with a problem. */
function decodeBankText(bytes: Buffer, display: string, problems: Problem[]): string | undefined {
  if (bytes.includes(0)) {
    problems.push(fileProblem(display, 'not-text', 'is a binary file, not YAML text'));
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    problems.push(fileProblem(display, 'not-text', 'is not UTF-8 text'));
    return undefined;
  }
}

/** The parsing half of the loader (YAML and zod), imported only when some file is not cached. */
export type Parser = Pick<typeof import('../core/bank/parse.js'), 'parseBank' | 'parseFacts'>;

interface Source {
  path: string;
  display: string;
  builtin: boolean;
  /** The file's content; undefined when it cannot be read (a problem says why). */
  bytes?: Buffer;
  key?: string;
  cached?: CacheEntry;
}

/** What to load, read and looked up in the caches: everything but the parsing. */
interface Plan {
  problems: Problem[];
  facts: Source;
  banks: Source[];
  cache: BankCache;
  loader?: string;
}

function cacheFor(options: LoadOptions): { cache: BankCache; loader?: string } {
  const loader = options.loaderId ?? BUILD_LOADER_ID;
  if (!loader || options.cache === false) return { cache: NO_CACHE };
  const compiled = compiledCache(join(packageRoot(), 'dist', COMPILED_BANKS_FILE), loader);
  return { cache: options.cacheDir ? chainCaches(compiled, folderCache(join(options.cacheDir, 'banks'))) : compiled, loader };
}

function source(path: string, cwd: string, builtin: boolean, kind: 'bank' | 'facts', plan: Omit<Plan, 'facts' | 'banks'>): Source {
  const display = displayPath(path, cwd);
  const bytes = readBankBytes(path, display, plan.problems, { reuse: true });
  const found: Source = { path, display, builtin };
  if (bytes === undefined) return found;
  if (plan.loader) {
    // Keyed by the bytes: a file seen before is neither decoded nor parsed again.
    found.key = cacheKey(kind, bytes, plan.loader);
    const cached = plan.cache.get(kind, found.key);
    if (cached) {
      found.cached = cached;
      return found;
    }
  }
  found.bytes = Buffer.from(bytes); // kept for parsing: out of the shared buffer
  return found;
}

function planLibrary(options: LoadOptions): Plan {
  const cwd = options.cwd ?? process.cwd();
  const base = { problems: [] as Problem[], ...cacheFor(options) };
  const facts = source(join(builtinBankDir(), FACTS_FILE), cwd, true, 'facts', base);
  const builtinPaths = options.builtin === false ? [] : collectBankPaths([builtinBankDir()], base.problems, cwd);
  const userPaths = options.userDir ? collectBankPaths([options.userDir], base.problems, cwd, { optional: true }) : [];
  const extraPaths = collectBankPaths(options.paths ?? [], base.problems, cwd);
  const builtin = new Set(builtinPaths);
  const paths = [...new Set([...builtinPaths, ...userPaths, ...extraPaths])];
  return { ...base, facts, banks: paths.map((path) => source(path, cwd, builtin.has(path), 'bank', base)) };
}

const needsParser = (plan: Plan) => [plan.facts, ...plan.banks].some((s) => s.bytes !== undefined);

function parsedFacts(plan: Plan, parser: Parser | undefined): Fact[] | undefined {
  const { facts: s } = plan;
  let parsed: ParsedFacts;
  if (s.cached) parsed = toParsedFacts(s.cached, s.display);
  else {
    const text = s.bytes && decodeBankText(s.bytes, s.display, plan.problems);
    if (text === undefined) return undefined;
    parsed = parser!.parseFacts(text, s.display);
    if (s.key) plan.cache.set(s.key, factsEntry(parsed));
  }
  plan.problems.push(...parsed.problems);
  return parsed.problems.length > 0 ? undefined : parsed.facts;
}

function parsedBank(s: Source, plan: Plan, parser: Parser | undefined): ParsedBank {
  if (s.cached) return toParsedBank(s.cached, s.display);
  const text = s.bytes && decodeBankText(s.bytes, s.display, plan.problems);
  if (text === undefined) return { locations: [], problems: [] };
  const parsed = parser!.parseBank(text, s.display);
  if (s.key) plan.cache.set(s.key, bankEntry(parsed));
  return parsed;
}

/** Problem texts come from the files: they are printed, so they are cleaned like question text. */
const cleanProblem = (p: Problem): Problem => ({ ...p, file: sanitizeText(p.file), message: sanitizeText(p.message) });

function finishLibrary(plan: Plan, parser: Parser | undefined): Library {
  const { problems } = plan;
  const facts = parsedFacts(plan, parser);
  const parsed: ParsedBank[] = plan.banks.map((s) => {
    const result = parsedBank(s, plan, parser);
    problems.push(...result.problems);
    return { ...result, bank: result.bank ?? { path: s.display, title: '', questions: [] } };
  });
  problems.push(...checkAcrossBanks(parsed, facts));
  const clean = problems.map(cleanProblem).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  const banks = parsed.map((p, i) => summarize(p.bank!, clean, plan.banks[i]!.builtin));
  return { questions: parsed.flatMap((p) => p.bank?.questions ?? []), facts: facts ?? [], banks, problems: clean };
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

function summarize(bank: BankFile, problems: Problem[], builtin: boolean): BankSummary {
  return {
    path: bank.path,
    ...(bank.title ? { title: bank.title } : {}),
    questions: bank.questions.length,
    problems: problems.filter((p) => p.file === bank.path).length,
    builtin,
  };
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function fileProblem(file: string, rule: string, message: string): Problem {
  return { file, line: 1, col: 1, rule, message: `this path ${message}` };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'EISDIR') return 'is a folder, expected a YAML file';
  if (code === 'ELOOP') return 'is a symbolic link loop';
  return `cannot be read (${code ?? 'unknown error'})`;
}
