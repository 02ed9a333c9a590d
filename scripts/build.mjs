#!/usr/bin/env node
// Builds what bin/clf-trainer.js runs: the esbuild bundle (dist/launch.js and dist/cli.js plus
// lazily loaded chunks), the same program as one script for the commands that open a screen
// (dist/cli-script.js, compiled through V8's code cache), the solver as one such script for `solve`
// (dist/solver-script.js), dist/builtin-banks.json (the built-in
// banks, parsed and checked), and with --schema regenerates questions/schema.json from the zod schema.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { builtinModules } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { factsTableSource, factsTableText } from './solver/facts-table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// react-reconciler and a few other dependencies are CommonJS: give the ESM bundle a require().
const banner = "import { createRequire as __clfCreateRequire } from 'node:module'; const require = __clfCreateRequire(import.meta.url);";

/** How the trainer is bundled; the bench bundles its bare Ink app the same way. */
export const recipe = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Nothing here uses the network. Without fetch, Ink's layout engine decodes its inline
  // WebAssembly directly instead of fetching it from a data: URL, which loads Node's HTTP client.
  define: { 'process.env.NODE_ENV': '"production"', fetch: 'undefined' },
  alias: { 'react-devtools-core': './scripts/stubs/react-devtools-core.js' },
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * Identifies the bank loader: a hash of the code that parses and checks banks and of the
 * versions of the YAML and schema libraries. Parsed banks are cached under it, so any change
 * to the rules re-checks every bank.
 */
export function loaderId() {
  return codeId(['src/core/bank', 'src/core/topics.ts', 'src/store/bank-cache.ts'], ['yaml', 'zod']);
}

/** Identifies the review-history fold (scheduler, records, snapshot format): snapshots are kept under it. */
export function historyId() {
  return codeId(['src/core/srs', 'src/core/progress', 'src/store/history-snapshot.ts'], ['ts-fsrs']);
}

function codeId(paths, deps) {
  const hash = createHash('sha1');
  const files = paths.flatMap((path) => (path.endsWith('.ts') ? [path] : readdirSync(join(root, path)).map((name) => `${path}/${name}`))).sort();
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(root, file)));
  for (const dep of deps) hash.update(`${dep}@${JSON.parse(readFileSync(join(root, 'node_modules', dep, 'package.json'), 'utf8')).version}`);
  return hash.digest('hex').slice(0, 16);
}

