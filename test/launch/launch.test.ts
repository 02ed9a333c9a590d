import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/registry.js';
import { opensScreen, SCREEN_COMMANDS } from '../../src/launch.js';
import { ROOT } from '../e2e/terminal.js';

describe('which start a command line takes', () => {
  it('names exactly the commands that open a screen', () => {
    const interactive = COMMANDS.map((c) => c.name).filter((name) => readFileSync(join('src', 'commands', `${name}.ts`), 'utf8').includes('runInteractive('));
    expect([...SCREEN_COMMANDS].sort()).toEqual(interactive.sort());
  });

  it.each([[[]], [['study']], [['study', '--topic', 'caching']], [['exam', '--quick']], [['review']], [['stats']]])('starts %j from the cached script', (argv) => {
    expect(opensScreen(argv)).toBe(true);
  });

  it.each([[['--version']], [['--help']], [['study', '--help']], [['stats', '--json']], [['review', '--list']], [['exam', '--history']], [['solve', 'a question']], [['lint']]])('starts %j from the modules it needs', (argv) => {
    expect(opensScreen(argv)).toBe(false);
  });
});

describe('a copy of the built trainer whose screens\' script is damaged', () => {
  it('starts a screen command from its own modules instead, with no stack trace', () => {
    const copy = mkdtempSync(join(tmpdir(), 'clf-launch-'));
    try {
      for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
      symlinkSync(join(ROOT, 'questions'), join(copy, 'questions'));
      const script = join(copy, 'dist', 'cli-script.js');
      writeFileSync(script, readFileSync(script, 'latin1').slice(0, 5000), 'latin1');
      const home = join(copy, 'home');
      const run = spawnSync(process.execPath, [join(copy, 'bin', 'clf-trainer.js'), 'study'], { env: { ...process.env, CLF_TRAINER_HOME: home }, stdio: ['pipe', 'pipe', 'pipe'], encoding: 'utf8' });
      // Without a terminal, study says what to run instead: the program itself ran.
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^clf-trainer: .*\n/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
