import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  ['an 8-bit OSC', /\u009d/],
  ['an Arabic letter mark', /\u061c/],
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

/**
 * The same promise for every other file the trainer reads: a data folder whose bank file name,
 * bank title, review log, exam history, unfinished exam, exam lock and settings all carry
 * escape sequences; a crafted backup; a hostile Markdown file to import. Every command and
 * every screen that prints text from them is run; none may let a sequence through.
 */
describe('escape sequences in any file never reach the terminal', () => {
  const H = [
    '\u001b]0;PWNED-TITLE\u0007',
    '\u001b]52;c;UFdORUQ=\u0007',
    '\u001b]8;;https://evil.example/PWNED\u001b\\link\u001b]8;;\u001b\\',
    '\u001b[2J\u001b[31m\u001b[6n\u001b[?1000h',
    '\u001bP1$rPWNED-DCS\u001b\\',
    '\u009b2J\u009d0;PWNED-C1\u0007',
    '\u202eEKAF\u202c\u2066x\u2069\u061c',
    '\u001b',
  ].join('');
  /** The same, as a file name can hold it (no slash). */
  const NAME = H.replace(/\//g, '-');
  /** Left open at the end of a string: must not swallow what is printed after it. */
  const OPEN = '\u001b]0;PWNED-OPEN';
  /** What no command may print raw (tabs, line breaks and CR for CSV aside). */
  // eslint-disable-next-line no-control-regex
  const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

  let dir: string;
  let data: string;
  let holder: ReturnType<typeof spawn> | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'clf-e2e-hostile-files-'));
    data = join(dir, 'home');
    mkdirSync(join(data, 'banks'), { recursive: true });
    mkdirSync(join(data, 'exams'));
    const bank = readFileSync(join(ROOT, 'test/fixtures/valid-bank.yaml'), 'utf8')
      .replace(/^title: .*$/m, `title: ${JSON.stringify(`Title ${H} end`)}`)
      .replace(/fixture-00/g, 'hostile-file-00');
    writeFileSync(join(data, 'banks', `${NAME}evil.yaml`), bank);
    const record = (id: string, qid: string, chosen: string[]) => JSON.stringify({ v: 1, type: 'review', id, qid, at: '2026-11-20T10:00:00.000Z', source: 'study', correct: false, rating: 1, chosen });
    writeFileSync(join(data, 'reviews.jsonl'), [record('w1', `gone-${H}${OPEN}`, ['x']), record('w2', 'hostile-file-001', [`${H}${OPEN}`]), '{"damaged": true', ''].join('\n'));
    const qids = Array.from({ length: 3 }, (_, i) => `q${i}-${H}`);
    writeFileSync(join(data, 'exams', 'history.jsonl'), `${JSON.stringify({ v: 1, id: `e-${H}`, startedAt: '2026-11-20T09:00:00.000Z', endedAt: '2026-11-20T09:10:00.000Z', reason: 'submitted', questions: 3, answered: 3, durationMs: 600000, usedMs: 500000, correct: 2, percent: 67, scaled: 671, passed: false, seed: H, qids })}\n`);
    const journal = [
      { v: 1, type: 'exam', id: 'e2', createdAt: '2026-11-21T09:00:00.000Z', seed: H, banks: [join(dir, `${NAME}gone.yaml`)] },
      { type: 'start', at: Date.parse('2026-11-21T09:00:00.000Z'), id: 'e2', items: qids.map((qid) => ({ qid: `${qid}${OPEN}`, topic: 'general', order: [0, 1], pick: 1 })), durationMs: 600000 },
    ];
    writeFileSync(join(data, 'exams', 'e2.jsonl'), journal.map((l) => `${JSON.stringify(l)}\n`).join(''));
    // The unfinished exam is open in a trainer that is still running, on a host with a hostile name.
    holder = spawn('sleep', ['60']);
    writeFileSync(join(data, 'exams', 'e2.lock'), JSON.stringify({ pid: holder.pid, host: `host-${H}`, since: '2026-11-21T09:00:00.000Z', purpose: `the exam ${H}` }));
    writeFileSync(join(data, 'settings.json'), JSON.stringify({ newPerDay: H }));
  });
  afterEach(() => {
    holder?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (args: string[], input?: string) => {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, CLF_TRAINER_HOME: data }, encoding: 'utf8', input: input ?? '', timeout: 30_000 });
    return { ...result, all: `${result.stdout}${result.stderr}` };
  };

  it('every command that prints text from a file, a file name or a backup', () => {
    writeFileSync(join(dir, 'hostile.md'), `# Hostile ${H}\n\n1. Which service runs code ${H} without servers?\n    - A. Amazon EC2\n    - B. AWS Lambda\n\n    <details markdown=1><summary>Answer</summary>\n\n    Correct answer: ${H}B or C${OPEN}\n\n    </details>\n\n2. Which service stores objects?\n    - A. Amazon S3 ${H}\n    - B. AWS IAM\n\n    <details markdown=1><summary>Answer</summary>\n\n    Correct answer: A\n\n    Explanation: ${H}\n\n    </details>\n`);
    writeFileSync(join(dir, `${NAME}named.md`), readFileSync(join(dir, 'hostile.md')));
    const crafted = (over: object) => JSON.stringify({ format: 'clf-trainer-backup', version: 1, createdAt: '2026-01-01T00:00:00Z', app: H, files: [], ...over });
    writeFileSync(join(dir, 'date.json'), crafted({ createdAt: `2026-01-01 (${H})` }));
    writeFileSync(join(dir, 'path.json'), crafted({ files: [{ path: `banks/${H}evil.yaml`, text: 'title: x\n' }] }));
    writeFileSync(join(dir, 'bad.json'), `{"format": "clf-trainer-backup", ${H}`);
    const runs: [string, string[], boolean][] = [
      ['lint', ['lint'], false],
      ['lint --json', ['lint', '--json'], true],
      ['lint the bank folder', ['lint', join(data, 'banks')], false],
      ['banks', ['banks'], false],
      ['banks --json', ['banks', '--json'], true],
      ['review --list', ['review', '--list'], false],
      ['review --list --json', ['review', '--list', '--json'], true],
      ['stats --json', ['stats', '--json'], true],
      ['exam --history', ['exam', '--history'], false],
      ['exam --history --json', ['exam', '--history', '--json'], true],
      ['export CSV', ['export', '--missed'], false],
      ['export Anki', ['export', '--all', '--format', 'anki'], false],
      ['import', ['import', 'hostile.md', `${NAME}named.md`, '--out', 'imported.yaml'], false],
      ['backup', ['backup', 'progress.json'], false],
      ['restore, a date with text in it', ['restore', 'date.json', '--force'], false],
      ['restore, a path with escapes', ['restore', 'path.json', '--force'], true],
      ['restore, not JSON', ['restore', 'bad.json', '--force'], false],
      ['restore, a file name with escapes', ['restore', `${NAME}missing.json`], false],
      ['config', ['config'], false],
      ['config --json', ['config', '--json'], true],
    ];
    for (const [what, args, json] of runs) {
      const { all, status, signal } = cli(args);
      expect(signal, what).toBeNull();
      expect(status, `${what}: ${all}`).not.toBe(null);
      expect(RAW.test(all), `${what} printed a raw control character:\n${JSON.stringify(all).slice(0, 3000)}`).toBe(false);
      // JSON (and a path quoted as JSON) keeps the data exact, escaped: the payload may be there as escaped text, never raw.
      if (!json) expect(all, what).not.toContain('PWNED');
    }
    expect(cli(['review', '--list']).stdout).toMatch(/Run 'clf-trainer review' to go over them\.\n$/);
  });

  it('a data folder whose path holds escape sequences (CLF_TRAINER_HOME is printed by several commands)', () => {
    const home = join(dir, `home-${NAME}`);
    for (const args of [['config'], ['config', '--json'], ['banks'], ['stats', '--json'], ['backup', join(dir, 'p.json')], ['export', '--all', '--out', join(home, 'x.csv')]]) {
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, CLF_TRAINER_HOME: home }, encoding: 'utf8', timeout: 30_000 });
      const all = `${result.stdout}${result.stderr}`;
      expect(RAW.test(all), `${args.join(' ')}: ${JSON.stringify(all).slice(0, 500)}`).toBe(false);
    }
  });

  it('the screens: start notices, the unfinished exam held by another trainer, the stats', async () => {
    term = new Terminal(['exam'], { cwd: dir, env: { CLF_TRAINER_HOME: data } });
    let screen = await term.waitFor('You have an unfinished mock exam');
    expect(screen).toMatch(/It is open in another clf-trainer \(process \d+ on host-/);
    term.press('q');
    await term.exit();
    expectClean(term.rawOutput(), 'exam held by another trainer');

    // Without that trainer, the exam's questions (ids from its journal) are named as missing.
    rmSync(join(data, 'exams', 'e2.lock'));
    term = new Terminal(['exam'], { cwd: dir, env: { CLF_TRAINER_HOME: data } });
    screen = await term.waitFor('not in the loaded banks');
    expect(screen).toMatch(/3 questions of it are not in the loaded banks \(q0-/);
    term.press('q');
    await term.exit();
    expectClean(term.rawOutput(), 'exam with missing questions');

    term = new Terminal(['stats'], { cwd: dir, cols: 120, rows: 60, env: { CLF_TRAINER_HOME: data } });
    screen = await term.waitFor('Readiness');
    expect(screen).toContain('settings.json: invalid');
    term.press('q');
    await term.exit();
    expectClean(term.rawOutput(), 'stats');

    term = new Terminal(['review'], { cwd: dir, env: { CLF_TRAINER_HOME: data } });
    await term.waitFor('Which API Gateway API type');
    term.press('a', 'enter');
    await term.waitFor(/✓ Correct|✗ Wrong/);
    term.press('q');
    await term.waitFor('Review summary');
    term.press('enter');
    await term.exit();
    expectClean(term.rawOutput(), 'review');
  });
});
