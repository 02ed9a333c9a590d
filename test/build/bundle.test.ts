import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { factsTableText } from '../../scripts/solver/facts-table.mjs';
import { BIN, ROOT } from '../e2e/terminal.js';

interface Meta {
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, unknown>; entryPoint?: string }>;
}

let meta: Meta;

beforeAll(() => {
  meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Meta;
});

/** Every input module loaded when `start` runs, following static imports only (or dynamic ones too). */
function loadedInputs(start: string, options: { dynamic?: boolean } = {}): Set<string> {
  return new Set([...loadedFiles(start, options)].flatMap((out) => Object.keys(meta.outputs[out]!.inputs)));
}

/** The chunk a command's `import('../commands/<name>.js')` loads. */
function commandChunk(name: string): string {
  const entry = Object.entries(meta.outputs).find(([, o]) => Object.keys(o.inputs).includes(`src/commands/${name}.ts`) && o.inputs[`src/commands/${name}.ts`]);
  if (!entry) throw new Error(`no chunk for command ${name}`);
  return entry[0];
}

/** The files loaded when `start` runs, following static imports (or dynamic ones too): each one is a read, a parse and a module to link. */
function loadedFiles(start: string, { dynamic = false } = {}): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length) {
    const out = todo.pop()!;
    if (seen.has(out) || !meta.outputs[out]) continue;
    seen.add(out);
    for (const imp of meta.outputs[out].imports) if ((imp.kind === 'import-statement' || (dynamic && imp.kind === 'dynamic-import')) && imp.path.startsWith('dist/')) todo.push(imp.path);
  }
  return seen;
}

/** Node's own modules imported, statically, by the outputs loaded when `start` runs. */
function loadedBuiltins(start: string): Set<string> {
  return new Set([...loadedFiles(start)].flatMap((out) => meta.outputs[out]!.imports.filter((imp) => imp.external && imp.kind === 'import-statement').map((imp) => imp.path)));
}

