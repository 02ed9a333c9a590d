import { describe, expect, it } from 'vitest';
import { openExamFlow } from '../../src/app/exam-flow.js';
import { findAttempt, pastAttempts } from '../../src/app/past-exams.js';
import { KEY, renderApp, testServices } from '../helpers/ui.js';
import { EXAM_QUESTIONS } from './exam-helpers.js';

/** Memory services with two finished exams (one answer given in the first) and one abandoned. */
function withHistory() {
  const clock = { now: Date.parse('2026-11-25T10:00:00Z') };
  const env = testServices(EXAM_QUESTIONS, { clock: { wall: () => new Date(clock.now), monotonic: () => clock.now } });
  const take = (answer: boolean) => {
    const flow = openExamFlow(env.services, { questions: 3, minutes: 1, seed: `s${clock.now}` }, { exit: () => undefined, close: () => undefined });
    flow.start();
    const room = flow.get().phase;
    if (room.kind !== 'room') throw new Error(room.kind);
    if (answer) room.session.press({ type: 'pick', option: 0 });
    clock.now += 10_000;
    room.session.press({ type: 'submit' });
    room.session.press({ type: 'yes' });
    flow.dispose();
    clock.now += 3_600_000;
  };
  take(true);
  take(false);
  const flow = openExamFlow(env.services, { questions: 3, minutes: 1, seed: 'x' }, { exit: () => undefined, close: () => undefined });
  flow.start();
  flow.dispose();
  clock.now += 1000;
  const again = openExamFlow(env.services, { questions: 3, minutes: 1, seed: 'x' }, { exit: () => undefined, close: () => undefined });
  again.abandon(false);
  again.abandon(true);
  again.dispose();
  return env;
}

describe('past mock exams', () => {
  it('are numbered most recent first, as exam --history numbers them', () => {
    const { services } = withHistory();
    const attempts = pastAttempts(services.exams.history(), () => 'DAY');
    expect(attempts.map((a) => [a.number, a.scored, a.result.split(' · ').at(-1)])).toEqual([
      [1, false, 'abandoned'],
      [2, true, 'fail'],
      [3, true, 'fail'],
    ]);
    expect(findAttempt(attempts, '3')).toBe(attempts[2]);
    expect(findAttempt(attempts, attempts[1]!.entry.id)).toBe(attempts[1]);
    expect(findAttempt(attempts, '9')).toBeUndefined();
  });

  it('open from the home screen: a past attempt shows its results, its questions and their explanations; q goes back to the list', async () => {
    const { services } = withHistory();
    const app = await renderApp(services, { id: 'home' }, { columns: 100, rows: 30 });
    expect(app.frame()).toMatch(/p +Past exams +3 attempts/);
    await app.press('p');
    await app.waitFor('Past mock exams');
    expect(app.frame()).toMatch(/1 +\S+ \S+ · 3 questions in 1 min +abandoned/);
    await app.press(KEY.enter);
    await app.waitFor('nothing was submitted');
    await app.press('j', 'j', KEY.enter);
    await app.waitFor('Mock exam 3');
    expect(app.frame()).toMatch(/% correct \(\d of 3\)/);
    await app.press(KEY.enter);
    await app.waitFor('[all 3]');
    await app.press(KEY.enter);
    await app.waitFor('Explanation');
    await app.press('q', 'q', 'q');
    await app.waitFor('Past mock exams');
    await app.press('q');
    await app.waitFor('Which service?');
    await app.unmount();
  });

  it('opened directly (exam --open N), it shows that attempt at once', async () => {
    const { services } = withHistory();
    const app = await renderApp(services, { id: 'attempts', params: { open: '2' } }, { columns: 60, rows: 15 });
    await app.waitFor('Mock exam 2');
    expect(app.frame()).toContain('0% correct (0 of 3)');
    await app.unmount();
  });
});
