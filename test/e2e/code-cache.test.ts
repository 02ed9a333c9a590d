import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Terminal } from './terminal.js';

let home: string | undefined;
let term: Terminal | undefined;
afterEach(() => {
  term?.kill();
  term = undefined;
  if (home) rmSync(home, { recursive: true, force: true });
  home = undefined;
});

const cacheFiles = (dir: string) => readdirSync(join(dir, 'cache', 'code')).sort();

describe("the screens' code cache", () => {
  it('is stored for each start once its first frame is drawn, however the session ends, and used the next time', async () => {
    home = mkdtempSync(join(tmpdir(), 'clf-e2e-code-cache-'));
    term = new Terminal(['study'], { env: { CLF_TRAINER_HOME: home } });
    await term.waitFor('0 answered');
    term.signal('SIGTERM');
    expect(await term.exit()).toBe(143);
    const [study] = cacheFiles(home);
    expect(study).toMatch(/^[0-9a-f]+-study\.bin$/);

    term = new Terminal([], { env: { CLF_TRAINER_HOME: home } });
    await term.waitFor('enter open');
    term.press('q');
    expect(await term.exit()).toBe(0);
    expect(cacheFiles(home)).toEqual([study!.replace('-study', '-home'), study]);

    // A start from its cache does not store it again.
    const stored = statSync(join(home, 'cache', 'code', study!)).mtimeMs;
    term = new Terminal(['study'], { env: { CLF_TRAINER_HOME: home } });
    await term.waitFor('0 answered');
    term.press('q');
    await term.exit();
    expect(statSync(join(home, 'cache', 'code', study!)).mtimeMs).toBe(stored);
  });
});
