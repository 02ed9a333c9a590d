import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'true']).status === 0;
let dir: string;
const scripts: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clf-completion-'));
  for (const name of ['mine.yaml', 'other.yml', 'notes.md', 'photo.png']) writeFileSync(join(dir, name), '');
  mkdirSync(join(dir, 'banks'));
  for (const shell of ['bash', 'zsh', 'fish']) {
    const r = await runCli(['completion', shell]);
    expect(r.code).toBe(0);
    scripts[shell] = r.stdout;
    writeFileSync(join(dir, `script.${shell}`), r.stdout);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What bash offers for the command line `words` (the last one is being completed). */
function bash(...words: string[]): string[] {
  const line = ['clf-trainer', ...words].map((w) => `'${w}'`).join(' ');
  const out = execFileSync('bash', ['-c', `source ./script.bash; COMP_WORDS=(${line}); COMP_CWORD=${words.length}; _clf_trainer; printf '%s\\n' "\${COMPREPLY[@]}"`], { cwd: dir, encoding: 'utf8' });
  return out.split('\n').filter(Boolean).sort();
}

describe('shell completion', () => {
  it('refuses a shell it does not know', async () => {
    const r = await runCli(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('completion takes one shell: bash, zsh, fish');
  });

  it.runIf(has('bash'))('bash: commands, flags, topics, bank files, import files, setting names', () => {
    expect(bash('st')).toEqual(['stats', 'study']);
    expect(bash('exam', '--st')).toEqual(['--strict']);
    expect(bash('study', '--topic', 'ca')).toEqual(['caching']);
    expect(bash('lint', '')).toEqual(['banks', 'mine.yaml', 'other.yml']);
    expect(bash('study', '--bank', '')).toEqual(['banks', 'mine.yaml', 'other.yml']);
    expect(bash('import', '')).toEqual(['banks', 'notes.md']);
    expect(bash('config', 're')).toEqual(['retention']);
    expect(bash('export', '--format', '')).toEqual(['anki', 'csv']);
    expect(bash('completion', '')).toEqual(['bash', 'fish', 'zsh']);
  });

  it.runIf(has('zsh'))('zsh: the script is valid and registers itself', () => {
    expect(spawnSync('zsh', ['-n', join(dir, 'script.zsh')]).status).toBe(0);
    expect(scripts.zsh).toMatch(/^#compdef clf-trainer/);
    expect(scripts.zsh).toContain("'*--topic[only questions of this topic (repeatable)]:t:(api-types auth");
    expect(scripts.zsh).toContain('_files -g "*.(yaml|yml)"');
  });

  it.runIf(has('fish'))('fish: commands, topics and only bank files for --bank', () => {
    const fish = (line: string) => execFileSync('fish', ['-c', `source ./script.fish; complete -C '${line}'`], { cwd: dir, encoding: 'utf8' }).split('\n').filter(Boolean).map((l) => l.split('\t')[0]!).sort();
    expect(fish('clf-trainer st')).toEqual(['stats', 'study']);
    expect(fish('clf-trainer exam --topic web')).toEqual(['websocket']);
    expect(fish('clf-trainer lint ')).toEqual(['banks/', 'mine.yaml', 'other.yml']);
  });
});