/** Parses the built-in banks once, at build time, with the loader just built. */
async function compileBanks(loader) {
  const tmp = join(root, 'dist', '.compile');
  mkdirSync(tmp, { recursive: true });
  const out = join(tmp, 'compile-banks.mjs');
  await build({ absWorkingDir: root, entryPoints: ['src/store/compile-banks.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', banner: { js: banner }, logLevel: 'warning' });
  const { compileBuiltinBanks } = await import(pathToFileURL(out).href);
  writeFileSync(join(root, 'dist', 'builtin-banks.json'), compileBuiltinBanks(join(root, 'questions'), loader));
  rmSync(tmp, { recursive: true, force: true });
}

/** What each built-in solver pattern (concepts' and service names') needs (src/core/solver/required.ts) and each term's stems (stems.ts), worked out once here and shipped as text. */
async function solverTable() {
  const tmp = join(root, 'dist', '.solver-table');
  const out = join(tmp, 'table.mjs');
  await build({ absWorkingDir: root, stdin: { contents: "import { CONCEPTS } from './src/core/solver/concepts.ts'; import { AREAS } from './src/core/solver/areas.ts'; import { NAME_PATTERNS } from './src/core/solver/options.ts'; import { requiredTable } from './src/core/solver/required.ts'; import { termTable } from './src/core/solver/stems.ts'; export const table = requiredTable([...CONCEPTS.flatMap((c) => c.patterns), ...NAME_PATTERNS.map(([source]) => source)]); export const terms = termTable([...CONCEPTS.flatMap((c) => c.terms ?? []), ...AREAS.flatMap((a) => [...a.names, ...a.needs, ...(a.hard ?? [])])]);", resolveDir: root, loader: 'ts' }, outfile: out, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  try {
    const { table, terms } = await import(pathToFileURL(out).href);
    return { required: table, terms };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Trains the solver's clause model on the project's labelled clauses and written scenarios, and
 * writes src/core/solver/clause-model.json when the training gives a different model.
 */
export async function trainSolverModel() {
  const tmp = join(root, 'dist', '.solver-train');
  const out = join(tmp, 'train.mjs');
  await build({ absWorkingDir: root, entryPoints: ['scripts/solver/train.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', banner: { js: banner }, logLevel: 'warning' });
  try {
    const json = (await import(pathToFileURL(out).href)).modelJson(root);
    const file = join(root, 'src', 'core', 'solver', 'clause-model.json');
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== json) writeFileSync(file, json);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Writes src/core/solver/facts-table.ts, the statements the solver reads options against, when the facts changed. */
function writeFactsTable() {
  const file = join(root, 'src', 'core', 'solver', 'facts-table.ts');
  const text = factsTableSource(root);
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== text) writeFileSync(file, text);
}

export async function bundle() {
  writeFactsTable();
  await trainSolverModel();
  const loader = loaderId();
  const { required, terms } = await solverTable();
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const define = { ...recipe.define, __CLF_TRAINER_VERSION__: JSON.stringify(pkg.version), __CLF_TRAINER_LOADER__: JSON.stringify(loader), __CLF_TRAINER_HISTORY__: JSON.stringify(historyId()) };
  // The solver's tables as text (JSON; lines for the terms), which loads faster than the same tables as object literals.
  const tables = writeSolverTables({ __CLF_SOLVER_REQUIRED__: ['required.json', JSON.stringify(required)], __CLF_SOLVER_TERMS__: ['terms.txt', terms] });
  const plugins = [stringWidthShim, lazyGraphemeSegmenters];
  const result = await build({
    ...recipe,
    // The split build's solver modules are in dist/chunks/.
    plugins: [launcherInOneChunk(join(root, 'src', 'launch.ts')), ...solverTablePlugins(tables, `../${SOLVER_TABLES}/`), ...plugins],
    metafile: true,
    entryPoints: { launch: 'src/launch.ts', cli: 'src/cli.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    define,
  });
  for (const output of Object.keys(result.metafile.outputs).filter((path) => path.endsWith('.js'))) {
    const file = join(root, output);
    writeFileSync(file, builtinsThroughRequire(readFileSync(file, 'utf8')));
  }
  // Kept so a test can prove which commands load Ink and which do not.
  writeFileSync(join(root, 'dist', 'meta.json'), JSON.stringify(result.metafile));
  // `solve` as CommonJS, for bin/ to start it without Node's ES module loader.
  await commonJsEntry('src/cli.ts', SOLVE_ENTRY, ['src/commands/solve.ts'], result.metafile, define, plugins);
  // The whole program, for the commands that open a screen.
  const scriptPlugins = [...solverTablePlugins(tables, `./${SOLVER_TABLES}/`), ...plugins];
  await cachedScript("import { main } from './src/cli.ts'; __clfExportMain(main);", 'cli-script.js', define, scriptPlugins);
  // What `solve` runs: the solver and its formatting.
  await cachedScript(
    "import { solve } from './src/core/solver/solve.ts'; import { formatSolution, solutionJson } from './src/core/solver/format.ts'; __clfExportMain({ solve, formatSolution, solutionJson });",
    'solver-script.js',
    define,
    scriptPlugins,
  );
  await compileBanks(loader);
}

/** The CommonJS entry bin/clf-trainer.js runs `solve` through, in dist/. */
const SOLVE_ENTRY = 'chunks/solve.cjs';

/**
 * Writes `entry` bundled as CommonJS to dist/`name`. A start through an ES module loads Node's ES
 * module loader (its own modules: about a tenth more CPU than Node's bare start); CommonJS does without it.
 * The lazily imported modules in `inline` are bundled in; every other one stays the split build's
 * chunk for it (`metafile`), imported, with the ES module loader, only if a command reaches it.
 */
async function commonJsEntry(entry, name, inline, metafile, define, plugins) {
  const outfile = join(root, 'dist', name);
  const chunkOf = new Map(
    Object.entries(metafile.outputs)
      .filter(([, output]) => output.entryPoint)
      .map(([output, { entryPoint }]) => [entryPoint.replace(/^lazy-entry:/, ''), `./${relative(dirname(outfile), join(root, output)).replaceAll('\\', '/')}`]),
  );
  const splitChunks = {
    name: 'split-chunks-for-lazy-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === LAZY) return undefined;
        const target = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: LAZY });
        const module = relative(root, target.path).replaceAll('\\', '/');
        if (target.errors.length > 0 || inline.includes(module) || !chunkOf.has(module)) return target;
        return { path: chunkOf.get(module), external: true };
      });
    },
  };
  const { banner: _, ...plain } = recipe;
  await build({
    ...plain,
    format: 'cjs',
    entryPoints: [entry],
    outfile,
    banner: { js: 'const __clfModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { ...define, 'import.meta.url': '__clfModuleUrl' },
    plugins: [splitChunks, ...plugins],
  });
  writeFileSync(outfile, builtinsWithoutCopies(readFileSync(outfile, 'utf8')));
}

/**
 * A CommonJS bundle's namespace imports of Node's own modules as the modules themselves, as the
 * split build has them (builtinsThroughRequire): esbuild's __toESM copies every export of the
 * module into a getter first (node:fs has over a hundred).
 */
function builtinsWithoutCopies(text) {
  return text.replace(/__toESM\((require\("node:[a-z0-9_/]+"\)), 1\)/g, '$1');
}

/** How the solver's bundles read the tables of dist/solver-tables/, from output files in `folder`'s parent. */
const solverTablePlugins = (tables, folder) => [factsTableFile(folder), solverTables(tables, folder), lazySolverJson(folder)];

/** The folder of dist/ that holds the solver's build-time tables. */
export const SOLVER_TABLES = 'solver-tables';

/** Writes each table (`name: [file, text]`) to dist/solver-tables/; returns each table's file by name. */
function writeSolverTables(tables) {
  mkdirSync(join(root, 'dist', SOLVER_TABLES), { recursive: true });
  return Object.fromEntries(
    Object.entries(tables).map(([name, [file, text]]) => {
      writeFileSync(join(root, 'dist', SOLVER_TABLES, file), text);
      return [name, file];
    }),
  );
}

const SOLVER_TABLE_SHIM = join(root, 'scripts', 'shims', 'solver-table.ts');

/** Code that reads a table of dist/solver-tables/ (undefined when it cannot be read); `folder` is its place from the output file. */
const readTableCode = (folder, file) => `__clfReadSolverTable(new URL(${JSON.stringify(folder + file)}, import.meta.url))`;
const importTableReader = `import { readSolverTable as __clfReadSolverTable } from ${JSON.stringify(SOLVER_TABLE_SHIM)};\n`;
/** Code that throws, for a table without which the solver cannot work. */
const missingTableCode = (file) => `(() => { throw new Error(${JSON.stringify(`the solver's ${file} is missing from dist/${SOLVER_TABLES}/: reinstall clf-trainer`)}); })()`;

/**
 * The solver's build-time tables, declared inside the solver modules that read them as functions
 * that read the table's file (`folder` is its place from the output file; undefined when it is
 * missing: the solver then works each entry out). Held in the script, the tables were read,
 * compiled and cached at every start of `solve` (180 kB of its 653 kB), and as `define` values
 * every command, even --version, would parse them.
 */
function solverTables(files, folder) {
  return {
    name: 'solver-tables',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]core[\\/]solver[\\/][^\\/]+\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        const declared = Object.entries(files)
          .filter(([name]) => text.includes(name))
          .map(([name, file]) => `const ${name} = () => ${readTableCode(folder, file)};\n`);
        if (declared.length === 0) return { contents: text, loader: 'ts' };
        return { contents: importTableReader + declared.join('') + text, loader: 'ts' };
      });
    },
  };
}

