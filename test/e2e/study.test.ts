import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, Terminal } from './terminal.js';

// A two-question bank of topic "general": --topic general keeps the built-in banks out.
const FIXTURE = ['--bank', 'test/fixtures/study/general.yaml', '--topic', 'general'];
const SKY = 'Which colour is the fixture sky?';
const MOO = 'Which animal says moo in the fixture?';
const QUESTION_RE = /Which colour is the fixture sky\?|Which animal says moo in the fixture\?/;

let home: string;
let term: Terminal | undefined;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-e2e-study-'));
});
afterEach(() => {
  term?.kill();
  term = undefined;
  rmSync(home, { recursive: true, force: true });
});

const env = () => ({ CLF_TRAINER_HOME: home });

/** The letter (lower case) shown for an option, read from the screen. */
function letter(screen: string, option: string): string {
  const match = new RegExp(`([A-F])\\. \\((?:•| )\\) ${option}`).exec(screen);
  if (!match) throw new Error(`option "${option}" not on screen:\n${screen}`);
  return match[1]!.toLowerCase();
}

function cli(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env() }, encoding: 'utf8', input: '' });
}

describe('clf-trainer study in a real terminal', () => {
  it('answers one wrong and one right, quits, and finds the miss in review --list and the history on the next start', async () => {
    term = new Terminal(['study', ...FIXTURE], { env: env() });
    let screen = await term.waitFor('Green sky');
    expect(screen).toContain(SKY);
    term.press(letter(screen, 'Green sky'), 'enter');
    screen = await term.waitFor('comes back in 10 min');
    expect(screen).toContain('✗ Wrong');
    expect(screen).toContain('(your answer, wrong)');
    term.press('enter');
    screen = await term.waitFor('Duck');
    expect(screen).toContain(MOO);
    term.press(letter(screen, 'Cow'), 'enter');
    screen = await term.waitFor('✓ Correct');
    expect(screen).toContain('no per-option explanations');
    // q leaves the run for its summary; enter there quits.
    term.press('q');
    screen = await term.waitFor('Session summary');
    expect(screen).toContain('2 answered · 1 correct (50%)');
    term.press('enter');
    expect(await term.exit()).toBe(0);
    const raw = term.rawOutput();
    expect(raw).toContain('\u001b[?1049h');
    expect(raw.lastIndexOf('\u001b[?1049l')).toBeGreaterThan(raw.lastIndexOf('\u001b[?1049h'));
    expect(term.output()).toContain('Study: 2 answered, 1 correct (50%).');

    const log = readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { qid: string; correct: boolean });
    expect(log.map((r) => [r.qid, r.correct])).toEqual([
      ['study-fixture-001', false],
      ['study-fixture-002', true],
    ]);

    const list = cli('review', '--list', ...FIXTURE.slice(0, 2));
    expect(list.status).toBe(0);
    expect(list.stdout).toContain(`[study-fixture-001] ${SKY}`);
    expect(list.stdout).toContain('Your answer:  Green sky');
    expect(list.stdout).toContain('Right answer: Blue sky');
    expect(list.stdout).not.toContain('study-fixture-002');
    const json = JSON.parse(cli('review', '--json', ...FIXTURE.slice(0, 2)).stdout) as { count: number; missed: { id: string }[] };
    expect(json.missed.map((m) => m.id)).toEqual(['study-fixture-001']);

    // Next start: both questions are known (nothing new left), the missed one is back in its 10-minute step.
    term = new Terminal(['study', ...FIXTURE], { env: env() });
    screen = await term.waitFor('Green sky');
    expect(screen).toContain(SKY);
    expect(screen).toContain('0 answered · 0 new · 1 learning · 0 review');
    term.press('q');
    expect(await term.exit()).toBe(0);
  });

  it('--new N gives N more new questions once the day\'s are done; --new 0 gives none', async () => {
    expect(cli('config', 'new-per-day', '1').status).toBe(0);
    const study = async (...args: string[]) => {
      term = new Terminal(['study', ...args, ...FIXTURE], { env: env() });
      return term.waitFor(new RegExp(`Nothing is due and no new questions|${QUESTION_RE.source}`));
    };
    /** Answers the question on screen right, then leaves through the summary. */
    const answerRight = async (screen: string) => {
      term!.press(letter(screen, screen.includes(SKY) ? 'Blue sky' : 'Cow'), 'enter');
      await term!.waitFor('✓ Correct');
      term!.press('q');
      await term!.waitFor('Session summary');
      term!.press('enter');
      expect(await term!.exit()).toBe(0);
    };
    // --new 0, before any new question today: nothing new, although the day's limit allows one.
    expect(await study('--new', '0')).toContain('Nothing is due and no new questions are left for today.');
    term!.press('enter');
    expect(await term!.exit()).toBe(0);
    // The day's one new question, then nothing more without --new.
    let screen = await study();
    expect(screen).toContain('0 answered · 1 new · 0 learning · 0 review');
    await answerRight(screen);
    expect(await study()).toContain('Nothing is due and no new questions are left for today.');
    term!.press('enter');
    expect(await term!.exit()).toBe(0);
    // --new 1: one more on top of it.
    screen = await study('--new', '1');
    expect(screen).toContain('0 answered · 1 new · 0 learning · 0 review');
    await answerRight(screen);
    const log = readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n');
    expect(log).toHaveLength(2);
  });

  it('chooses nothing for the learner: enter on a new question only says how to choose', async () => {
    term = new Terminal(['study', ...FIXTURE], { env: env() });
    const screen = await term.waitFor(QUESTION_RE);
    expect(screen).not.toMatch(/\(•\)/);
    term.press('enter', 'enter');
    await term.waitFor('Nothing chosen yet');
    term.press('q');
    expect(await term.exit()).toBe(0);
    expect(existsSync(join(home, 'reviews.jsonl')) ? readFileSync(join(home, 'reviews.jsonl'), 'utf8') : '').toBe('');
  });

  it('without a terminal prints one line saying what to run instead, and exits 2', () => {
    for (const args of [['study'], ['review'], []]) {
      const result = cli(...args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/needs an interactive terminal; .*clf-trainer/);
    }
  });

  it('Ctrl+C leaves with exit code 130 and the terminal restored', async () => {
    term = new Terminal(['study', ...FIXTURE], { env: env() });
    await term.waitFor(SKY);
    term.press('ctrlC');
    expect(await term.exit()).toBe(130);
    const raw = term.rawOutput();
    expect(raw.lastIndexOf('\u001b[?1049l')).toBeGreaterThan(raw.lastIndexOf('\u001b[?1049h'));
  });

  it('SIGTERM also restores the terminal (exit code 143)', async () => {
    term = new Terminal(['review', ...FIXTURE.slice(0, 2)], { env: env() });
    await term.waitFor('No missed questions');
    term.signal('SIGTERM');
    expect(await term.exit()).toBe(143);
    const raw = term.rawOutput();
    expect(raw.lastIndexOf('\u001b[?1049l')).toBeGreaterThan(raw.lastIndexOf('\u001b[?1049h'));
  });

  it('asks for a larger window when it is too small, and draws the screen once it is large enough', async () => {
    term = new Terminal(['study', ...FIXTURE], { env: env(), cols: 50, rows: 12 });
    await term.waitFor('make the window larger');
    term.resize(80, 24);
    await term.waitFor(SKY);
    term.press('q');
    expect(await term.exit()).toBe(0);
  });
});
