import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a small TypeScript program (which may import the project's sources) so tests can run
 * several copies of it as separate processes, e.g. to make two writers race for real.
 */
export async function childScript(source: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'clf-child-'));
  const entry = join(dir, 'child.ts');
  writeFileSync(entry, source);
  const out = join(dir, 'child.mjs');
  await build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', logLevel: 'silent' });
  return out;
}

/** Runs `copies` processes of the script at once; resolves with their exit codes. */
export function runCopies(script: string, copies: number, args: (index: number) => string[]): Promise<(number | null)[]> {
  return Promise.all(
    Array.from({ length: copies }, (_, i) => new Promise<number | null>((resolve) => spawn(process.execPath, [script, ...args(i)], { stdio: 'inherit' }).on('exit', resolve))),
  );
}
