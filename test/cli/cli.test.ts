import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/cli/suggest.js';
import { runCli } from '../helpers/run-cli.js';

describe('clf-trainer command line', () => {
  it('prints the version', async () => {
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('lists every command in --help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: clf-trainer [COMMAND]');
    expect(result.stdout).toMatch(/\n {2}lint {2,}check question banks/);
  });

  it('gives each command its own --help with examples', async () => {
    const result = await runCli(['lint', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: clf-trainer lint');
    expect(result.stdout).toContain('--coverage');
    expect(result.stdout).toContain('Examples:');
  });

  it('suggests the closest command for a typo and exits 2', async () => {
    const result = await runCli(['lnit']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "lnit" (did you mean "lint"?)');
    expect(result.stderr).toContain('Usage: clf-trainer');
  });

  it('suggests the closest option for a typo and exits 2', async () => {
    const result = await runCli(['lint', '--josn']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown option --josn for lint (did you mean --json?)');
    expect(result.stderr).toContain('Usage: clf-trainer lint');
  });

  it('accepts --new 0 (reviews only), as config new-per-day 0 is; other counts start at 1', async () => {
    const study = await runCli(['study', '--new', '0']);
    expect(study.stderr).not.toContain('--new');
    expect(study.stderr).toContain('needs an interactive terminal');
    expect((await runCli(['study', '--new', '-1'])).stderr).toContain('--new needs a whole number from 0 up, got "-1"');
    expect((await runCli(['study', '--new', 'x'])).stderr).toContain('--new needs a whole number from 0 up, got "x"');
    const exam = await runCli(['exam', '--questions', '0']);
    expect(exam.code).toBe(2);
    expect(exam.stderr).toContain('--questions needs a whole number from 1 up, got "0"');
  });

  it('rejects an unknown global option', async () => {
    const result = await runCli(['--verison']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean --version?');
  });
});

describe('closest', () => {
  it('finds near misses and prefixes, and nothing for unrelated words', () => {
    expect(closest('stdy', ['study', 'stats'])).toBe('study');
    expect(closest('ex', ['exam', 'export'])).toBe('exam');
    expect(closest('zzzzzz', ['study', 'exam'])).toBeUndefined();
    expect(editDistance('exma', 'exam')).toBe(1);
  });
});