/**
 * The solver's JSON files (the clause model) as objects whose fields are built on first read, from
 * a copy of the file in dist/solver-tables/ (`folder` is its place from the output file). As plain
 * JSON modules they were literals built whenever the solver started, and part of every code cache,
 * though most questions never consult the model; held in the script inside a function, they were
 * not compiled but still read at every start (157 kB of the solver's script).
 */
function lazySolverJson(folder) {
  return {
    name: 'lazy-solver-json',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]core[\\/]solver[\\/][^\\/]+\.json$/ }, (args) => {
        const value = JSON.parse(readFileSync(args.path, 'utf8'));
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
        const file = basename(args.path);
        writeSolverTables({ [file]: [file, JSON.stringify(value)] });
        const fields = Object.keys(value).map((key) => `get ${JSON.stringify(key)}() { return value()[${JSON.stringify(key)}]; }`);
        const contents = `${importTableReader}let parsed;\nconst value = () => (parsed ??= JSON.parse(${readTableCode(folder, file)} ?? ${missingTableCode(file)}));\nexport default { ${fields.join(', ')} };\n`;
        return { contents, loader: 'js' };
      });
    },
  };
}

/**
 * The statements the solver reads options against (src/core/solver/facts-table.ts) from a copy in
 * dist/solver-tables/, read the first time a question needs them, rather than held in the script.
 */
