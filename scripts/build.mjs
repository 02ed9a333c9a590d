#!/usr/bin/env node
// Builds the single esbuild bundle that bin/clf-trainer.js runs (dist/cli.js plus lazily
// loaded chunks), and with --schema regenerates questions/schema.json from the zod schema.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// react-reconciler and a few other dependencies are CommonJS: give the ESM bundle a require().
const banner = "import { createRequire as __clfCreateRequire } from 'node:module'; const require = __clfCreateRequire(import.meta.url);";

export async function bundle() {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    metafile: true,
    entryPoints: { cli: 'src/cli.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"', __CLF_TRAINER_VERSION__: JSON.stringify(pkg.version) },
    alias: { 'react-devtools-core': './scripts/stubs/react-devtools-core.js' },
    banner: { js: banner },
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Kept so a test can prove which commands load Ink and which do not.
  writeFileSync(join(root, 'dist', 'meta.json'), JSON.stringify(result.metafile));
}

/** Writes questions/schema.json and questions/facts.schema.json from the zod schemas. */
export async function writeSchemas() {
  const tmp = join(root, 'dist', '.schema');
  mkdirSync(tmp, { recursive: true });
  const out = join(tmp, 'json-schema.mjs');
  await build({ absWorkingDir: root, entryPoints: ['src/core/bank/json-schema.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  const { bankJsonSchema, factsJsonSchema } = await import(pathToFileURL(out).href);
  writeFileSync(join(root, 'questions', 'schema.json'), bankJsonSchema());
  writeFileSync(join(root, 'questions', 'facts.schema.json'), factsJsonSchema());
  rmSync(tmp, { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundle();
  if (process.argv.includes('--schema')) await writeSchemas();
}
