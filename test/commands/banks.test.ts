import { mkdirSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/terminal.js';
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
});
