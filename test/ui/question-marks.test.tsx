import { describe, expect, it } from 'vitest';
import { openExamFlow } from '../../src/app/exam-flow.js';
import { readHome } from '../../src/app/home.js';
import { single } from '../helpers/study-questions.js';
import { KEY, letterOf, renderApp, testServices } from '../helpers/ui.js';

const questions = [single('a'), single('b'), single('c')];
const shown = (frame: string) => /Stem of (\w)\?/.exec(frame)?.[1];

describe('suspending a question', () => {
  it('! on a study question takes it out of this run and every later one; the home screen counts it out', async () => {
    const { services } = testServices(questions);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of');
    const first = shown(app.frame())!;
    expect(app.frame()).toContain('! suspend');
    await app.press('!');
    expect(app.frame()).toContain(`Suspended ${first}`);
    expect(shown(app.frame())).not.toBe(first);
    expect([...services.suspended.get()]).toEqual([first]);
    expect(readHome(services).counts.new).toBe(2);
    await app.unmount();
  });

  it('! on the explanation keeps the answer given; on the last question the run ends with its summary', async () => {
    const { services, log } = testServices([single('a')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of a?');
    await app.press(letterOf(app.frame(), 'Alpha a'), KEY.enter);
    await app.waitFor('Explanation');
    await app.press('!');
    await app.waitFor('Session complete');
    expect([...services.suspended.get()]).toEqual(['a']);
    expect(log.records).toHaveLength(1);
    await app.unmount();
  });

  it('! on the explanation moves on to the next question at once, as continuing would', async () => {
    const { services, log } = testServices([single('a'), single('b')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of');
    const first = shown(app.frame())!;
    await app.press(letterOf(app.frame(), `Alpha ${first}`), KEY.enter);
    await app.waitFor('Explanation');
    await app.press('!');
    expect(app.frame()).toContain(`Suspended ${first}`);
    expect(shown(app.frame())).toBe(first === 'a' ? 'b' : 'a');
    expect(log.records).toHaveLength(1);
    await app.unmount();
  });

  it('a suspended question is not drawn for a mock exam', () => {
    const { services } = testServices(questions, { suspended: ['b'] });
    const flow = openExamFlow(services, { questions: 3, minutes: 1, seed: 's' }, { exit: () => undefined, close: () => undefined });
    const intro = flow.get().phase;
    expect(intro.kind === 'intro' && intro.plan.items.map((i) => i.qid).sort()).toEqual(['a', 'c']);
    flow.dispose();
  });
});

describe('reporting a question', () => {
  it('r opens a box; the comment is saved with the question id, and the footer says where', async () => {
    const { services, reports } = testServices([single('a')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of a?');
    await app.press('r');
    await app.waitFor('Report a');
    // Every key is text here, even q and the option letters.
    await app.press('The key is wrong: q', KEY.enter);
    expect(reports).toEqual([{ qid: 'a', comment: 'The key is wrong: q' }]);
    expect(app.frame()).toContain('Reported a: saved to reports.jsonl');
    expect(app.frame()).toContain('Stem of a?');
    await app.unmount();
  });

  it('esc cancels without saving; enter with nothing typed says what to do', async () => {
    const { services, reports } = testServices([single('a')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of a?');
    await app.press('r', KEY.enter);
    expect(app.frame()).toContain('Type what is wrong or unclear first');
    await app.press(KEY.escape);
    expect(app.frame()).toContain('Stem of a?');
    expect(reports).toEqual([]);
    await app.unmount();
  });
});
