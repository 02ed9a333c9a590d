import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/types.js';
import { single } from '../helpers/study-questions.js';
import { KEY, renderApp, testServices } from '../helpers/ui.js';

const QUESTIONS: Question[] = [single('c1', 'caching'), single('c2', 'caching'), single('p1', 'pricing'), { ...single('p2', 'pricing'), difficulty: 'beyond-exam' }];
const RIGHT = '\u001b[C';
const footer = (frame: string) => frame.trimEnd().split('\n').at(-1)!.trim();

describe('study setup', () => {
  it('opens from home with c, studies only the topics ticked, and remembers them for next time', async () => {
    const env = testServices(QUESTIONS);
    const app = await renderApp(env.services, { id: 'home' }, { columns: 100, rows: 30 });
    await app.press('c');
    await app.waitFor('Study setup');
    expect(app.frame()).toMatch(/Start studying +3 new · 0 learning · 0 review of 3 questions/);
    expect(footer(app.frame())).toBe('↑↓ move · enter start · d defaults · ? help · q back');
    await app.press(KEY.down, KEY.enter);
    await app.waitFor('[ ] Pricing');
    expect(footer(app.frame())).toBe('↑↓ move · space tick · a all/none · enter done · ? help · esc cancel');
    await app.press(KEY.down, KEY.space, KEY.enter);
    await app.waitFor(/Topics +Pricing/);
    expect(app.frame()).toMatch(/Start studying +1 new · 0 learning · 0 review of 1 questions/);
    await app.press(KEY.down, RIGHT);
    await app.waitFor(/Level +Every level/);
    expect(app.frame()).toMatch(/Start studying +2 new · 0 learning · 0 review of 2 questions/);
    await app.press('g', KEY.up, KEY.up, KEY.enter);
    await app.waitFor('Stem of p');
    expect(app.frame()).toMatch(/Study · Pricing/);
    expect(env.remembered.study).toEqual({ topics: ['pricing'], level: 'all' });
    await app.unmount();

    const again = await renderApp(env.services, { id: 'study-setup' }, { columns: 100, rows: 30 });
    await again.waitFor('Study setup');
    expect(again.frame()).toMatch(/Topics +Pricing/);
    await again.press('d');
    await again.waitFor(/Topics +Every topic/);
    expect(again.frame()).toContain('Back to the defaults.');
    await again.unmount();
  });

  it('types a number of new questions on its row, and the footer offers only the keys that work there', async () => {
    const env = testServices(QUESTIONS);
    const app = await renderApp(env.services, { id: 'study-setup' }, { columns: 60, rows: 15 });
    await app.waitFor('Study setup');
    await app.press(KEY.up);
    expect(footer(app.frame())).toBe('←→ change · 0–9 type · d defaults · ? help · q back');
    await app.press('2');
    await app.waitFor('2▌');
    expect(footer(app.frame())).toContain('enter set');
    await app.press(KEY.enter);
    await app.waitFor(/New questions +2 +this run/);
    await app.press(KEY.down, KEY.enter);
    await app.waitFor('Stem of');
    expect(app.frame()).toMatch(/2 new · 0 learning · 0 review/);
    await app.unmount();
  });
});

describe('exam setup', () => {
  it('opens from home with x, and starts a strict exam of the size and time chosen, remembered for next time', async () => {
    const env = testServices(QUESTIONS);
    const app = await renderApp(env.services, { id: 'home' }, { columns: 100, rows: 30 });
    await app.press('x');
    await app.waitFor('Mock exam setup');
    expect(app.frame()).toMatch(/Start the exam +65 questions · 90 min/);
    await app.press(KEY.down, '3', KEY.down, '5', KEY.down, KEY.down, KEY.space);
    await app.waitFor(/Strict +On/);
    await app.press('g', KEY.up, KEY.up, KEY.up, KEY.up, KEY.enter);
    await app.waitFor('Press enter to start.');
    expect(app.frame()).toMatch(/3 questions in 5 min · strict/);
    expect(env.remembered.exam).toEqual({ questions: 3, minutes: 5, topics: [], strict: true });
    await app.press(KEY.enter);
    await app.waitFor('Question 1 of 3');
    await app.unmount();
  });
});

describe('settings', () => {
  it('changes a setting at once, and the home screen counts with it', async () => {
    const env = testServices(QUESTIONS);
    const app = await renderApp(env.services, { id: 'home' }, { columns: 100, rows: 30 });
    expect(app.frame()).toMatch(/Study +3 new · 0 learning · 0 review/);
    await app.press('o');
    await app.waitFor('New questions per day');
    await app.press('1', KEY.enter);
    await app.waitFor('Saved: new questions per day 1.');
    expect(env.saved).toEqual([{ newPerDay: 1 }]);
    await app.press('q');
    await app.waitFor(/Study +1 new · 0 learning · 0 review/);
    await app.unmount();
  });

  it('lists a choice setting with enter, and fits a 60×15 window', async () => {
    const env = testServices(QUESTIONS);
    const app = await renderApp(env.services, { id: 'settings' }, { columns: 60, rows: 15 });
    await app.waitFor('Colours');
    await app.press(KEY.up, KEY.enter);
    await app.waitFor('(•) on');
    await app.press(KEY.down, KEY.enter);
    await app.waitFor('Saved: colours off.');
    expect(env.saved).toEqual([{ colors: 'off' }]);
    expect(app.frame().split('\n').length).toBeLessThanOrEqual(14);
    await app.unmount();
  });
});
