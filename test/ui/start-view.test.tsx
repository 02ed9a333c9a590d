import { describe, expect, it } from 'vitest';
import { single } from '../helpers/study-questions.js';
import { KEY, renderApp, testServices } from '../helpers/ui.js';

describe('what the first screen shows', () => {
  it('shows the start-up notices on the screen itself (the full-screen view would hide them) until a key is pressed', async () => {
    const { services } = testServices([single('q1')]);
    services.notices = ['reviews.jsonl: line 3 is damaged and skipped', 'my.yaml: questions with problems were skipped'];
    const app = await renderApp(services, { id: 'study' }, { columns: 100, rows: 30 });
    await app.waitFor('Stem of q1?');
    expect(app.frame()).toContain('⚠ reviews.jsonl: line 3 is damaged and skipped');
    expect(app.frame()).toContain('⚠ my.yaml: questions with problems were skipped');
    expect(app.frame().split('\n').length).toBeLessThanOrEqual(29);
    await app.press(KEY.down);
    expect(app.frame()).not.toContain('⚠ reviews.jsonl');
    // The key still did its job.
    expect(app.frame()).toContain('› B. ( )');
    await app.unmount();
  });

  it('keeps at most three notice lines, saying how many more there are', async () => {
    const { services } = testServices([single('q1')]);
    services.notices = ['one', 'two', 'three', 'four', 'five'];
    const app = await renderApp(services, { id: 'study' }, { columns: 100, rows: 30 });
    await app.waitFor('Stem of q1?');
    expect(app.frame()).toContain('⚠ 3 more: the whole list stays in the terminal when the trainer closes');
    expect(app.frame()).not.toContain('⚠ three');
    await app.unmount();
  });

  it('opens a long question at its first line, in a small window, and follows the cursor once it moves', async () => {
    const stem = `${Array.from({ length: 30 }, (_, i) => `Sentence number ${i + 1} of a long scenario.`).join(' ')} Which one?`;
    const { services } = testServices([{ ...single('q1'), stem }]);
    const app = await renderApp(services, { id: 'study' }, { columns: 60, rows: 15 });
    await app.waitFor('Sentence number 1 of');
    expect(app.frame()).not.toContain('more lines above');
    expect(app.frame()).toMatch(/more lines below/);
    await app.press(KEY.down, KEY.down);
    await app.waitFor('› C.');
    expect(app.frame()).toMatch(/more lines above/);
    await app.unmount();
  });
});
