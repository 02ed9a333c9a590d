import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Terminal } from './terminal.js';
import { hasTmux, TmuxTerminal } from './tmux.js';

/**
 * Keys as a user's terminal sends them: Ctrl+Z and fg in a shell with job control, a paste, keys
 * the trainer does not know, and keys pressed while the window is too small.
 */

const STUDY = ['study', '--bank', 'test/fixtures/study/general.yaml', '--topic', 'general'];
const QUESTION = /Which colour is the fixture sky\?|Which animal says moo in the fixture\?/;

let home: string;
let term: Terminal | undefined;
let tmux: TmuxTerminal | undefined;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-e2e-keys-'));
});
afterEach(() => {
  term?.kill();
  term = undefined;
  tmux?.close();
  tmux = undefined;
  rmSync(home, { recursive: true, force: true });
});

const reviews = () => (existsSync(join(home, 'reviews.jsonl')) ? readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n').filter(Boolean) : []);

describe('keys in a real terminal', () => {
  it('Ctrl+F1–F4 and a colour code are ignored, never a crash', async () => {
    term = new Terminal(STUDY, { env: { CLF_TRAINER_HOME: home } });
    await term.waitFor(QUESTION);
    term.write('\u001b[1;5P\u001b[1;5Q\u001b[1;5R\u001b[1;5S\u001b[31m\u001b[1;5G');
    term.press('?');
    await term.waitFor('Keys on this screen');
    term.press('escape');
    await term.waitFor(/Study · General/);
    term.press('q');
    expect(await term.exit()).toBe(0);
    expect(term.output()).not.toContain('unexpected error');
  });
});

describe.skipIf(!hasTmux)('keys in a terminal emulator, with a shell', () => {
  it('Ctrl+Z gives the terminal back to the shell; fg draws the whole screen again and keys work at once', async () => {
    tmux = new TmuxTerminal(STUDY, { cols: 100, rows: 30, env: { CLF_TRAINER_HOME: home }, shell: true });
    const before = await tmux.waitFor(QUESTION);
    tmux.press('C-z');
    await tmux.waitFor(/Stopped/);
    // The shell has its line editing back: what is typed is echoed, and runs on enter.
    tmux.type('stty -a | grep -o -- "-\\?icanon -\\?iexten -\\?echo " ; echo typed-back');
    const shell = await tmux.waitFor(/icanon iexten echo[\s\S]*typed-back\n/);
    expect(shell).not.toContain('-icanon');
    tmux.type('fg');
    const after = await tmux.waitFor((screen) => QUESTION.test(screen) && !screen.includes('typed-back'));
    expect(after.split('\n').filter((line) => line.trim()).slice(0, 3)).toEqual(before.split('\n').filter((line) => line.trim()).slice(0, 3));
    // Raw mode is back: one key, no enter, acts.
    tmux.press('?');
    await tmux.waitFor('Keys on this screen');
    tmux.press('Escape');
    await tmux.waitFor((screen) => !screen.includes('Keys on this screen'));
    tmux.press('q');
    await tmux.waitFor((screen) => screen.trimEnd().endsWith('\n$'));
    tmux.type('echo "[exit $?]"');
    await tmux.waitFor('[exit 0]');
    expect(reviews()).toEqual([]);
  });

  it('a paste on a question answers nothing and changes nothing', async () => {
    tmux = new TmuxTerminal(STUDY, { cols: 100, rows: 30, env: { CLF_TRAINER_HOME: home } });
    const before = await tmux.waitFor(QUESTION);
    tmux.paste('a\nb\nu\n2\nq\n'.repeat(20));
    tmux.press('C-F1', '?');
    await tmux.waitFor('Keys on this screen');
    tmux.press('Escape');
    expect(await tmux.waitFor(QUESTION)).toBe(before);
    expect(reviews()).toEqual([]);
    tmux.press('C-c');
    await tmux.waitFor('[exit 130]');
  });

  it('at 20×5 the message fits and keys do nothing; the screen comes back as it was', async () => {
    tmux = new TmuxTerminal(STUDY, { cols: 100, rows: 30, env: { CLF_TRAINER_HOME: home } });
    const before = await tmux.waitFor(QUESTION);
    tmux.resize(20, 5);
    const small = await tmux.waitFor(/larger|too small/i);
    expect(small.split('\n').length).toBeLessThanOrEqual(5);
    for (const line of small.split('\n')) expect([...line].length).toBeLessThanOrEqual(20);
    tmux.press('b', 'Enter', 'a', 'Enter', 'q');
    // A window still too small, shown with its new size, proves the keys were read while small:
    // they reached the program before this resize did.
    tmux.resize(30, 6);
    await tmux.waitFor(/30×6/);
    tmux.resize(100, 30);
    const after = await tmux.waitFor(QUESTION);
    expect(after).toBe(before);
    expect(reviews()).toEqual([]);
    tmux.press('C-c');
    await tmux.waitFor('[exit 130]');
  });
});
