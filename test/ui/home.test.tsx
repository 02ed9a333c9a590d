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
