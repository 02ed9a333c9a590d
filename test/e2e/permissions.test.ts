import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeManyQuestions } from '../helpers/many-questions.js';
import { BIN, ROOT, Terminal } from './terminal.js';

let home: string;
let bank: string;
let umask: number;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-e2e-perm-'));
  bank = join(`${home}-many.yaml`);
  writeManyQuestions(bank, 10);
  // The most permissive umask: the modes must come from the trainer, not from the umask.
  umask = process.umask(0);
});
afterEach(() => {
  process.umask(umask);
  rmSync(home, { recursive: true, force: true });
  rmSync(bank, { force: true });
});

/** Every file and folder under `dir` with its permission bits. */
function modes(dir: string, prefix = ''): [string, number][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const mode = statSync(path).mode & 0o777;
    const here: [string, number] = [`${prefix}${entry.name}${entry.isDirectory() ? '/' : ''}`, mode];
    return entry.isDirectory() ? [here, ...modes(path, `${prefix}${entry.name}/`)] : [here];
  });
}

describe('progress files', () => {
  it('are created readable by the user only (files 0600, folders 0700), whatever the umask', async () => {
    const env = { CLF_TRAINER_HOME: home };
    const term = new Terminal(['study', '--bank', bank, '--topic', 'general'], { env });
    await term.waitFor('Fixture question');
    term.press('a', 'enter');
    await term.waitFor(/✓ Correct|✗ Wrong/);
    term.press('q');
    await term.waitFor('Session summary');
    term.press('q');
    expect(await term.exit()).toBe(0);

    const exam = new Terminal(['exam', '--bank', bank, '--topic', 'general', '--questions', '3'], { env });
    try {
      await exam.waitFor('Press enter to start');
      exam.press('enter');
      await exam.waitFor(/Question 1 of 3|1 of 3/);
      exam.signal('SIGTERM');
      expect(await exam.exit()).toBe(143);
    } finally {
      exam.kill();
    }

    for (const args of [['config', 'new-per-day', '7'], ['lint', bank]]) {
      const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    }

    const found = modes(home);
    const names = found.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['reviews.jsonl', 'settings.json', 'exams/', 'cache/']));
    expect(names.some((name) => name.startsWith('exams/') && name.endsWith('.jsonl'))).toBe(true);
    expect(statSync(home).mode & 0o777).toBe(0o700);
    for (const [name, mode] of found) expect(`${name} ${mode.toString(8)}`).toBe(`${name} ${name.endsWith('/') ? '700' : '600'}`);
  }, 120_000);
});
