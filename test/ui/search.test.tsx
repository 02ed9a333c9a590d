import { describe, expect, it } from 'vitest';
import { single } from '../helpers/study-questions.js';
import { KEY, renderApp, testServices } from '../helpers/ui.js';

const questions = [
  { ...single('caching-001', 'caching'), stem: 'Which feature answers repeated GET requests from a cache?' },
  { ...single('auth-004', 'auth'), stem: 'Which authorizer validates a JSON Web Token?' },
  { ...single('pricing-002', 'pricing'), stem: 'How are WebSocket APIs billed?' },
];
const RIGHT = '\u001b[C';

describe('search in the app', () => {
  it('/ on the home screen opens it; typing narrows the results at once, every key being text', async () => {
    const { services } = testServices(questions);
    const app = await renderApp(services, { id: 'home' });
    await app.press('/');
    await app.waitFor('3 questions');
    await app.press('w', 'e', 'b');
    await app.waitFor('2 questions');
    await app.press('s', 'o', 'c');
    await app.waitFor('1 question');
    expect(app.frame()).toContain('/ websoc');
    expect(app.frame()).toContain('pricing-002');
    expect(app.frame()).not.toContain('auth-004');
    await app.press('\u0017', 'q');
    // q is text here, not "back".
    await app.waitFor('/ q');
    await app.press('\u0015');
    await app.waitFor('3 questions');
    await app.unmount();
  });

  it('enter opens a result with its answer and explanation; → the next; ! suspends it; esc goes back to the list, then home', async () => {
    const { services } = testServices(questions);
    const app = await renderApp(services, { id: 'home' });
    await app.press('/');
    await app.waitFor('3 questions');
    await app.press(KEY.down, KEY.enter);
    await app.waitFor('auth-004 · Authentication and authorization · exam');
    expect(app.frame()).toContain('(correct answer)');
    expect(app.frame()).not.toContain('Not answered');
    await app.press(RIGHT);
    await app.waitFor('pricing-002 ·');
    await app.press('!');
    expect(app.frame()).toContain('Suspended pricing-002');
    expect(app.frame()).toContain('⊘ suspended');
    expect([...services.suspended.get()]).toEqual(['pricing-002']);
    await app.press('!');
    expect(services.suspended.get().size).toBe(0);
    await app.press(KEY.escape);
    await app.waitFor('/ ');
    await app.press(KEY.escape);
    await app.waitFor('Which service?');
    await app.unmount();
  });

  it('is:suspended lists the suspended questions, marked', async () => {
    const { services } = testServices(questions, { suspended: ['auth-004'] });
    const app = await renderApp(services, { id: 'search', params: { query: 'is:suspended' } }, { columns: 60, rows: 15 });
    await app.waitFor('1 question');
    expect(app.frame()).toContain('⊘ suspended');
    await app.unmount();
  });
});
