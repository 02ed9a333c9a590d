import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../e2e/terminal.js';

interface Meta {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown>; entryPoint?: string }>;
}

let meta: Meta;

beforeAll(() => {
  meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Meta;
});

/** Every input module loaded when `start` runs, following static imports only (or dynamic ones too). */
function loadedInputs(start: string, { dynamic = false } = {}): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length) {
    const out = todo.pop()!;
    if (seen.has(out) || !meta.outputs[out]) continue;
    seen.add(out);
    for (const imp of meta.outputs[out].imports) if ((imp.kind === 'import-statement' || (dynamic && imp.kind === 'dynamic-import')) && imp.path.startsWith('dist/')) todo.push(imp.path);
  }
  return new Set([...seen].flatMap((out) => Object.keys(meta.outputs[out]!.inputs)));
}

/** The chunk a command's `import('../commands/<name>.js')` loads. */
function commandChunk(name: string): string {
  const entry = Object.entries(meta.outputs).find(([, o]) => Object.keys(o.inputs).includes(`src/commands/${name}.ts`) && o.inputs[`src/commands/${name}.ts`]);
  if (!entry) throw new Error(`no chunk for command ${name}`);
  return entry[0];
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
