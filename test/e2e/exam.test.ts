import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { EXAM_BANK as BANK, examTerminals, fixtureExam } from './exam-fixture.js';
import { Terminal } from './terminal.js';

/**
 * The mock exam in a real terminal, on the three-question fixture bank (`--topic general`
 * draws exactly those), one minute, a fixed seed, a temporary data folder.
 */
const ARGS = fixtureExam('e2e');

/** Which fixture question is on screen, and the options to choose for a right or a wrong answer. */
const FIXTURE: Record<string, { right: string[]; wrong: string[] }> = {
  'Fixture one': { right: ['Walrus'], wrong: ['Heron'] },
  'Fixture two': { right: ['Falcon', 'Lynx'], wrong: ['Falcon', 'Moose'] },
  'Fixture three': { right: ['Panda'], wrong: ['Tiger'] },
};

const setup = examTerminals(ARGS, 'clf-exam-e2e-');

/** The last complete frame in a chunk of output (Ink redraws the whole screen each time). */
function lastFrame(output: string): string {
  const at = output.lastIndexOf('Question ');
  return at === -1 ? output : output.slice(at);
}

function fixtureOn(screen: string): keyof typeof FIXTURE {
  const frame = lastFrame(screen);
  const name = Object.keys(FIXTURE).find((n) => frame.includes(n));
  if (!name) throw new Error(`no fixture question on screen:\n${frame}`);
  return name;
}

/** The letter shown for the option starting with `word`, from the last frame. */
function letterOf(screen: string, word: string): string {
  const matches = [...lastFrame(screen).matchAll(new RegExp(`([A-F])\\. [(\\[][ •x][)\\]] ${word}`, 'g'))];
  const last = matches.at(-1);
  if (!last) throw new Error(`no option ${word} on screen:\n${lastFrame(screen)}`);
  return last[1]!.toLowerCase();
}

/** Chooses the options one key at a time, waiting for each to show as chosen. */
async function choose(term: Terminal, screen: string, words: string[]): Promise<string> {
  let last = screen;
  for (const word of words) {
    term.press(letterOf(last, word));
    last = await term.waitFor(new RegExp(`[A-F]\\. [(\\[][•x][)\\]] ${word}`));
  }
  return last;
}

/** "Time left 0:42" → 42 (seconds), from the last one drawn (or the first). */
function clockIn(output: string, which: 'first' | 'last' = 'last'): number {
  const all = [...output.matchAll(/Time left (\d+):(\d\d)/g)];
  const last = which === 'last' ? all.at(-1) : all[0];
  if (!last) throw new Error(`no clock in:\n${output.slice(-1500)}`);
  return Number(last[1]) * 60 + Number(last[2]);
}

