import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLibrary, type LoadOptions } from '../../src/store/bank-files.js';
import { ROOT } from '../e2e/terminal.js';

const VALID = join(ROOT, 'test', 'fixtures', 'valid-bank.yaml');
const MALFORMED = join(ROOT, 'test', 'fixtures', 'malformed');

let dir: string;
let cacheDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clf-cache-'));
  cacheDir = join(dir, 'cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fresh = (options: LoadOptions) => loadLibrary({ ...options, cache: false });
const cached = (options: LoadOptions, loaderId = 'test-loader') => loadLibrary({ ...options, cacheDir, loaderId });
const entries = () => readdirSync(join(cacheDir, 'banks')).sort();
/** The cache file holding the bank (not the fact catalogue, which is cached too). */
const bankEntryPath = () => entries().map((name) => join(cacheDir, 'banks', name)).find((path) => readFileSync(path, 'utf8').includes('"kind":"bank"'))!;

describe('the parsed-bank cache', () => {
  it('gives exactly what a fresh parse gives, problems with their line and column included', async () => {
    const options = { paths: [VALID, MALFORMED], builtin: false, cwd: ROOT };
    const expected = await fresh(options);
    expect(expected.problems.length).toBeGreaterThan(10);
    const first = await cached(options);
    expect(entries().length).toBeGreaterThan(10);
    const second = await cached(options);
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
  });

  it('is read: an entry under a file’s key is what the loader returns', async () => {
    const bank = join(dir, 'bank.yaml');
    cpSync(VALID, bank);
    await cached({ paths: [bank], builtin: false });
    const path = bankEntryPath();
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"title":"[^"]*"/, '"title":"from the cache"'));
    expect((await cached({ paths: [bank], builtin: false })).banks[0]?.title).toBe('from the cache');
    // …and only by the loader that wrote it: another version of the rules parses again.
    expect((await cached({ paths: [bank], builtin: false }, 'another-loader')).banks[0]?.title).not.toBe('from the cache');
  });

  it('re-checks a bank as soon as its text changes, reporting the new problem at its exact line and column', async () => {
    const bank = join(dir, 'bank.yaml');
    const text = readFileSync(VALID, 'utf8');
    writeFileSync(bank, text);
    expect((await cached({ paths: [bank], builtin: false })).problems).toEqual([]);
    const broken = text.replace(/^(\s+)type: single$/m, '$1type: sinlge');
    expect(broken).not.toBe(text);
    writeFileSync(bank, broken);
    const problems = (await cached({ paths: [bank], builtin: false })).problems;
    const expected = (await fresh({ paths: [bank], builtin: false })).problems;
    expect(expected.length).toBeGreaterThan(0);
    expect(problems).toEqual(expected);
    const line = broken.split('\n').findIndex((l) => l.includes('sinlge')) + 1;
    expect(problems[0]).toMatchObject({ line, col: broken.split('\n')[line - 1]!.indexOf('sinlge') + 1 });
  });

  it('ignores a damaged entry, parses the bank again and rewrites the entry', async () => {
    const bank = join(dir, 'bank.yaml');
    cpSync(VALID, bank);
    const expected = await fresh({ paths: [bank], builtin: false });
    await cached({ paths: [bank], builtin: false });
    const path = bankEntryPath();
    const good = readFileSync(path, 'utf8');
    for (const damage of [good.slice(0, good.length / 2), '{"kind":"bank","problems":[],"title":"x","questions":[1],"locations":[]', '[]', '\u0000\u0000']) {
      writeFileSync(path, damage);
      expect(await cached({ paths: [bank], builtin: false })).toEqual(expected);
      expect(readFileSync(path, 'utf8')).toBe(good);
    }
  });

  it('stores the questions’ text compressed, and reads it back only when a question’s text is used', async () => {
    const bank = join(dir, 'bank.yaml');
    cpSync(VALID, bank);
    const expected = await fresh({ paths: [bank], builtin: false });
    await cached({ paths: [bank], builtin: false });
    const stored = readFileSync(bankEntryPath(), 'utf8');
    const [question] = expected.questions;
    expect(stored).toContain(JSON.stringify(question!.id));
    expect(stored).not.toContain(question!.stem.slice(0, 40));
    const { questions } = await cached({ paths: [bank], builtin: false });
    expect(Object.getOwnPropertyDescriptor(questions[0], 'stem')?.get).toBeTypeOf('function');
    // The entry removed (another trainer pruned the cache): the questions keep their text.
    rmSync(join(cacheDir, 'banks'), { recursive: true });
    expect(questions).toEqual(expected.questions);
  });

  it('keeps its entries readable by the user only', async () => {
    await cached({ paths: [VALID], builtin: false });
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(cacheDir, 'banks')).mode & 0o777).toBe(0o700);
    for (const name of entries()) expect(statSync(join(cacheDir, 'banks', name)).mode & 0o777).toBe(0o600);
  });

  it('is not needed: a read-only or missing cache folder only means parsing again', async () => {
    writeFileSync(join(dir, 'not-a-folder'), '');
    const library = await loadLibrary({ paths: [VALID], builtin: false, cacheDir: join(dir, 'not-a-folder'), loaderId: 'test-loader' });
    expect(library).toEqual(await fresh({ paths: [VALID], builtin: false }));
  });

  it('is off when running from source without a loader id (nothing written)', async () => {
    mkdirSync(cacheDir);
    await loadLibrary({ paths: [VALID], builtin: false, cacheDir });
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});