function factsTableFile(folder) {
  return {
    name: 'facts-table-file',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]core[\\/]solver[\\/]facts-table\.ts$/ }, () => {
        writeSolverTables({ facts: ['facts.txt', factsTableText(root)] });
        return { contents: `${importTableReader}export const factsTable = () => ${readTableCode(folder, 'facts.txt')} ?? ${missingTableCode('facts.txt')};\n`, loader: 'js' };
      });
    },
  };
}

/**
 * Each lazily imported module of the split build, and each entry other than the launcher, is
 * entered through a module that re-exports it and imports the launcher's own modules (those
 * src/launch.ts imports), which every command reaches anyway. esbuild puts each module in a chunk
 * by the set of entries that reach it: with every entry reaching the launcher's modules, they all
 * land in one chunk, and a start loads that one file instead of a handful of small ones. The
 * launcher itself stays in dist/launch.js, where its `import.meta.url` finds the scripts beside it.
 */
function launcherInOneChunk(launcher) {
  const shared = [...readFileSync(launcher, 'utf8').matchAll(/^import (?!type )[^;]* from '(\.[^']+)\.js';$/gm)].map(([, path]) => `./${relative(root, join(dirname(launcher), `${path}.ts`)).replaceAll('\\', '/')}`);
  return {
    name: 'launcher-in-one-chunk',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if ((args.kind !== 'dynamic-import' && args.kind !== 'entry-point') || args.pluginData === LAZY) return undefined;
        const target = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: LAZY });
        if (target.errors.length > 0 || target.external || target.path === launcher) return target;
        // Named from the project's folder, so the build's output does not depend on where it lies.
        return { path: relative(root, target.path).replaceAll('\\', '/'), namespace: 'lazy-entry' };
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy-entry' }, (args) => ({
        contents: [`export * from ${JSON.stringify(`./${args.path}`)};`, ...shared.map((path) => `import ${JSON.stringify(path)};`)].join('\n'),
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
}

const LAZY = Symbol('lazy entry');

/**
 * A chunk's imports of Node's own modules as calls of the banner's require(). Imported, a built-in
 * gets an ES module facade that reads every export: about a millisecond for node:fs, on each
 * start that reads a file.
 */
function builtinsThroughRequire(text) {
  return text.replace(/^import (\{[^}]*\}|\* as \w+|\w+) from "(node:[a-z0-9_/]+)";$/gm, (_, what, name) => {
    const binding = what.startsWith('{') ? what.replace(/ as /g, ': ') : what.replace(/^\* as /, '');
    return `const ${binding} = require(${JSON.stringify(name)});`;
  });
}