describe('mock exam in a real terminal', () => {
  it('answer, flag, go back, submit, read the results; the answers reach the history and the review log', async () => {
    const { home, open } = setup();
    const term = open();
    await term.waitFor('Press enter to start.');
    term.press('enter');
    let screen = await term.waitFor(/Question 1 of 3[\s\S]*Fixture/);
    const first = fixtureOn(screen);
    screen = await choose(term, screen, FIXTURE[first]!.right);
    term.press('m');
    await term.waitFor('⚑ marked for review');
    term.press('n');
    screen = await term.waitFor(/Question 2 of 3[\s\S]*Fixture/);
    screen = await choose(term, screen, FIXTURE[fixtureOn(screen)]!.right);
    term.press('right');
    screen = await term.waitFor(/Question 3 of 3[\s\S]*Fixture/);
    screen = await choose(term, screen, FIXTURE[fixtureOn(screen)]!.wrong);
    await term.waitFor('3 answered · 1 flagged');
    // Back to the first question: its answer and its flag are still there.
    term.press('p');
    await term.waitFor('Question 2 of 3');
    term.press('left');
    screen = await term.waitFor(/Question 1 of 3[\s\S]*marked for review/);
    expect(fixtureOn(screen)).toBe(first);
    expect(lastFrame(screen)).toMatch(new RegExp(`[(\\[][•x][)\\]] ${FIXTURE[first]!.right[0]}`));
    expect(term.output()).not.toMatch(/Correct|Wrong/);
    term.press('s');
    screen = await term.waitFor('Submit the exam?');
    expect(screen).toContain('1 question flagged for review');
    term.press('y');
    screen = await term.waitFor('Estimated scaled score');
    expect(screen).toContain('67% correct (2 of 3)');
    expect(screen).toContain('✗ FAIL');
    expect(screen).toMatch(/Estimated scaled score: 671 of 1000 \(pass line 700\)/);
    expect(screen).toContain('estimate');
    term.press('enter');
    await term.waitFor('[all 3]');
    term.press('f');
    screen = await term.waitFor('[flagged 1]');
    expect(screen).toContain('✓ right');
    term.press('i');
    screen = await term.waitFor('[incorrect 1]');
    term.press('enter');
    screen = await term.waitFor('Explanation');
    expect(screen).toContain('✗ Wrong');
    expect(screen).toContain('(correct answer)');
    term.press('q');
    await term.waitFor('[incorrect 1]');
    term.press('q');
    await term.waitFor('Estimated scaled score');
    term.press('q');
    expect(await term.exit()).toBe(0);
    expect(term.rawOutput()).toContain('\u001b[?1049l');
    expect(term.recent()).toContain('Mock exam (your own banks only): 67% (2/3) · estimated 671/1000 · FAIL');

    const history = await runCli(['exam', '--history', '--json'], { env: { CLF_TRAINER_HOME: home } });
    expect(history.code).toBe(0);
    const attempts = JSON.parse(history.stdout).attempts;
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ reason: 'submitted', questions: 3, answered: 3, correct: 2, scaled: 671, passed: false, seed: 'e2e' });
    const reviews = readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(reviews).toHaveLength(3);
    expect(reviews.map((r) => [r.source, r.exam, r.rating]).sort()).toEqual([
      ['exam', attempts[0].id, 1],
      ['exam', attempts[0].id, 3],
      ['exam', attempts[0].id, 3],
    ]);
    const missed = await runCli(['review', '--list', '--json', '--bank', BANK], { env: { CLF_TRAINER_HOME: home } });
    expect(JSON.parse(missed.stdout).count).toBe(1);
  });

  it('killed with SIGKILL halfway, it resumes with its answers, flags and remaining time', async () => {
    const { home, open } = setup();
    const term = open();
    await term.waitFor('Press enter to start.');
    term.press('enter');
    let screen = await term.waitFor(/Question 1 of 3[\s\S]*Fixture/);
    const first = fixtureOn(screen);
    screen = await choose(term, screen, FIXTURE[first]!.wrong);
    term.press('m');
    await term.waitFor('⚑ marked for review');
    term.press('n');
    screen = await term.waitFor(/Question 2 of 3[\s\S]*Fixture/);
    const second = fixtureOn(screen);
    screen = await choose(term, screen, FIXTURE[second]!.right);
    await term.waitFor(/Time left 0:5[0-7]/);
    term.signal('SIGKILL');
    expect(await term.exit()).toBe(128 + 9);
    const shownAtDeath = clockIn(term.output());

    const again = open();
    screen = await again.waitFor('You have an unfinished mock exam');
    expect(screen).toContain('2 answered · 1 flagged');
    const [, minutes, seconds] = /· (\d+):(\d\d) left/.exec(screen) ?? [];
    const saved = Number(minutes) * 60 + Number(seconds);
    // The clock is saved before it is drawn: it resumes at the second last drawn, or one later.
    expect([shownAtDeath, shownAtDeath - 1]).toContain(saved);
    again.press('r');
    screen = await again.waitFor(/Question 2 of 3[\s\S]*Fixture/);
    expect(fixtureOn(screen)).toBe(second);
    expect(clockIn(screen, 'first')).toBe(saved);
    expect(lastFrame(screen)).toContain('2 answered · 1 flagged');
    for (const word of FIXTURE[second]!.right) expect(lastFrame(screen)).toMatch(new RegExp(`[(\\[][•x][)\\]] ${word}`));
    again.press('p');
    screen = await again.waitFor(/Question 1 of 3[\s\S]*marked for review/);
    expect(lastFrame(screen)).toMatch(new RegExp(`[(\\[][•x][)\\]] ${FIXTURE[first]!.wrong[0]}`));
    again.press('s');
    await again.waitFor('Submit the exam?');
    again.press('y');
    screen = await again.waitFor('Estimated scaled score');
    expect(screen).toContain('33% correct (1 of 3)');
    again.press('q');
    expect(await again.exit()).toBe(0);

    const history = await runCli(['exam', '--history', '--json'], { env: { CLF_TRAINER_HOME: home } });
    expect(JSON.parse(history.stdout).attempts).toEqual([expect.objectContaining({ reason: 'submitted', answered: 2, correct: 1 })]);
  });

  it('left alone, it warns at a third and at the last 10% and submits itself at 0:00', async () => {
    const { home, open } = setup();
    const term = open();
    await term.waitFor('Press enter to start.');
    term.press('enter');
    const screen = await term.waitFor(/Question 1 of 3[\s\S]*Fixture/);
    await choose(term, screen, FIXTURE[fixtureOn(screen)]!.right);
    await term.waitFor('⚠ a third of the time left', 60_000);
    await term.waitFor('⚠ last 10% of the time', 60_000);
    const results = await term.waitFor('Time is up: the exam was submitted automatically.', 30_000);
    expect(results).toContain('33% correct (1 of 3)');
    expect(results).toContain('Time used 1 min of 1 min');
    term.press('q');
    expect(await term.exit()).toBe(0);
    const history = await runCli(['exam', '--history', '--json'], { env: { CLF_TRAINER_HOME: home } });
    expect(JSON.parse(history.stdout).attempts[0]).toMatchObject({ reason: 'timeout', usedMs: 60_000, answered: 1 });
    // Only the question that was on screen reaches the review log; the two never shown do not.
    const reviews = readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n');
    expect(reviews).toHaveLength(1);
    expect(JSON.parse(reviews[0]!)).toMatchObject({ source: 'exam', rating: 3, correct: true });
  }, 150_000);

  it('an exam whose bank became a FIFO: the resume screen still answers keys, nothing waits on the FIFO', async () => {
    const { home, track } = setup();
    const bank = join(home, '..', `${home.split('/').pop()}-bank.yaml`);
    copyFileSync(BANK, bank);
    const first = track(new Terminal(['exam', '--bank', bank, '--topic', 'general', '--questions', '3', '--seed', 'e2e'], { env: { CLF_TRAINER_HOME: home } }));
    await first.waitFor('Press enter to start');
    first.press('enter');
    await first.waitFor('Question 1 of 3');
    first.signal('SIGKILL');
    await first.exit();
    rmSync(bank);
    execFileSync('mkfifo', [bank]);
    try {
      const again = track(new Terminal(['exam'], { env: { CLF_TRAINER_HOME: home } }));
      await again.waitFor(/You have an unfinished mock exam[\s\S]*not in the loaded banks/);
      again.press('q');
      expect(await again.exit()).toBe(0);
    } finally {
      rmSync(bank, { force: true });
    }
  }, 60_000);

  it('a FIFO where the exam lock belongs: the exam screen opens and answers keys, nothing waits on it', async () => {
    const { home, open } = setup();
    const first = open();
    await first.waitFor('Press enter to start');
    first.press('enter');
    await first.waitFor('Question 1 of 3');
    first.signal('SIGKILL');
    await first.exit();
    const lock = readdirSync(join(home, 'exams')).find((name) => name.endsWith('.lock'))!;
    rmSync(join(home, 'exams', lock));
    execFileSync('mkfifo', [join(home, 'exams', lock)]);
    const again = open();
    await again.waitFor('You have an unfinished mock exam');
    again.press('q');
    expect(await again.exit()).toBe(0);
  }, 60_000);
});
