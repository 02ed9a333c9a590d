import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/terminal.js';

const SCENARIO = 'A company wants to protect its REST API from SQL injection attacks';

let copy: string;
let home: string;

/** `clf-trainer solve SCENARIO --json` from the copy of the built trainer. */
function solve(): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [join(copy, 'bin', 'clf-trainer.js'), 'solve', '--json', SCENARIO], { env: { ...process.env, CLF_TRAINER_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

const cacheFolder = () => join(home, 'cache', 'code', 'solver');

beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), 'clf-solver-script-'));
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, 'questions'), join(copy, 'questions'));
  home = join(copy, 'home');
});

afterEach(() => {
  rmSync(copy, { recursive: true, force: true });
});

describe('solve in the built trainer', () => {
  it('stores the code cache of the solver\'s script after its first answer and starts from it afterwards, with the same answer', () => {
    const first = solve();
    expect(first.status).toBe(0);
    const [file] = readdirSync(cacheFolder());
    expect(file).toMatch(/^[0-9a-f]+\.bin$/);
    const stored = statSync(join(cacheFolder(), file!));

    const second = solve();
    expect(second.stdout).toBe(first.stdout);
    // Taken from the cache, so not stored again.
    expect(statSync(join(cacheFolder(), file!)).mtimeMs).toBe(stored.mtimeMs);
    expect(JSON.parse(second.stdout)).toMatchObject({ service: expect.any(String) });
  });

  it('answers the same when the tables of terms and pattern needs beside its script are missing: it works each entry out', () => {
    const intact = solve();
    for (const table of ['terms.txt', 'required.json']) rmSync(join(copy, 'dist', 'solver-tables', table));
    const without = solve();
    expect(without.status).toBe(0);
    expect(without.stderr).toBe('');
    expect(without.stdout).toBe(intact.stdout);
  });

  it('answers the same from the solver\'s own modules when its script is damaged, with no stack trace', () => {
    const intact = solve();
    const script = join(copy, 'dist', 'solver-script.js');
    writeFileSync(script, readFileSync(script, 'latin1').slice(0, 5000), 'latin1');
    const damaged = solve();
    expect(damaged.status).toBe(0);
    expect(damaged.stderr).toBe('');
    expect(damaged.stdout).toBe(intact.stdout);
  });
});