/**
 * Every string-width (Ink's, and the older copy wrap-ansi keeps) behind the one-column fast path of
 * scripts/shims/string-width.ts. The real module is reached through require(), which esbuild turns
 * into starting that module on the first call that needs it rather than with the program.
 */
const stringWidthShim = {
  name: 'string-width-shim',
  setup(b) {
    const shim = join(root, 'scripts', 'shims', 'string-width.ts');
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'exact') return undefined;
      const exact = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'exact' });
      return exact.errors.length ? undefined : { path: relative(root, exact.path), namespace: 'string-width-shim' };
    });
    b.onLoad({ filter: /.*/, namespace: 'string-width-shim' }, (args) => ({
      contents: `import { withFastPath } from ${JSON.stringify(shim)};\nexport default withFastPath(() => require(${JSON.stringify(join(root, args.path))}).default);`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * The grapheme segmenters Ink's text code makes when its modules start (ansi-tokenize, slice-ansi),
 * as a segmenter behind the fast path of scripts/shims/graphemes.ts: the real one is made on the
 * first text that needs it. Where a module's line is not found (another version), it is left as
 * it is; test/build/graphemes.test.ts notices.
 */
export const EAGER_SEGMENTERS = [
  { file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/, line: 'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });', name: 'segmenter' },
  { file: /[\\/]slice-ansi[\\/]tokenize-ansi\.js$/, line: "const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});", name: 'GRAPHEME_SEGMENTER' },
];

const lazyGraphemeSegmenters = {
  name: 'lazy-grapheme-segmenters',
  setup(b) {
    const shim = join(root, 'scripts', 'shims', 'graphemes.ts');
    for (const { file, line, name } of EAGER_SEGMENTERS) {
      b.onLoad({ filter: file }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes(line)) return undefined;
        const lazy = `import { withFastPath as __graphemesFastPath } from ${JSON.stringify(shim)};\nconst ${name} = __graphemesFastPath(() => new Intl.Segmenter(undefined, { granularity: "grapheme" }));`;
        return { contents: text.replace(line, lazy), loader: 'js', resolveDir: dirname(args.path) };
      });
    }
  },
};

/** Node's own modules through the script's require(): a script run by node:vm cannot import. */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    const builtin = new Set(builtinModules);
    b.onResolve({ filter: /^[a-z0-9:_/]+$/ }, (args) => {
      if (args.namespace === 'builtin') return { path: args.path, external: true };
      return args.path.startsWith('node:') || builtin.has(args.path) ? { path: args.path, namespace: 'builtin' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

/**
 * Writes `entry` bundled as one script for src/launch/code-cache.ts to compile with V8's code
 * cache: a function expression, `(require, moduleUrl, exportMain) => Promise`, whose first line
 * names it by a hash of the rest, so a cache is only ever used for the script it was made from.
 */
async function cachedScript(entry, name, define, plugins) {
  const { banner: _, ...plain } = recipe;
  const result = await build({
    ...plain,
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: name.replace(/\.js$/, '.ts') },
    write: false,
    outfile: join(root, 'dist', name),
    define: { ...define, 'import.meta.url': '__clfModuleUrl' },
    plugins: [...plugins, builtinsByRequire],
    // A smaller script is read faster at every start (about 5% of the first frame here).
    minify: true,
  });
  // ASCII only (the few other characters, in comments and regular expressions, as \u escapes), so the
  // launcher reads it as one-byte text, without decoding UTF-8.
  // A backslash before such a character (an identity escape in a regular expression) is dropped.
  const text = result.outputFiles[0].text.replace(/(\\*)([^\0-\x7f])/g, (_, slashes, c) => `${slashes.slice(slashes.length % 2)}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const body = `(async function (require, __clfModuleUrl, __clfExportMain) {\n${text}})`;
  const id = createHash('sha1').update(body).digest('hex').slice(0, 16);
  writeFileSync(join(root, 'dist', name), `// clf-trainer script ${id}\n${body}`);
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
