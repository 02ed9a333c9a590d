import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../src/core/progress/records.js';
import { BIN, ROOT, Terminal } from './terminal.js';

/**
 * A bank's text is data: test/fixtures/hostile/hostile.yaml puts terminal escape sequences in
 * every free-text field (and a progress log carries them in the answers it records). No command
 * may let any of them reach the terminal, whether it draws a screen or prints lines.
 */

const BANK = 'test/fixtures/hostile/hostile.yaml';
const HOSTILE = ['--bank', BANK, '--topic', 'general'];

/** What only the bank (never the trainer itself) could have put in the output. */
const FORBIDDEN: [string, RegExp][] = [
  ['an OSC string (window title, clipboard, hyperlink)', /\u001b\]/],
  ['the payload of an OSC or DCS string', /PWNED/],
  ['mouse tracking turned on', /\u001b\[\?1000h/],
  ['a cursor position request', /\u001b\[6n/],
  ['an 8-bit CSI', /\u009b/],
  ['a DCS string', /\u001bP/],
  ['a bidirectional override or isolate', /[\u202a-\u202e\u2066-\u2069]/],
  ['a bell', /\u0007/],
];

function expectClean(output: string, what: string): void {
  for (const [name, pattern] of FORBIDDEN) expect(pattern.test(output), `${what}: ${name}`).toBe(false);
  // The trainer leaves the alternate screen once; a bank's "leave" must not have come through.
  expect(output.split('\u001b[?1049l').length - 1, `${what}: leaves the alternate screen once at most`).toBeLessThanOrEqual(1);
}

let home: string;
let term: Terminal | undefined;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-e2e-hostile-'));
  // Four wrong answers to the hostile question: it is on the missed list and a leech. The
  // answers recorded carry escape sequences too (a hand-edited log).
  const wrong = (n: number): ReviewRecord => ({ v: 1, type: 'review', id: `w${n}`, qid: 'hostile-001', at: new Date(Date.now() - (5 - n) * 86_400_000).toISOString(), source: 'study', correct: false, rating: 1, chosen: ['Hostile wrong \u001b[6n two \u001b]0;PWNED-TITLE\u0007'] });
  writeFileSync(join(home, 'reviews.jsonl'), [1, 2, 3, 4].map((n) => `${JSON.stringify(wrong(n))}\n`).join(''));
});
afterEach(() => {
  term?.kill();
  term = undefined;
  rmSync(home, { recursive: true, force: true });
});

function run(args: string[], input = ''): string {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, CLF_TRAINER_HOME: home }, encoding: 'utf8', input });
  return result.stdout + result.stderr;
}

const stemText = () => {
  const text = readFileSync(join(ROOT, BANK), 'utf8');
  return JSON.parse(/stem: ("Hostile stem .*")/.exec(text)![1]!.replace(/\\e/g, '\\u001b').replace(/\\a/g, '\\u0007').replace(/\\u009b/g, '\\u009b')) as string;
};

describe('escape sequences in a bank never reach the terminal', () => {
  it.each([
    ['lint', ['lint', BANK]],
    ['lint --json', ['lint', BANK, '--json']],
    ['banks', ['banks', '--bank', BANK]],
    ['review --list', ['review', '--list', '--bank', BANK]],
    ['review --list --json', ['review', '--list', '--json', '--bank', BANK]],
    ['stats --json', ['stats', '--json', '--bank', BANK]],
  ])('%s', (what, args) => {
    const output = run(args);
    expect(output).toMatch(/Hostile|hostile/);
    expectClean(output, what);
  });

  it('solve, with a bank question (stem and options) as TEXT and on stdin', () => {
    expect(stemText()).toContain('\u001b]52;');
    const question = `${stemText()} A partner API needs per-client quotas and API keys.\n\nA. Amazon API Gateway \u001b[6n with usage plans \u001b]0;PWNED-TITLE\u0007\nB. AWS WAF \u001b]52;c;UFdORUQ=\u0007\nC. Amazon CloudFront \u009b2J`;
    for (const output of [run(['solve', question]), run(['solve'], question), run(['solve', '--json'], question)]) {
      expect(output).toContain('Amazon API Gateway');
      expectClean(output, 'solve');
    }
  });

  it('study: the question, its options, the explanation and every "why"', async () => {
    term = new Terminal(['study', ...HOSTILE, '--new', '5'], { rows: 60, env: { CLF_TRAINER_HOME: home } });
    let screen = await term.waitFor(/Hostile stem|Second hostile stem/);
    if (!screen.includes('Hostile stem')) {
      term.press('a', 'enter');
      await term.waitFor(/✓ Correct|✗ Wrong/);
      term.press('enter');
      screen = await term.waitFor('Hostile stem');
    }
    expect(screen).toContain('Safe answer');
    term.press('a', 'enter');
    screen = await term.waitFor(/(✓ Correct|✗ Wrong)[\s\S]*Hostile explanation/);
    expect(screen).toContain('Right because');
    term.press('q');
    await term.waitFor('Session summary');
    term.press('q');
    await term.exit();
    expectClean(term.rawOutput(), 'study');
  });

  it('review: the missed question and the answer given last time', async () => {
    term = new Terminal(['review', '--bank', BANK], { env: { CLF_TRAINER_HOME: home } });
    await term.waitFor('Hostile stem');
    term.press('a', 'enter');
    await term.waitFor(/✓ Correct|✗ Wrong/);
    term.press('q');
    await term.waitFor('Review summary');
    term.press('q');
    await term.exit();
    expectClean(term.rawOutput(), 'review');
  });

  it('exam: the exam room, the results and their explanations', async () => {
    term = new Terminal(['exam', ...HOSTILE, '--questions', '2'], { env: { CLF_TRAINER_HOME: home } });
    await term.waitFor('Press enter to start');
    term.press('enter');
    await term.waitFor(/Hostile stem|Second hostile stem/);
    term.press('a', 'n');
    await term.waitFor('Question 2 of 2');
    term.press('a', 's');
    await term.waitFor('Submit the exam?');
    term.press('y');
    await term.waitFor('Estimated scaled score');
    term.press('enter');
    await term.waitFor('[all 2]');
    term.press('enter');
    await term.waitFor(/Mock exam results[\s\S]*(✓|✗) [A-F]\./);
    term.press('q', 'q', 'q');
    await term.exit();
    expectClean(term.rawOutput(), 'exam');
  });

  it('stats: the leeches list quotes the stem', async () => {
    term = new Terminal(['stats', '--bank', BANK], { cols: 120, rows: 60, env: { CLF_TRAINER_HOME: home } });
    await term.waitFor('Readiness');
    term.press('\u001b[F'); // End: the leeches are the last section
    await term.waitFor('Hostile stem');
    term.press('q');
    await term.exit();
    expectClean(term.rawOutput(), 'stats');
  });
});
