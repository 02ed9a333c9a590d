import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, Terminal } from './terminal.js';

let home: string;
let term: Terminal | undefined;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-e2e-search-'));
});
afterEach(() => {
  term?.kill();
  term = undefined;
  rmSync(home, { recursive: true, force: true });
});

const cli = (...args: string[]) => execFileSync(process.execPath, [BIN, ...args], { env: { ...process.env, CLF_TRAINER_HOME: home }, encoding: 'utf8' });

describe('search in a real terminal', () => {
  it('finds questions from the shell, as text and as JSON', () => {
    const text = cli('search', 'usage', 'plan');
    expect(text).toMatch(/\d+ questions? match "usage plan"/);
    const json = JSON.parse(cli('search', 'usage', 'plan', '--json')) as { count: number; results: { id: string }[] };
    expect(json.count).toBeGreaterThan(0);
    expect(text).toContain(json.results[0]!.id);
  });

  it('/ in the app: type, open the first result, suspend it with !, and the shell search finds it suspended', async () => {
    const first = (JSON.parse(cli('search', 'usage', 'plan', '--json')) as { results: { id: string }[] }).results[0]!.id;
    term = new Terminal([], { env: { CLF_TRAINER_HOME: home }, cols: 60, rows: 15 });
    await term.waitFor(/\/ +Search/);
    term.press('/');
    await term.waitFor('words (all must match)');
    term.write('usage plan');
    await term.waitFor(new RegExp(`› ${first}`));
    term.press('enter');
    await term.waitFor(`${first} ·`);
    term.press('!');
    await term.waitFor(`Suspended ${first}`);
    term.press('escape');
    await term.waitFor('/ usage plan');
    term.press('escape');
    await term.waitFor('1 suspended');
    term.press('q');
    expect(await term.exit()).toBe(0);
    const suspended = JSON.parse(cli('search', 'is:suspended', '--json')) as { results: { id: string }[] };
    expect(suspended.results.map((r) => r.id)).toEqual([first]);
  });
});
