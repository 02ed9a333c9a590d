import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readExamHistory } from '../../src/store/exams.js';
import type { TerminalControl } from '../../src/ui/App.js';
import { tooSmallLines } from '../../src/ui/components/TooSmall.js';
import { PASTE_END, PASTE_START } from '../../src/ui/input/decode.js';
import { plainText } from '../../src/ui/layout/text.js';
import { single } from '../helpers/study-questions.js';
import { KEY, letterOf, renderApp, testServices } from '../helpers/ui.js';
import { EXAM_PARAMS, examServices, fakeClock } from './exam-helpers.js';

const BIG = { columns: 100, rows: 30 };
const TINY = { columns: 20, rows: 5 };

afterEach(() => vi.useRealTimers());

describe('a window too small', () => {
  it('shows a message that fits, down to 20×5', () => {
    for (const size of [TINY, { columns: 30, rows: 6 }, { columns: 59, rows: 30 }, { columns: 100, rows: 14 }]) {
      const lines = tooSmallLines(size);
      expect(lines.length).toBeLessThanOrEqual(size.rows - 1);
      for (const line of plainText(lines).split('\n')) expect([...line].length).toBeLessThanOrEqual(size.columns - 1);
      expect(plainText(lines)).toMatch(/Ctrl\+C|small/);
    }
    expect(plainText(tooSmallLines(TINY))).toContain('60×15');
  });

  it('study: keys do nothing while it shows, and the question is there as it was afterwards', async () => {
    const { services, log } = testServices([single('q1'), single('q2')]);
    const app = await renderApp(services, { id: 'study' }, BIG);
    await app.waitFor('Stem of');
    const before = app.frame();
    await app.resize(TINY);
    expect(app.frame()).toContain('too small');
    await app.press('b', KEY.enter, 'a\r', KEY.space, KEY.enter, 'q', 'u', '2');
    expect(log.records).toEqual([]);
    expect(app.exits).toEqual([]);
    await app.resize(BIG);
    expect(app.frame()).toBe(before);
    await app.unmount();
  });

  it('home: keys do nothing while it shows (no screen is opened blind)', async () => {
    const { services } = testServices([single('a')]);
    const app = await renderApp(services, { id: 'home' }, BIG);
    await app.resize(TINY);
    await app.press('jjjj\r', KEY.enter, 'q');
    await app.resize(BIG);
    expect(app.frame()).toMatch(/› s  Study/);
    expect(app.exits).toEqual([]);
    await app.unmount();
  });

  it('the exam: b s y submits nothing while it shows; Ctrl+C still leaves', async () => {
    const { services, log, folder } = examServices();
    const app = await renderApp(services, { id: 'exam', params: EXAM_PARAMS }, BIG);
    await app.waitFor('Press enter to start.');
    await act(async () => undefined);
    fakeClock(new Date('2026-11-25T10:00:00Z'));
    await app.press(KEY.enter);
    expect(app.frame()).toContain('Question 1 of 3');
    await app.resize(TINY);
    await app.press('b', 's', 'y', KEY.enter, 'q', 'y');
    await app.resize(BIG);
    expect(app.frame()).toContain('0 answered · 0 flagged');
    expect(readExamHistory(folder).values).toEqual([]);
    expect(log.records).toEqual([]);
    await app.resize(TINY);
    await app.press('\u0003');
    expect(app.exits[0]?.code).toBe(130);
    await app.unmount();
  });
});

describe('keys the trainer does not know, and pastes', () => {
  it('Ctrl+F1–F4 and stray escape sequences are ignored, on a question and in the solver', async () => {
    const { services, log } = testServices([single('q1')]);
    const app = await renderApp(services, { id: 'study' }, BIG);
    await app.waitFor('Stem of q1?');
    await app.press('\u001b[1;5P', '\u001b[1;5Q', '\u001b[1;5R', '\u001b[1;5S', '\u001b[31m', '\u001b[1;5G');
    expect(app.frame()).toContain('Stem of q1?');
    await app.press(letterOf(app.frame(), 'Alpha q1'), KEY.enter);
    await app.waitFor('✓ Correct');
    expect(log.records).toHaveLength(1);
    await app.unmount();

    const solver = await renderApp(testServices([]).services, { id: 'solver' }, BIG);
    await solver.waitFor('Describe the scenario');
    await solver.press('An API', '\u001b[1;5P', '\u001b[31m', ' for partners');
    await solver.waitFor('An API for partners▌');
    await solver.unmount();
  });

  it('a paste on a question is not keys: nothing is chosen, answered or undone', async () => {
    const { services, log } = testServices([single('q1'), single('q2')]);
    const app = await renderApp(services, { id: 'study' }, BIG);
    await app.waitFor('Stem of');
    const before = app.frame();
    await app.press(`${PASTE_START}a\rb\ru2\rq\r${PASTE_END}`);
    expect(app.frame()).toBe(before);
    expect(log.records).toEqual([]);
    expect(app.exits).toEqual([]);
    await app.unmount();
  });

  it('a paste in the solver is text, line breaks and all, with escape sequences removed', async () => {
    const { services } = testServices([]);
    const app = await renderApp(services, { id: 'solver' }, { columns: 100, rows: 40 });
    await app.waitFor('Describe the scenario');
    await app.press(`${PASTE_START}Which service? \u001b[31mq\u001b[0m\rA. Amazon S3\rB. Amazon API Gateway REST API${PASTE_END}`);
    await app.waitFor('B. Amazon API Gateway REST API▌');
    expect(app.frame()).toContain('› Which service? q');
    expect(app.frame()).not.toContain('[31m');
    await app.unmount();
  });
});

describe('Ctrl+Z', () => {
  it('hands the terminal back (suspend), and draws the whole screen again when the program continues', async () => {
    const resumed = new Set<() => void>();
    const terminal: TerminalControl = { suspend: vi.fn(), onResume: (l) => (resumed.add(l), () => void resumed.delete(l)) };
    const { services, log } = testServices([single('q1')]);
    const app = await renderApp(services, { id: 'study' }, BIG, terminal);
    await app.waitFor('Stem of q1?');
    await app.press('\u001a');
    expect(terminal.suspend).toHaveBeenCalledTimes(1);
    expect(log.records).toEqual([]);
    await act(async () => {
      for (const listener of resumed) listener();
    });
    // A blank frame first, so the terminal is given every line again…
    expect(app.frame()).not.toContain('Stem of q1?');
    // …then the screen as it was, taking keys again.
    await app.waitFor('Stem of q1?');
    await app.press(letterOf(app.frame(), 'Alpha q1'), KEY.enter);
    await app.waitFor('✓ Correct');
    await app.unmount();
  });
});
