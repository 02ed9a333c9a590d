import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, Terminal } from './terminal.js';
import { hasTmux, TmuxTerminal } from './tmux.js';

/**
 * The terminal on every exit path and in odd terminals: raw mode, the alternate screen and the
 * cursor are given back however the trainer ends, a tiny window or a resize never crashes or
 * garbles the screen, and terminals that cannot draw it get one line instead.
 */

const ENTER_ALT = '\u001b[?1049h';
const LEAVE_ALT = '\u001b[?1049l';
const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';
const FAULT = join(ROOT, 'test', 'fixtures', 'terminal', 'fault-after.mjs');
// The study fixture: two questions of topic "general"; --new 1 makes a one-question session.
const STUDY = ['study', '--bank', 'test/fixtures/study/general.yaml', '--topic', 'general', '--new', '1'];
const EXAM = ['exam', '--bank', 'test/fixtures/study/general.yaml', '--topic', 'general', '--questions', '2'];
const QUESTION = /Which colour is the fixture sky\?|Which animal says moo in the fixture\?/;

let home: string;
let term: Terminal | undefined;
let tmux: TmuxTerminal | undefined;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-e2e-terminal-'));
});
afterEach(() => {
  term?.kill();
  term = undefined;
  tmux?.close();
  tmux = undefined;
  rmSync(home, { recursive: true, force: true });
});

const env = (extra: NodeJS.ProcessEnv = {}) => ({ CLF_TRAINER_HOME: home, ...extra });

/** The terminal as the trainer left it: alternate screen left and cursor shown after the last drawing, line mode and echo back. */
async function expectRestored(t: Terminal): Promise<void> {
  const raw = t.rawOutput();
  expect(raw).toContain(ENTER_ALT);
  expect(raw.lastIndexOf(LEAVE_ALT)).toBeGreaterThan(raw.lastIndexOf(ENTER_ALT));
  expect(raw.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(raw.lastIndexOf(HIDE_CURSOR));
  // Nothing is drawn on the alternate screen after it was left.
  expect(raw.slice(raw.lastIndexOf(LEAVE_ALT))).not.toMatch(/\u001b\[\d*[ABJK]/);
  expect(await t.modes()).toEqual({ icanon: true, echo: true });
}

const open = (args: readonly string[], extra: NodeJS.ProcessEnv = {}) => (term = new Terminal(args, { env: env(extra), reportModes: true }));

describe('the terminal is restored on every exit path', () => {
  it('study: the session ends normally (summary, enter)', async () => {
    const t = open(STUDY);
    const screen = await t.waitFor(QUESTION);
    // Answer right, so the question does not come back in this session.
    const right = /([A-F])\. \((?:•| )\) (?:Blue sky|Cow)/.exec(screen)![1]!.toLowerCase();
    t.press(right, 'enter');
    await t.waitFor('✓ Correct');
    t.press('enter');
    await t.waitFor('Session complete');
    t.press('enter');
    expect(await t.exit()).toBe(0);
    await expectRestored(t);
    expect(t.output().slice(t.output().lastIndexOf('Study:'))).toMatch(/^Study: 1 answered/);
  });

  it('study: q', async () => {
    const t = open(STUDY);
    await t.waitFor(QUESTION);
    t.press('q');
    expect(await t.exit()).toBe(0);
    await expectRestored(t);
  });

  it('study: Ctrl+C (exit 130)', async () => {
    const t = open(STUDY);
    await t.waitFor(QUESTION);
    t.press('ctrlC');
    expect(await t.exit()).toBe(130);
    await expectRestored(t);
  });

  it('study: SIGTERM (exit 143)', async () => {
    const t = open(STUDY);
    await t.waitFor(QUESTION);
    t.signal('SIGTERM');
    expect(await t.exit()).toBe(143);
    await expectRestored(t);
  });

  it.each([
    ['an error thrown outside any handler', 'throw', 'injected fault'],
    ['a promise rejected and never handled', 'rejection', 'injected rejection'],
  ])('study: %s (exit 1, one line, no stack trace)', async (_, kind, message) => {
    const t = open(STUDY, { NODE_OPTIONS: `--import ${FAULT}`, CLF_TEST_FAULT_AFTER: 'answered', CLF_TEST_FAULT: kind });
    expect(await t.exit()).toBe(1);
    await expectRestored(t);
    const after = t.output().slice(t.output().lastIndexOf('clf-trainer: unexpected error'));
    expect(after.trim()).toBe(`clf-trainer: unexpected error: ${message}`);
    expect(t.output()).not.toMatch(/\bat .*\.(m?js|ts):\d+/);
  });

  it('exam: q at the rules, Ctrl+C and SIGTERM in the exam room, an uncaught error', async () => {
    let t = open(EXAM);
    await t.waitFor('Press enter to start');
    t.press('q');
    expect(await t.exit()).toBe(0);
    await expectRestored(t);

    for (const [how, code] of [['ctrlC', 130], ['SIGTERM', 143]] as const) {
      rmSync(join(home, 'exams'), { recursive: true, force: true });
      t = open(EXAM);
      await t.waitFor('Press enter to start');
      t.press('enter');
      await t.waitFor('Time left');
      if (how === 'ctrlC') t.press('ctrlC');
      else t.signal('SIGTERM');
      expect(await t.exit()).toBe(code);
      await expectRestored(t);
    }

    rmSync(join(home, 'exams'), { recursive: true, force: true });
    t = open(EXAM, { NODE_OPTIONS: `--import ${FAULT}`, CLF_TEST_FAULT_AFTER: 'Time left' });
    await t.waitFor('Press enter to start');
    t.press('enter');
    expect(await t.exit()).toBe(1);
    await expectRestored(t);
  });
});

describe('terminals that cannot show the trainer', () => {
  it.each([STUDY, EXAM, ['review'], ['stats'], []])('not a terminal (piped): one line saying what to run instead, exit 2, no escape sequences (%s)', (...args) => {
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env() }, encoding: 'utf8', input: '' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/needs an interactive terminal/);
    expect(run.stdout + run.stderr).not.toContain('\u001b');
  });

  it.each([STUDY, EXAM, ['review'], ['stats'], []])('TERM=dumb in a real terminal: one line, exit 2, nothing drawn (%s)', async (...args) => {
    const t = (term = new Terminal(args, { env: env({ TERM: 'dumb' }) }));
    expect(await t.exit()).toBe(2);
    expect(t.output().trim()).toMatch(/^clf-trainer: .* needs a terminal that can move the cursor \(TERM is "dumb"\); .+$/);
    expect(t.rawOutput()).not.toContain('\u001b');
  });
});

