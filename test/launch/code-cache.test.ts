import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileCached, sealedParts } from '../../src/launch/code-cache.js';

let dir: string;
let cache: string;

/** A script bundle in the shape the build writes: a header naming it, then `(require, moduleUrl, exportMain) => Promise`. */
function writeScript(id: string, answer: number, padding = ''): string {
  const path = join(dir, `script-${id}.js`);
  writeFileSync(path, `// clf-trainer script ${id}\n(async function (require, __clfModuleUrl, __clfExportMain) {\nconst { basename } = require('node:path');${padding}\n__clfExportMain(async (argv) => argv.length + ${answer} + basename(__clfModuleUrl).length * 0);\n})`);
  return path;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clf-code-cache-'));
  cache = join(dir, 'cache', 'code');
});

afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

describe('the code cache of the script bundle', () => {
  it('compiles from source the first time, stores the cache (0600, no temporary file left) and uses it the next time', async () => {
    const path = writeScript('aa11', 40);
    const first = compileCached(path, cache)!;
    expect(first.fromCache).toBe(false);
    expect(await (await first.load())(['x', 'y'])).toBe(42);
    first.save();
    expect(readdirSync(cache)).toEqual(['aa11.bin']);
    expect(statSync(join(cache, 'aa11.bin')).mode & 0o777).toBe(0o600);

    const second = compileCached(path, cache)!;
    expect(second.fromCache).toBe(true);
    expect(await (await second.load())([])).toBe(40);
  });

  it('rejects a cache made for other code under the same name, runs from source and replaces it', async () => {
    const other = compileCached(writeScript('bb22', 1), cache)!;
    other.save();
    const path = writeScript('cc33', 7);
    writeFileSync(join(cache, 'cc33.bin'), readFileSync(join(cache, 'bb22.bin')));
    const loaded = compileCached(path, cache)!;
    expect(loaded.fromCache).toBe(false);
    expect(await (await loaded.load())([])).toBe(7);
    loaded.save();
    expect(compileCached(path, cache)!.fromCache).toBe(true);
  });

  it('never crashes on a damaged cache file: the script runs from source', async () => {
    const path = writeScript('dd44', 3);
    compileCached(path, cache)!.save();
    const file = join(cache, 'dd44.bin');
    const damaged = readFileSync(file);
    damaged.fill(0x5a, 16, 256);
    for (const bytes of [damaged, damaged.subarray(0, 20), damaged.subarray(0, damaged.length - 1), Buffer.alloc(0), Buffer.from('not a cache')]) {
      writeFileSync(file, bytes);
      const loaded = compileCached(path, cache)!;
      expect(loaded.fromCache).toBe(false);
      expect(await (await loaded.load())(['a'])).toBe(4);
    }
  });

  it('ignores a cache with a byte changed in any part its seal covers, runs from source and stores it again', async () => {
    // Enough functions run for a cache of several strides of the seal.
    const body = Array.from({ length: 400 }, (_, i) => `function f${i}(x) { return x.map((y) => y * ${i} + '${'v'.repeat(i % 7)}').join(); } f${i}([1, 2]);`).join('\n');
    const path = writeScript('fa66', 9, `\n${body}`);
    compileCached(path, cache)!.save();
    const file = join(cache, 'fa66.bin');
    const stored = readFileSync(file);
    const parts = sealedParts(stored.length - 8);
    expect(parts.length).toBeGreaterThan(3);
    for (const at of parts.flatMap(([from, to]) => [from, to - 1]).map((at) => at + 8)) {
      const damaged = Buffer.from(stored);
      damaged[at]! ^= 0x10;
      writeFileSync(file, damaged);
      const loaded = compileCached(path, cache)!;
      expect(loaded.fromCache, `byte ${at}`).toBe(false);
      expect(await (await loaded.load())([])).toBe(9);
      loaded.save();
      expect(readFileSync(file).equals(damaged), `byte ${at}`).toBe(false);
    }
    expect(compileCached(path, cache)!.fromCache).toBe(true);
  });

  it('seals the start and end of the code and evenly spaced bytes between, in order and without overlap', () => {
    for (const length of [0, 1, 255, 512, 513, 16 * 1024 + 300, 100_000, 501_428]) {
      const parts = sealedParts(length);
      expect(parts[0]).toEqual([0, Math.min(256, length)]);
      if (length > 512) expect(parts.at(-1)).toEqual([length - 256, length]);
      for (let i = 1; i < parts.length; i++) expect(parts[i]![0]).toBeGreaterThanOrEqual(parts[i - 1]![1]);
      expect(parts.every(([from, to]) => from < to || length === 0)).toBe(true);
      const gaps = parts.slice(1).map(([from], i) => from - parts[i]![1]);
      expect(Math.max(0, ...gaps)).toBeLessThan(16 * 1024);
    }
  });

  it('stores the cached code at a pointer-aligned offset of the file, which V8 then reads in place', () => {
    const path = writeScript('ee55', 2);
    compileCached(path, cache)!.save();
    const file = readFileSync(join(cache, 'ee55.bin'));
    const source = readFileSync(path, 'latin1');
    // Each compiled under its own name, so that V8 does not take the one compiled above from memory.
    const codeAt = [...Array(16).keys()].filter((at) => !new Script(source, { filename: `${path}?at=${at}`, cachedData: file.subarray(at) }).cachedDataRejected);
    expect(codeAt).toEqual([8]);
  });

  it('keeps the caches of the two latest other builds and removes older ones when it stores a new one', () => {
    const ids = ['e1', 'e2', 'e3', 'e4'];
    ids.forEach((id, i) => {
      compileCached(writeScript(id, 0), cache)!.save();
      utimesSync(join(cache, `${id}.bin`), 1_000_000 + i, 1_000_000 + i);
    });
    expect(readdirSync(cache).sort()).toEqual(['e2.bin', 'e3.bin', 'e4.bin']);
  });

  it('keeps one cache per start of the same script, each used by its own start only', async () => {
    const path = writeScript('f1', 2);
    compileCached(path, cache, 'home')!.save();
    expect(compileCached(path, cache, 'study')!.fromCache).toBe(false);
    compileCached(path, cache, 'study')!.save();
    expect(readdirSync(cache).sort()).toEqual(['f1-home.bin', 'f1-study.bin']);
    for (const start of ['home', 'study']) {
      const loaded = compileCached(path, cache, start)!;
      expect(loaded.fromCache).toBe(true);
      expect(await (await loaded.load())([])).toBe(2);
    }
  });

  it('counts the caches of every start of a build as that build\'s when it removes older builds', () => {
    ['c1', 'c2', 'c3', 'c4'].forEach((id, i) => {
      for (const start of ['home', 'study']) {
        compileCached(writeScript(id, 0), cache, start)!.save();
        utimesSync(join(cache, `${id}-${start}.bin`), 1_000_000 + i, 1_000_000 + i);
      }
    });
    expect(readdirSync(cache).sort()).toEqual(['c2-home.bin', 'c2-study.bin', 'c3-home.bin', 'c3-study.bin', 'c4-home.bin', 'c4-study.bin']);
  });

  it('carries on when the cache cannot be written', async () => {
    const path = writeScript('ab12', 5);
    chmodSync(dir, 0o500);
    const loaded = compileCached(path, cache)!;
    expect(() => loaded.save()).not.toThrow();
    expect(await (await loaded.load())([])).toBe(5);
  });

  it('reads a script and its cache whichever of the two is larger', async () => {
    // Both files go through one buffer: a cache larger than its script, then one smaller.
    for (const [id, padding] of [['9a01', ''], ['9a02', `\n/*${' '.repeat(200_000)}*/`]] as const) {
      const path = writeScript(id, 6, padding);
      compileCached(path, cache)!.save();
      const scriptBytes = statSync(path).size;
      const cacheBytes = statSync(join(cache, `${id}.bin`)).size;
      expect(padding ? cacheBytes < scriptBytes : cacheBytes > scriptBytes).toBe(true);
      const loaded = compileCached(path, cache)!;
      expect(loaded.fromCache).toBe(true);
      expect(await (await loaded.load())(['a', 'b'])).toBe(8);
    }
  });

  it('compiles from source when a folder stands where the cache should be', async () => {
    const path = writeScript('9b01', 1);
    mkdirSync(join(cache, '9b01.bin'), { recursive: true });
    const loaded = compileCached(path, cache)!;
    expect(loaded.fromCache).toBe(false);
    expect(await (await loaded.load())([])).toBe(1);
  });

  it('has nothing to offer when the script is missing or carries no name', () => {
    expect(compileCached(dir, cache)).toBeUndefined();
    expect(compileCached(join(dir, 'missing.js'), cache)).toBeUndefined();
    const unnamed = join(dir, 'unnamed.js');
    writeFileSync(unnamed, '(async function () {})');
    expect(compileCached(unnamed, cache)).toBeUndefined();
  });
});
