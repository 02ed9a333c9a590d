#!/usr/bin/env node
// Measures the "which service?" solver on written rounds of test items (scripts/solver/rounds.ts),
// or with --bank on the trainer's own question bank (scripts/solver/bank-round.ts).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(join(os.tmpdir(), 'clf-solver-rounds-'));
const out = join(tmp, 'rounds.mjs');
const banner = "import { createRequire as __clfCreateRequire } from 'node:module'; const require = __clfCreateRequire(import.meta.url);";
try {
  await build({ absWorkingDir: root, entryPoints: [process.argv.includes('--bank') ? 'scripts/solver/bank-round.ts' : 'scripts/solver/rounds.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', banner: { js: banner }, logLevel: 'warning' });
  await import(pathToFileURL(out).href);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
