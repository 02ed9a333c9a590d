import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/terminal.js';

const BIN = join(ROOT, 'bin', 'clf-trainer.js');
const QUESTION = 'A company wants to protect its REST API from SQL injection attacks';

let home: string;
let preload: string;
let exitWatch: string;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-solve-entry-'));
  // Writes the internal modules Node loaded, once the process is done.
  preload = join(home, 'loaded-modules.cjs');
  writeFileSync(preload, "process.on('exit', () => require('node:fs').writeFileSync(3, process.moduleLoadList.join('\\n')));\n");
  // Says whether the process ended naturally ('beforeExit' is not emitted on process.exit()).
  exitWatch = join(home, 'exit-watch.cjs');
  writeFileSync(exitWatch, "process.on('beforeExit', () => require('node:fs').writeSync(3, 'natural exit'));\n");
});

afterAll(() => rmSync(home, { recursive: true, force: true }));

function run(args: string[], options: { node?: string[]; bin?: string } = {}) {
  return spawnSync(process.execPath, [...(options.node ?? []), options.bin ?? BIN, ...args], {
    env: { ...process.env, CLF_TRAINER_HOME: join(home, 'data') },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
}

/** The same command line through the ES module launcher that every other command starts from. */
function throughLauncher(args: string[]) {
  const launch = `import(${JSON.stringify(join(ROOT, 'dist', 'launch.js'))}).then((l) => l.launch(${JSON.stringify(args)})).then((code) => { process.exitCode = code; })`;
  return spawnSync(process.execPath, ['-e', launch], { env: { ...process.env, CLF_TRAINER_HOME: join(home, 'data') }, encoding: 'utf8' });
}

describe('solve from bin/, through its CommonJS entry', () => {
  it('starts without Node\'s ES module loader', () => {
    const solved = run(['solve', QUESTION], { node: ['--require', preload] });
    expect(solved.status).toBe(0);
    expect(solved.output[3]).toContain('NativeModule vm');
    expect(solved.output[3]).not.toContain('internal/modules/esm/module_job');
  });

  it('prints its answer without making Node\'s streams for stdout and stderr', () => {
    const solved = run(['solve', QUESTION], { node: ['--require', preload] });
    expect(solved.status).toBe(0);
    expect(solved.stdout).toContain('API Gateway');
    // Both are pipes here: their streams would load Node's socket modules.
    expect(solved.output[3]).not.toContain('NativeModule net');
  });

  it('writes and then reads its code cache without Node\'s stream modules', () => {
    for (const pass of ['writes the cache', 'reads it']) {
      const solved = run(['solve', QUESTION], { node: ['--require', preload] });
      expect(solved.status, pass).toBe(0);
      expect(solved.output[3], pass).not.toContain('NativeModule zlib');
      expect(solved.output[3], pass).not.toContain('NativeModule stream');
    }
  });

  it('ends as soon as the answer is written, without tearing the heap down first', () => {
    const solved = run(['solve', QUESTION], { node: ['--require', exitWatch] });
    expect(solved.status).toBe(0);
    expect(solved.stdout).toContain('API Gateway');
    expect(solved.output[3]).toBe('');
  });

  it('ends naturally once it has written through a stream, so nothing pending is lost', () => {
    const failed = run(['solve', QUESTION, '--nope'], { node: ['--require', exitWatch] });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain('--nope');
    expect(failed.output[3]).toBe('natural exit');
  });

  it('takes Node\'s own modules as they are, without copying each one\'s exports first', () => {
    const entry = readFileSync(join(ROOT, 'dist', 'chunks', 'solve.cjs'), 'utf8');
    expect(entry).toContain('require("node:fs")');
    expect(entry).not.toMatch(/__toESM\(require\("node:/);
  });

  it.each([[['solve', QUESTION]], [['solve', QUESTION, '--json']], [['solve', '--help']], [['solve']], [['solve', QUESTION, '--nope']]])('answers %j as the launcher does', (args) => {
    // Twice: the first run writes the solver's code cache, the second reads it.
    for (let i = 0; i < 2; i++) {
      const direct = run(args);
      const launched = throughLauncher(args);
      expect([direct.status, direct.stdout, direct.stderr]).toEqual([launched.status, launched.stdout, launched.stderr]);
    }
  });

  it.each([[['solve', QUESTION]], [['--version']]])('says %j needs a build when dist/ is missing', (args) => {
    const copy = mkdtempSync(join(tmpdir(), 'clf-unbuilt-'));
    try {
      cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
      cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
      const unbuilt = run(args, { bin: join(copy, 'bin', 'clf-trainer.js') });
      expect(unbuilt.status).toBe(1);
      expect(unbuilt.stderr).toBe("clf-trainer is not built yet: run 'npm install' (or 'npm run build') in its folder.\n");
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
