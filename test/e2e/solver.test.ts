import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Terminal } from './terminal.js';

let home: string;
let term: Terminal | undefined;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-e2e-solver-'));
});
afterEach(() => {
  term?.kill();
  term = undefined;
  rmSync(home, { recursive: true, force: true });
});

/** Presses a key until the screen shows `text`: a key sent before the screen listens is lost. */
async function pressUntil(t: Terminal, key: string, text: string | RegExp) {
  for (let attempt = 0; ; attempt++) {
    t.press(key);
    try {
      return await t.waitFor(text, 3_000);
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

describe('"Which service?" in a real terminal', () => {
  it('opens from the home menu, answers a typed scenario and returns home', async () => {
    term = new Terminal([], { env: { CLF_TRAINER_HOME: home }, cols: 100, rows: 30 });
    // The home menu: each entry with its shortcut key; w opens "Which service?".
    expect(await term.waitFor(/w +Which service\?/)).toMatch(/› s +Study/);
    await pressUntil(term, 'w', 'Describe the scenario');
    term.write('A multiplayer game must push score changes to connected players without polling. q?');
    await term.waitFor('polling. q?');
    term.press('enter');
    const screen = await term.waitFor('Amazon API Gateway WebSocket API');
    expect(screen).toContain('Clues in the text');
    term.press('q');
    await term.waitFor('Review missed');
    term.press('q');
    expect(await term.exit()).toBe(0);
  });
});
