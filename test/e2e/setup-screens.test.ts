import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { Terminal } from './terminal.js';

let home: string;
let term: Terminal | undefined;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-e2e-setup-'));
});
afterEach(() => {
  term?.kill();
  term = undefined;
  rmSync(home, { recursive: true, force: true });
});

describe('setup and settings screens in a real terminal', () => {
  it('a custom strict exam set up from the home screen, and a setting changed there, both kept for next time', async () => {
    term = new Terminal([], { env: { CLF_TRAINER_HOME: home }, cols: 60, rows: 15 });
    await term.waitFor(/x +Custom exam/);
    term.press('x');
    await term.waitFor('Start the exam');
    // Questions: 3; Minutes: 2; Strict: on; then back to Start.
    term.press('down', '3', 'down', '2', 'down', 'down', 'space');
    await term.waitFor(/Strict +On/);
    term.write('\u001b[H'); // Home: the first row
    term.press('enter');
    // The exam's rules (they scroll at 60×15).
    await term.waitFor(/3 questions in 2 min · strict/);
    term.press('q');
    await term.waitFor(/o +Settings/);
    term.press('o');
    await term.waitFor('New questions per day');
    term.press('7', 'enter');
    await term.waitFor('Saved: new questions per day 7.');
    term.press('q');
    await term.waitFor(/Study +7 new · 0 learning · 0 review/);
    term.press('q');
    expect(await term.exit()).toBe(0);

    const config = JSON.parse((await runCli(['config', '--json'], { env: { CLF_TRAINER_HOME: home } })).stdout);
    expect(config['new-per-day']).toBe(7);
    expect(JSON.parse(readFileSync(join(home, 'choices.json'), 'utf8')).exam).toEqual({ questions: 3, minutes: 2, topics: [], strict: true });

    term = new Terminal([], { env: { CLF_TRAINER_HOME: home }, cols: 100, rows: 30 });
    await term.waitFor(/x +Custom exam/);
    term.press('x');
    await term.waitFor(/Start the exam +3 questions · 2 min · strict/);
    term.press('q');
    await term.waitFor(/q +Quit/);
    term.press('q');
    expect(await term.exit()).toBe(0);
  }, 60_000);
});
