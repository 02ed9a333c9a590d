import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkAcrossBanks } from '../core/bank/check.js';
import { parseBank, parseFacts, type ParsedBank } from '../core/bank/parse.js';
import type { BankFile, Fact, Problem, Question } from '../core/bank/types.js';
import { builtinBankDir } from './paths.js';

/** Banks larger than this are refused before parsing: no real bank comes close. */
export const MAX_BANK_BYTES = 8 * 1024 * 1024;
const FACTS_FILE = 'facts.yaml';

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
}

const isBankFile = (name: string) => /\.ya?ml$/i.test(name) && name !== FACTS_FILE;

/** Expands folders into their bank files; a missing path is a problem, not an exception. */
export function collectBankPaths(paths: readonly string[], problems: Problem[], cwd = process.cwd(), { optional = false } = {}): string[] {
  const files: string[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
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
    const bytes = readFileSync(path);
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
  } catch (error) {
    problems.push(fileProblem(display, 'unreadable', describeFsError(error)));
    return undefined;
  }
}

/** The fact catalogue, or undefined when it cannot be read (fact ids are then not checked). */
export function loadFacts(problems: Problem[], cwd = process.cwd()): Fact[] | undefined {
  const path = join(builtinBankDir(), FACTS_FILE);
  const display = displayPath(path, cwd);
  const text = readBankText(path, display, problems);
  if (text === undefined) return undefined;
  const parsed = parseFacts(text, display);
  problems.push(...parsed.problems);
  return parsed.problems.length > 0 ? undefined : parsed.facts;
}

/** Loads the built-in banks, the user's bank folder and any extra paths, checking all of them together. */
export function loadLibrary(options: LoadOptions = {}): Library {
  const cwd = options.cwd ?? process.cwd();
  const problems: Problem[] = [];
  const facts = loadFacts(problems, cwd);
  const builtinPaths = options.builtin === false ? [] : collectBankPaths([builtinBankDir()], problems, cwd);
  const userPaths = options.userDir ? collectBankPaths([options.userDir], problems, cwd, { optional: true }) : [];
  const extraPaths = collectBankPaths(options.paths ?? [], problems, cwd);
  const builtin = new Set(builtinPaths);
  const paths = [...new Set([...builtinPaths, ...userPaths, ...extraPaths])];
  const parsed: ParsedBank[] = paths.map((path) => {
    const display = displayPath(path, cwd);
    const text = readBankText(path, display, problems);
    const result = text === undefined ? { locations: [], problems: [] } : parseBank(text, display);
    problems.push(...result.problems);
    return { ...result, bank: result.bank ?? { path: display, title: '', questions: [] } };
  });
  problems.push(...checkAcrossBanks(parsed, facts));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  const banks = parsed.map((p, i) => summarize(p.bank!, problems, builtin.has(paths[i]!)));
  return { questions: parsed.flatMap((p) => p.bank?.questions ?? []), facts: facts ?? [], banks, problems };
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
