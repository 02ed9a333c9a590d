import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, copyFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../e2e/terminal.js';
import { runCli } from '../helpers/run-cli.js';

describe('clf-trainer banks', () => {
  it('lists built-in banks, the bank folder and --bank paths with counts and validity', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clf-banks-'));
    mkdirSync(join(home, 'banks'));
    copyFileSync(join(ROOT, 'test/fixtures/valid-bank.yaml'), join(home, 'banks', 'mine.yaml'));
    const result = await runCli(['banks', '--bank', 'test/fixtures/malformed/duplicate-choice.yaml'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^bank\s+questions\s+status\s+title$/m);
    expect(result.stdout).toMatch(/mine\.yaml\s+\d+\s+✓ ok\s+Fixture bank/);
    expect(result.stdout).toMatch(/duplicate-choice\.yaml\s+0\s+✗\s+1\s/);
    expect(result.stdout).toContain(`Your bank folder: ${join(home, 'banks')} (1 bank;`);
    expect(result.stdout).toContain("✗ 1 bank has problems (questions with problems are not used): run 'clf-trainer lint test/fixtures/malformed/duplicate-choice.yaml'");

    const json = JSON.parse((await runCli(['banks', '--json'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT })).stdout) as { banks: { path: string; origin: string; valid: boolean }[] };
    expect(json.banks.filter((b) => b.origin === 'your bank folder')).toEqual([expect.objectContaining({ valid: true, path: expect.stringMatching(/mine\.yaml$/) })]);
    expect(json.banks.some((b) => b.origin === 'built-in')).toBe(true);
  });

  it('loads a bank that is a symbolic link in the bank folder', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clf-banks-'));
    mkdirSync(join(home, 'banks'));
    symlinkSync(join(ROOT, 'test/fixtures/valid-bank.yaml'), join(home, 'banks', 'linked.yaml'));
    const result = await runCli(['banks'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(result.stdout).toMatch(/linked\.yaml\s+\d+\s+✓ ok\s+Fixture bank/);
    expect(result.stdout).toContain('(1 bank;');
  });

  it('fails on a --bank path that does not exist, naming it (exit 1)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clf-banks-'));
    const result = await runCli(['banks', '--bank', 'nonexist.yaml'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(result.stdout).toContain('✗ nonexist.yaml:1:1  not-found  this path does not exist');
    expect(result.code).toBe(1);
    const json = await runCli(['banks', '--json', '--bank', 'nonexist.yaml'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).problems).toEqual([expect.objectContaining({ file: 'nonexist.yaml', rule: 'not-found' })]);
  });

  it('prints bank file names as text: a name cannot retitle the window or clear the screen', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clf-banks-'));
    mkdirSync(join(home, 'banks'));
    copyFileSync(join(ROOT, 'test/fixtures/valid-bank.yaml'), join(home, 'banks', '\u001b]0;PWNED-TITLE\u0007\u001b[2J\u001b[31mevil.yaml'));
    for (const args of [['banks'], ['banks', '--json'], ['lint', '--json', join(home, 'banks')]]) {
      const result = await runCli(args, { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
      expect(result.stdout).toContain('evil.yaml');
      expect(result.stdout + result.stderr).not.toMatch(/\u001b|\u0007/);
    }
  });

  it('refuses a FIFO given as --bank at once (real process)', () => {
    const home = mkdtempSync(join(tmpdir(), 'clf-banks-'));
    const fifo = join(home, 'fifo.yaml');
    spawnSync('mkfifo', [fifo]);
    const run = spawnSync(process.execPath, [BIN, 'banks', '--bank', fifo], { encoding: 'utf8', env: { ...process.env, CLF_TRAINER_HOME: home }, timeout: 15_000 });
    expect(run.signal, 'banks waited on the FIFO').toBeNull();
    expect(run.stdout).toMatch(/fifo\.yaml:1:1 {2}not-a-file {2}this path is a named pipe \(FIFO\), not a regular file/);
  });
});
