import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/terminal.js';
import { runCli } from '../helpers/run-cli.js';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-config-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('the study level', () => {
  it('is a setting: config shows it, changes it and refuses a level that does not exist', async () => {
    const env = { CLF_TRAINER_HOME: home };
    expect((await runCli(['config', 'level'], { env })).stdout).toBe('exam\n');
    expect(await runCli(['config', 'level', 'all'], { env })).toMatchObject({ code: 0, stdout: 'level set to all\n' });
    expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'))).toMatchObject({ level: 'all' });
    const shown = await runCli(['config'], { env });
    expect(shown.stdout).toMatch(/^level +all +questions study draws from/m);
    expect(JSON.parse((await runCli(['config', '--json'], { env })).stdout)).toMatchObject({ level: 'all', 'new-per-day': 20 });
    const bad = await runCli(['config', 'level', 'expert'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('level must be one of foundational, exam, all, got "expert"');
  });

  it('study --level takes foundational, exam or all, and says so when given anything else', async () => {
    const result = await runCli(['study', '--level', 'beyond'], { env: { CLF_TRAINER_HOME: home } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--level must be one of foundational, exam, all, got "beyond"');
    expect((await runCli(['study', '--help'])).stdout).toContain('--level L');
  });

  it('study at a level with no question in the chosen topics says which level, and how to widen it', async () => {
    const bank = join(home, 'deep.yaml');
    const valid = readFileSync(join(ROOT, 'test', 'fixtures', 'valid-bank.yaml'), 'utf8');
    writeFileSync(bank, valid.replace(/topic: \S+/g, 'topic: general').replace(/difficulty: \S+/g, 'difficulty: beyond-exam').replace(/\$schema=\S+/, ''));
    const result = await runCli(['study', '--topic', 'general', '--bank', bank], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT, tty: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no foundational or exam questions to study in general (level exam): '--level all' studies every level");
  });
});

describe('the start of the study day', () => {
  it('is a setting: 4 by default, any whole hour from 0 to 23, and a daily limit of 0 new questions is accepted too', async () => {
    const env = { CLF_TRAINER_HOME: home };
    expect((await runCli(['config', 'day-start'], { env })).stdout).toBe('4\n');
    expect(await runCli(['config', 'day-start', '0'], { env })).toMatchObject({ code: 0, stdout: 'day-start set to 0\n' });
    expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'))).toMatchObject({ dayStart: 0 });
    expect((await runCli(['config'], { env })).stdout).toMatch(/^day-start +0 +hour the study day starts/m);
    for (const bad of ['24', '4.5', 'four']) {
      const result = await runCli(['config', 'day-start', bad], { env });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`day-start must be a whole hour from 0 to 23, got "${bad}"`);
    }
    expect(await runCli(['config', 'new-per-day', '0'], { env })).toMatchObject({ code: 0, stdout: 'new-per-day set to 0\n' });
  });
});

describe('the colours setting', () => {
  it('is on by default, turns off with config colors off, and refuses anything but on or off', async () => {
    const env = { CLF_TRAINER_HOME: home };
    expect((await runCli(['config', 'colors'], { env })).stdout).toBe('on\n');
    expect(await runCli(['config', 'colors', 'off'], { env })).toMatchObject({ code: 0, stdout: 'colors set to off\n' });
    expect(JSON.parse((await runCli(['config', '--json'], { env })).stdout)).toMatchObject({ colors: 'off' });
    const bad = await runCli(['config', 'colors', 'blue'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('colors must be on or off, got "blue"');
  });
});