const usesInk = (inputs: Set<string>) => [...inputs].some((input) => /node_modules\/(ink|react|react-reconciler|yoga-layout)\//.test(input));

describe('the bundle', () => {
  it('can tell a command that loads Ink from one that does not', () => {
    expect(usesInk(loadedInputs(commandChunk('study'), { dynamic: true }))).toBe(true);
  });

  it('starts without loading Ink or React (--help, --version)', () => {
    expect(usesInk(loadedInputs('dist/cli.js'))).toBe(false);
    expect(usesInk(loadedInputs('dist/launch.js'))).toBe(false);
  });

  it('keeps the solver\'s tables out of the start of every other command', () => {
    const start = loadedInputs('dist/launch.js');
    expect([...start].filter((input) => input.includes('solver') || input.startsWith('<define'))).toEqual([]);
  });

  it('draws the first question of study without loading the solver (the explanation loads it later)', () => {
    const study = commandChunk('study');
    const screen = Object.keys(meta.outputs).find((out) => 'src/ui/screens/Study.tsx' in meta.outputs[out]!.inputs);
    const firstFrame = new Set([...loadedInputs(study), ...loadedInputs(screen!)]);
    expect(firstFrame).toContain('src/ui/components/ExplanationView.tsx');
    expect([...firstFrame].filter((input) => input.startsWith('src/core/solver/'))).toEqual([]);
    expect([...loadedInputs(screen!, { dynamic: true })].some((input) => input.startsWith('src/core/solver/'))).toBe(true);
  });

  it.each(['lint', 'solve', 'stats', 'import', 'banks', 'export', 'backup', 'restore', 'exam', 'search', 'reports', 'reset', 'completion'])('runs %s without loading Ink or React', (name) => {
    const chunk = commandChunk(name);
    expect(usesInk(new Set([...loadedInputs('dist/cli.js'), ...loadedInputs(chunk)]))).toBe(false);
  });

  it('runs solve without compiling the solver\'s modules: they come from dist/solver-script.js, through the code cache', () => {
    const inputs = new Set([...loadedInputs('dist/launch.js'), ...loadedInputs(commandChunk('solve'))]);
    expect(inputs).toContain('src/launch/solver-script.ts');
    expect([...inputs].filter((input) => input.startsWith('src/core/solver/') || /node_modules\/(yaml|zod|wink-porter2-stemmer)\//.test(input))).toEqual([]);
    const script = readFileSync(join(ROOT, 'dist', 'solver-script.js'), 'latin1');
    expect(script).toMatch(/^\/\/ clf-trainer script [0-9a-f]+\n\(async function \(require, __clfModuleUrl, __clfExportMain\) \{/);
  });

  it('keeps the solver\'s build-time tables, clause model and facts beside its script, read when first needed, not in it', () => {
    const termLine = '\nrestrict/limit .. download/downloads/access .. to .. subscriber/subscribers/member/members/paying/paid/customer/customers\tdownload/access\trestrict/limit .. download/access .. to .. subscrib/member/pay/paid/custom\n';
    const tables = join(ROOT, 'dist', 'solver-tables');
    expect(readFileSync(join(tables, 'terms.txt'), 'utf8')).toContain(termLine);
    expect(JSON.parse(readFileSync(join(tables, 'required.json'), 'utf8'))).toBeTypeOf('object');
    expect(JSON.parse(readFileSync(join(tables, 'clause-model.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(join(ROOT, 'src', 'core', 'solver', 'clause-model.json'), 'utf8')));
    expect(readFileSync(join(tables, 'facts.txt'), 'utf8')).toBe(factsTableText(ROOT));
    for (const script of ['solver-script.js', 'cli-script.js']) {
      const text = readFileSync(join(ROOT, 'dist', script), 'latin1');
      expect(text).not.toContain(termLine);
      expect(text).not.toContain('unseen:[');
      expect(text).not.toContain('API Gateway is a fully managed AWS service');
      expect(text).toContain('"./solver-tables/terms.txt"');
    }
  });

  it('has the solver\'s script take Node\'s modules as they are, without a copy of every export', () => {
    const text = readFileSync(join(ROOT, 'dist', 'solver-script.js'), 'latin1');
    // Each Node module the script reaches is a small module around require("node:…").
    const builtins = [...text.matchAll(/(?:var |,)([\w$]+)=[\w$]+\(\([\w$]+,([\w$]+)\)=>\{\2\.exports=[\w$]+\("node:[a-z_/]+"\)\}\)/g)].map((m) => m[1]!);
    expect(builtins.length).toBeGreaterThan(0);
    for (const name of builtins) {
      expect(text).toContain(`${name}()`);
      // esbuild's namespace shim: `copy(module(), 1)`.
      expect(text).not.toMatch(new RegExp(`[\\w$]+\\(${name.replace('$', '\\$')}\\(\\),1\\)`));
    }
  });

  it('starts from two files: the launcher and one chunk holding the command line (not a dozen small chunks)', () => {
    expect(loadedFiles('dist/launch.js').size).toBe(2);
  });

  it('runs solve from at most six files: those two, its command with the script loader, the code cache, paths, file helpers', () => {
    expect(new Set([...loadedFiles('dist/launch.js'), ...loadedFiles(commandChunk('solve'))]).size).toBeLessThanOrEqual(6);
  });

  it('starts solve without loading node:crypto (about 2 ms of a start) or node:zlib (which loads the stream modules)', () => {
    const builtins = new Set([...loadedBuiltins('dist/launch.js'), ...loadedBuiltins(commandChunk('solve'))]);
    expect(builtins).toContain('node:vm');
    expect(builtins).not.toContain('node:crypto');
    expect(builtins).not.toContain('node:zlib');
  });

  it('takes Node\'s own modules through require(), not as ES modules (whose facades read every export)', () => {
    const chunks = readdirSync(join(ROOT, 'dist', 'chunks')).map((name) => join(ROOT, 'dist', 'chunks', name));
    for (const file of [join(ROOT, 'dist', 'launch.js'), join(ROOT, 'dist', 'cli.js'), ...chunks]) {
      expect(readFileSync(file, 'utf8').match(/^import [^;]* from "node:[^"]+";$/gm), file).toBeNull();
    }
  });

  it('runs from bin/ and prints the version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' }).trim()).toBe(version);
  });

  it('stops quietly when the reader closes the pipe early (clf-trainer … | head)', async () => {
    const child = spawn(process.execPath, [BIN, 'lint', '--coverage', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
