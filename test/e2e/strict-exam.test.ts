import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { examTerminals, fixtureExam } from './exam-fixture.js';

/** A strict mock exam in a real terminal: three fixture questions, one minute, a temporary data folder. */
const setup = examTerminals(fixtureExam('strict', '--strict'), 'clf-strict-e2e-');

const seconds = (text: string, re: RegExp) => {
  const [, m, s] = re.exec(text) ?? [];
  if (m === undefined) throw new Error(`no time in:\n${text.slice(-1500)}`);
  return Number(m) * 60 + Number(s);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a strict mock exam in a real terminal', () => {
  it('keeps its clock running while it is left and the trainer is closed', async () => {
    const { open } = setup();
    const term = open();
    const intro = await term.waitFor('Press enter to start.');
    expect(intro).toContain('strict');
    expect(intro).toContain('the clock keeps running');
    term.press('enter');
    await term.waitFor(/Question 1 of 3/);
    term.press('q');
    const leave = await term.waitFor('Leave the exam?');
    expect(leave).toContain('its clock keeps running while you are away');
    term.press('y');
    expect(await term.exit()).toBe(0);
    const left = seconds(term.recent(), /Strict mock exam saved with (\d+):(\d\d) left, and its clock keeps running/);

    await sleep(4_000);
    const again = open();
    const offer = await again.waitFor('You have an unfinished mock exam');
    expect(offer).toContain('Strict exam: its clock kept running while you were away');
    const now = seconds(offer, /· (\d+):(\d\d) left/);
    expect(now).toBeLessThanOrEqual(left - 3);
    again.press('r');
    const room = await again.waitFor(/Question 1 of 3/);
    expect(seconds(room, /Time left (\d+):(\d\d)/)).toBeLessThanOrEqual(now);
    again.press('q');
    await again.waitFor('Leave the exam?');
    again.press('y');
    expect(await again.exit()).toBe(0);
  }, 60_000);

  it('submits itself when its time runs out while the trainer is closed, and opens on its results', async () => {
    const { home, open } = setup();
    const term = open();
    await term.waitFor('Press enter to start.');
    term.press('enter');
    await term.waitFor(/Question 1 of 3/);
    term.signal('SIGKILL');
    await term.exit();

    await sleep(61_000);
    const again = open();
    const results = await again.waitFor('Time is up: the exam was submitted automatically.');
    expect(results).toContain('0% correct (0 of 3)');
    again.press('q');
    expect(await again.exit()).toBe(0);
    const history = await runCli(['exam', '--history', '--json'], { env: { CLF_TRAINER_HOME: home } });
    expect(JSON.parse(history.stdout).attempts[0]).toMatchObject({ reason: 'timeout', usedMs: 60_000 });
  }, 120_000);
});
