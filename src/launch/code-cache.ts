import { closeSync, fstatSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { replaceFile } from '../store/files.js';

/** The script's first line names it: `// clf-trainer script <hash of the rest>`. */
const HEADER = /^\/\/ clf-trainer script ([0-9a-f]+)\n/;

/** The program's entry, as the script hands it over. */
export type Main = (argv: readonly string[]) => Promise<number>;

/** A script bundle ready to run; `Export` is what it hands over (the program's entry, or the solver's functions). */
export interface CachedScript<Export = Main> {
  /** True when V8 took the cached code; false when there was none or it was stale or damaged (compiled from source). */
  fromCache: boolean;
  /** Runs the script and returns what it hands over. */
  load(): Promise<Export>;
  /** Stores the code compiled so far for the next start, unless it came from the cache. Never throws. */
  save(): void;
}

/**
 * Compiles the script bundle at `path` with the code cache kept for it in `folder` (one file per
 * script and start, named by the script's hash and the start: each start's first frame runs
 * different code). Returns undefined when there is no such script.
 * A cache that fails its check (damaged, or made for another script) or that V8 rejects (another
 * Node version) is ignored: the script compiles from source.
 */
export function compileCached<Export = Main>(path: string, folder: string, start?: string): CachedScript<Export> | undefined {
  const read = readScript(path, (id) => join(folder, start ? `${id}-${start}.bin` : `${id}.bin`));
  if (read === undefined) return undefined;
  const { source, id, file } = read;
  const cachedData = unseal(read.cache, id);
  const script = new Script(source, { filename: path, ...(cachedData ? { cachedData } : {}) });
  const fromCache = cachedData !== undefined && script.cachedDataRejected === false;
  return {
    fromCache,
    async load() {
      let handed: Export | undefined;
      const run = script.runInThisContext() as (require: NodeJS.Require, moduleUrl: string, exportMain: (m: Export) => void) => Promise<void>;
      await run(createRequire(path), pathToFileURL(path).href, (m) => (handed = m));
      if (!handed) throw new Error(`${path} handed nothing over`);
      return handed;
    },
    save() {
      if (!fromCache) store(folder, id, file, seal(script.createCachedData(), id));
    },
  };
}

/** How much of the script is read first, for its name; the header is far shorter. */
const HEADER_BYTES = 128;

/**
 * The script as text, its name, and the bytes of its cache file (`cacheFile(name)`), if any.
 * Both files are read through one buffer: the script's bytes are copied into a string, then the
 * same memory takes the cache. Memory touched for the first time is a large part of a start (each
 * page is faulted in), so this spares the pages of one file.
 */
function readScript(path: string, cacheFile: (id: string) => string): { source: string; id: string; file: string; cache: Buffer | undefined } | undefined {
  const script = openIfThere(path);
  if (script === undefined) return undefined;
  let cache: number | undefined;
  try {
    const scriptSize = sizeIfFile(script);
    const head = Buffer.alloc(HEADER_BYTES);
    const id = HEADER.exec(head.toString('latin1', 0, readFully(script, head, Math.min(HEADER_BYTES, scriptSize))))?.[1];
    if (id === undefined) return undefined;
    const file = cacheFile(id);
    cache = openIfThere(file);
    const cacheSize = cache === undefined ? 0 : sizeIfFile(cache);
    const buffer = Buffer.allocUnsafeSlow(Math.max(scriptSize, cacheSize));
    // The build writes the script in ASCII: read as Latin-1, it needs no UTF-8 decoding.
    const source = buffer.toString('latin1', 0, readFully(script, buffer, scriptSize));
    // Replaced while it was read: its cache may be another build's.
    if (HEADER.exec(source)?.[1] !== id) return undefined;
    return { source, id, file, cache: cacheSize > 0 ? buffer.subarray(0, readFully(cache!, buffer, cacheSize)) : undefined };
  } finally {
    closeSync(script);
    if (cache !== undefined) closeSync(cache);
  }
}

/** The size of an open regular file; 0 for anything else (a folder in a file's place). */
function sizeIfFile(fd: number): number {
  const stat = fstatSync(fd);
  return stat.isFile() ? stat.size : 0;
}

function openIfThere(path: string): number | undefined {
  try {
    return openSync(path, 'r');
  } catch {
    return undefined;
  }
}

/** Reads up to `size` bytes from the start of the file; returns how many there were. */
function readFully(fd: number, buffer: Buffer, size: number): number {
  let at = 0;
  for (let n = -1; at < size && n !== 0; at += n) n = readSync(fd, buffer, at, size - at, at);
  return at;
}

/*
 * A cache file is a seal, then the cached code. V8 checks the code's version, flags and length but
 * not its integrity. The file is written whole under another name, flushed, then renamed over the
 * old one (`replaceFile`), so a start never reads one partly written. The seal binds the code to
 * its script's name and length and covers its first and last 256 bytes (V8's header among them)
 * and 8 bytes of every 16 kB between, so a cache made for another script, cut short or damaged
 * there is ignored. It does not cover every byte: zlib's CRC-32 loads Node's stream modules
 * (about 2 ms of each start), and a JavaScript loop over the whole code in a fresh process takes
 * longer still.
 * The seal is padded to 8 bytes, so the code after it lies pointer-aligned in the buffer the
 * file is read into: V8 copies cached code that is not aligned before reading it.
 */
const SEAL_BYTES = 8;

/** Bytes of the code the seal covers at its start and end, and how many of every stride between. */
const SEALED_ENDS = 256;
const SEALED_SPAN = 8;
const SEALED_STRIDE = 16 * 1024;

/** FNV-1a over the script's name, the code's length and the sealed parts of the code (the multiply spelt as shifts: Math.imul is slow in code run once). */
function sealOf(code: Uint8Array, id: string): number {
  let hash = 0x811c9dc5 ^ code.length;
  const mix = (byte: number) => (hash = ((hash ^ byte) + (hash << 1) + (hash << 4) + (hash << 7) + (hash << 8) + (hash << 24)) | 0);
  for (let i = 0; i < id.length; i++) mix(id.charCodeAt(i));
  for (const [from, to] of sealedParts(code.length)) for (let i = from; i < to; i++) mix(code[i]!);
  return hash;
}

/** The [from, to) ranges of a code of `length` bytes that its seal covers, in order, without overlap. */
export function sealedParts(length: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [[0, Math.min(SEALED_ENDS, length)]];
  const tail = Math.max(SEALED_ENDS, length - SEALED_ENDS);
  for (let at = SEALED_STRIDE; at + SEALED_SPAN <= tail; at += SEALED_STRIDE) parts.push([at, at + SEALED_SPAN]);
  if (tail < length) parts.push([tail, length]);
  return parts;
}

function seal(code: Buffer, id: string): Buffer {
  const sealed = Buffer.alloc(SEAL_BYTES);
  sealed.writeInt32LE(sealOf(code, id));
  return Buffer.concat([sealed, code]);
}

function unseal(file: Buffer | undefined, id: string): Buffer | undefined {
  if (!file || file.length <= SEAL_BYTES) return undefined;
  const code = file.subarray(SEAL_BYTES);
  return file.readInt32LE(0) === sealOf(code, id) ? code : undefined;
}

/** Builds whose caches are kept: this script's and those of the latest other ones (two installed versions sharing a data folder each keep theirs). */
const KEPT = 3;

/** The build a cache file belongs to: its name up to the start's name. */
const buildOf = (name: string) => name.replace(/[-.].*$/, '');

/** Writes the cache atomically (0600) and removes the caches of older builds. */
function store(folder: string, id: string, file: string, data: Buffer): void {
  try {
    replaceFile(file, data);
    const newest = new Map<string, number>();
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.bin') && buildOf(n) !== id)) {
      const modified = statSync(join(folder, name)).mtimeMs;
      newest.set(buildOf(name), Math.max(newest.get(buildOf(name)) ?? 0, modified));
    }
    const kept = new Set([...newest].sort((a, b) => b[1] - a[1]).slice(0, KEPT - 1).map(([build]) => build));
    for (const name of readdirSync(folder)) if (name.endsWith('.bin') && buildOf(name) !== id && !kept.has(buildOf(name))) rmSync(join(folder, name), { force: true });
  } catch {
    // The cache only saves time: a folder that cannot take it changes nothing else.
  }
}