describe('NO_COLOR', () => {
  it('draws no colour at all, and still says right and wrong in symbols and words', async () => {
    const t = open(STUDY, { NO_COLOR: '1' });
    await t.waitFor(QUESTION);
    t.press('a', 'enter');
    const screen = await t.waitFor(/✓ Correct|✗ Wrong/);
    expect(screen).toMatch(/✓|✗/);
    t.press('q');
    await t.waitFor('Session summary');
    t.press('q');
    expect(await t.exit()).toBe(0);
    // SGR colour parameters: 30–37, 39, 40–47, 49, 90–97, 100–107, 38;…, 48;…
    const colours = [...t.rawOutput().matchAll(/\u001b\[([\d;]*)m/g)].flatMap((m) => m[1]!.split(';')).filter((p) => /^(3[0-9]|4[0-9]|9[0-7]|10[0-7])$/.test(p));
    expect(colours).toEqual([]);
  });
});

describe.skipIf(!hasTmux)('a window resized down to 20×5 and back (screen checked in a terminal emulator)', () => {
  it.each([
    ['study', STUDY, QUESTION],
    ['the exam room', EXAM, /Time left/],
  ])('%s: asks for a larger window, then draws exactly the same screen again', async (what, args, ready) => {
    tmux = new TmuxTerminal(args, { cols: 100, rows: 30, env: { CLF_TRAINER_HOME: home } });
    if (what === 'the exam room') {
      await tmux.waitFor('Press enter to start');
      tmux.press('Enter');
    }
    const before = await tmux.waitFor(ready);
    // The clock moves on while the window is small: compare the screen without it.
    const still = (screen: string) => screen.replace(/Time left \d+:\d\d/, 'Time left');
    tmux.resize(20, 5);
    const small = await tmux.waitFor(/larger|too small/i);
    expect(small.split('\n').length).toBeLessThanOrEqual(5);
    for (const [cols, rows] of [[40, 10], [20, 5], [100, 30]] as const) tmux.resize(cols, rows);
    const after = await tmux.waitFor((screen) => still(screen) === still(before));
    expect(still(after)).toBe(still(before));
    expect(after).not.toMatch(/\[exit \d+\]/);
    tmux.press('C-c');
    await tmux.waitFor('[exit 130]');
  });
});
