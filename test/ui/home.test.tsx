import { describe, expect, it } from 'vitest';
import { at, single } from '../helpers/study-questions.js';
import { KEY, renderApp, testServices } from '../helpers/ui.js';

const wrong = (qid: string) => ({ v: 1 as const, type: 'review' as const, id: `r-${qid}`, qid, at: at(0, 9).toISOString(), source: 'study' as const, correct: false, rating: 1 as const, chosen: ['x'] });

describe('home screen', () => {
  it('lists Study with its new · learning · review counts, Review missed with its count, and Quit', async () => {
    const { services } = testServices([single('a'), single('b'), single('c')], { log: [wrong('a')] });
    const app = await renderApp(services, { id: 'home' });
    const f = app.frame();
    expect(f).toMatch(/Study\s+2 new · 1 learning · 0 review/);
    expect(f).toMatch(/Review missed\s+1 question\b/);
    expect(f).toContain('Quit');
    expect(f).toContain('? help');
    await app.unmount();
  });

  it('says what Study will do: a missed question due in a few minutes is announced and then shown early, never "nothing due" then a question', async () => {
    const missed = { ...wrong('a'), at: at(-2).toISOString() }; // due again at 12:08
    const { services } = testServices([single('a')], { log: [missed] });
    const app = await renderApp(services, { id: 'home' });
    const f = app.frame().replace(/\s+/g, ' ');
    expect(f).toContain('Nothing is due right now; a question you missed is due again soon, the first in 8 min: Study shows it now, marked early.');
    expect(f).toMatch(/Study 0 new · 1 learning · 0 review/);
    await app.press(KEY.enter);
    await app.waitFor('Stem of a?');
    expect(app.frame()).toContain('early · due in 8 min (12:08)');
    expect(app.frame()).toContain('0 answered · 0 new · 1 learning · 0 review');
    await app.unmount();
  });

  it('says when the next question is due when nothing is left today', async () => {
    const right = { ...wrong('a'), correct: true, rating: 3 as const, at: at(-2).toISOString() };
    const { services } = testServices([single('a')], { log: [right] });
    const app = await renderApp(services, { id: 'home' });
    expect(app.frame().replace(/\s+/g, ' ')).toMatch(/Nothing left to study today\. Next question due in \d+ (hours|days?)\. Or take a mock exam\./);
    await app.unmount();
  });

  it('opens the highlighted entry with enter and comes back with q, counts refreshed', async () => {
    const { services } = testServices([single('a')]);
    const app = await renderApp(services, { id: 'home' });
    await app.press(KEY.enter);
    await app.waitFor('Stem of a?');
    await app.press('q');
    await app.waitFor('Review missed');
    expect(app.exits).toEqual([]);
    await app.unmount();
  });

  it('quits with exit code 0 from Quit or q', async () => {
    const { services } = testServices([single('a')]);
    const app = await renderApp(services, { id: 'home' });
    await app.press(KEY.up, KEY.enter);
    expect(app.exits).toEqual([{ code: 0, farewell: undefined }]);
    await app.unmount();
  });

  it('Ctrl+C leaves with 130', async () => {
    const { services } = testServices([single('a')]);
    const app = await renderApp(services, { id: 'home' });
    await app.press('\u0003');
    expect(app.exits[0]?.code).toBe(130);
    await app.unmount();
  });

  it('shows every entry with its shortcut at 60×15, the greeting giving way to them', async () => {
    const { services } = testServices([single('a')]);
    const app = await renderApp(services, { id: 'home' }, { columns: 60, rows: 15 });
    const f = app.frame();
    for (const entry of [/s +Study/, /c +Custom study/, /x +Custom exam/, /t +Stats/, /o +Settings/, /q +Quit/]) expect(f).toMatch(entry);
    expect(f).not.toContain('more');
    await app.unmount();
  });

  it('lists each entry\'s shortcut key in the ? help, from the same bindings the keys use', async () => {
    const { services } = testServices([single('a')]);
    const app = await renderApp(services, { id: 'home' }, { columns: 100, rows: 40 });
    await app.press('?');
    const f = app.frame();
    expect(f).toMatch(/\bc +Custom study/);
    expect(f).toMatch(/\/ +Search/);
    expect(f).toMatch(/\bo +Settings/);
    await app.press('?');
    await app.press('o');
    await app.waitFor('New questions per day');
    await app.unmount();
  });

  it('asks for a larger window below 60×15 instead of drawing a broken screen', async () => {
    const { services } = testServices([single('a')]);
    const app = await renderApp(services, { id: 'home' }, { columns: 50, rows: 12 });
    expect(app.frame()).toContain('make the window larger');
    expect(app.frame()).not.toContain('Review missed');
    await app.unmount();
  });
});

describe('home screen with keys arriving together', () => {
  it('applies each key of one chunk in order (j j … enter opens the entry it reached)', async () => {
    const { services } = testServices([single('a')], { log: [wrong('a')] });
    const app = await renderApp(services, { id: 'home' });
    const entries = app.frame().split('\n').filter((l) => /^ [ ›] \S/.test(l));
    const index = entries.findIndex((l) => l.includes('Review missed'));
    expect(index).toBeGreaterThan(0);
    await app.press(`${'j'.repeat(index)}\r`);
    await app.waitFor('Review missed · General');
    await app.unmount();
  });
});
