import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/registry.js';
import { opensScreen, SCREEN_COMMANDS } from '../../src/launch.js';

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
