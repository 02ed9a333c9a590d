import { describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../src/core/progress/records.js';
import { at, multi, single } from '../helpers/study-questions.js';
import { KEY, letterOf, renderApp, testServices } from '../helpers/ui.js';

describe('study screen: a single-answer question', () => {
  it('shows the stem and options labelled A–D, and a letter then enter submits', async () => {
    const { services, log } = testServices([single('q1')]);
    const app = await renderApp(services, { id: 'study' }, { columns: 100, rows: 30 });
    await app.waitFor('Stem of q1?');
    const f = app.frame();
    for (const label of ['A. ', 'B. ', 'C. ', 'D. ']) expect(f).toContain(label);
    // Nothing is chosen for the learner: the cursor only highlights.
    expect(f).toContain('› A. ( )');
    expect(f).not.toContain('(•)');
    expect(f.split('\n').length).toBeLessThanOrEqual(29);
    await app.press(letterOf(f, 'Alpha q1'), KEY.enter);
    await app.waitFor('✓ Correct');
    expect(log.records).toEqual([expect.objectContaining({ type: 'review', qid: 'q1', correct: true, rating: 3, source: 'study', chosen: ['Alpha q1'] })]);
    await app.unmount();
  });

  it('moves the cursor with ↓ / j, chooses the highlighted option with space, and submits it with enter', async () => {
    const { services, log } = testServices([single('q1')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of q1?');
    await app.press(KEY.down, 'j');
    expect(app.frame()).toContain('› C. ( )');
    await app.press('k', KEY.space);
    expect(app.frame()).toContain('› B. (•)');
    await app.press(KEY.enter);
    await app.waitFor(/✓ Correct|✗ Wrong/);
    expect((log.records[0] as ReviewRecord).chosen).toHaveLength(1);
    await app.unmount();
  });

  it('enter with nothing chosen says how to choose and records nothing', async () => {
    const { services, log } = testServices([single('q1')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of q1?');
    await app.press(KEY.enter, KEY.down, KEY.enter);
    await app.waitFor('Nothing chosen yet');
    expect(app.frame()).toContain('Stem of q1?');
    expect(log.records).toEqual([]);
    await app.unmount();
  });
});

describe('study screen: levels', () => {
  it('shows the level of each question above its stem; by default beyond-exam questions are not studied', async () => {
    const { services } = testServices([{ ...single('q1'), difficulty: 'foundational' }, { ...single('q2'), difficulty: 'beyond-exam' }]);
    const app = await renderApp(services, { id: 'study' }, { columns: 100, rows: 30 });
    await app.waitFor('Stem of q1?');
    expect(app.frame()).toMatch(/Foundational\n\s*Stem of q1\?/);
    await app.press(letterOf(app.frame(), 'Alpha q1'), KEY.enter);
    await app.waitFor('✓ Correct');
    await app.press(KEY.enter);
    // q2 is beyond the exam: the run ends with its summary instead.
    await app.waitFor(/summary/i);
    expect(app.frame()).not.toContain('Stem of q2?');
    await app.unmount();
  });

  it('with --level all, a beyond-exam question says so', async () => {
    const { services } = testServices([{ ...single('q2'), difficulty: 'beyond-exam' }]);
    const app = await renderApp(services, { id: 'study', params: { level: 'all' } }, { columns: 60, rows: 15 });
    await app.waitFor('Stem of q2?');
    expect(app.frame()).toContain('Beyond the exam');
    await app.unmount();
  });
});

describe('study screen: a multiple-response question', () => {
  it('says Choose TWO and refuses to submit until exactly two are selected', async () => {
    const { services, log } = testServices([multi('m1')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Choose TWO');
    expect(app.frame()).toContain('[ ]');
    await app.press(letterOf(app.frame(), 'One m1'), KEY.enter);
    await app.waitFor('Choose TWO: 1 of 2 chosen so far.');
    expect(log.records).toEqual([]);
    // space toggles the highlighted option (the cursor is on the option just picked).
    await app.press(KEY.space);
    expect(app.frame()).toContain('0 of 2 selected');
    await app.press(KEY.space, letterOf(app.frame(), 'Three m1'));
    expect(app.frame()).toContain('2 of 2 selected');
    await app.press(KEY.enter);
    await app.waitFor('✓ Correct');
    expect(log.records).toEqual([expect.objectContaining({ correct: true, rating: 3 })]);
    await app.unmount();
  });
});

describe('keys typed at once', () => {
  it('each key meets the screen the previous one left: choose, submit, continue, in one chunk', async () => {
    const { services, log } = testServices([single('q1'), single('q2')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of');
    const first = /Stem of (q\d)/.exec(app.frame())![1]!;
    await app.press(`${letterOf(app.frame(), `Alpha ${first}`)}\r\r`);
    await app.waitFor('1 answered');
    expect(app.frame()).not.toContain(`Stem of ${first}`);
    expect(log.records).toEqual([expect.objectContaining({ qid: first, correct: true })]);
    await app.unmount();
  });
});

describe('explanation screen in a session', () => {
  /** A study run of one question, answered wrong: on its explanation. */
  async function answeredWrong(rows: number) {
    const { services } = testServices([single('q1')]);
    const app = await renderApp(services, { id: 'study' }, { columns: 100, rows });
    await app.waitFor('Stem of q1?');
    await app.press(letterOf(app.frame(), 'Bravo q1'), KEY.enter);
    await app.waitFor('✗ Wrong');
    return app;
  }

  it('shows wrong in words, the correct option, every why, the facts, the source and when it comes back', async () => {
    const app = await answeredWrong(40);
    const f = app.frame();
    // Nothing else is left: study shows it next, marked early, and the screen says so.
    expect(f).toContain('Rated Again · comes back next, early: it is due in 10 min');
    expect(f).toMatch(/✓ [A-D]\. Alpha q1 {2}\(correct answer\)/);
    expect(f).toMatch(/✗ [A-D]\. Bravo q1 {2}\(your answer, wrong\)/);
    for (const why of ['Why Alpha q1', 'Why Bravo q1', 'Why Charlie q1', 'Why Delta q1']) expect(f).toContain(why);
    expect(f).toContain('Explanation of q1.');
    expect(f).toContain('The first fact statement.  [f.one]');
    expect(f).toMatch(/Source\n *https:\/\/example.com\/src/);
    await app.unmount();
  });

  it('shows on the rating keys when each would bring the question back, as Anki does', async () => {
    const app = await answeredWrong(30);
    expect(app.frame()).toMatch(/enter continue · 1 Again 10m · 2 Hard \d+m · 3 Good \d+d · 4 Easy \d+d · u undo · \? help · q back/);
    await app.unmount();
  });

  it('brings a missed question back before its time only when nothing else is left, marked early with its due time', async () => {
    const start = at().getTime();
    let t = start;
    const { services } = testServices([single('q1'), single('q2')], { clock: { wall: () => new Date(t), monotonic: () => t - start } });
    const app = await renderApp(services, { id: 'study' }, { columns: 100, rows: 30 });
    await app.waitFor('Stem of');
    const first = /Stem of (q\d)/.exec(app.frame())![1]!;
    await app.press(letterOf(app.frame(), `Bravo ${first}`), KEY.enter);
    await app.waitFor('✗ Wrong');
    expect(app.frame().replace(/\s+/g, ' ')).toContain('Rated Again · comes back in 10 min (sooner, marked early, if you finish the question before it first)');
    await app.press(KEY.enter);
    await app.waitFor('1 answered · 1 new · 1 learning · 0 review');
    const second = first === 'q1' ? 'q2' : 'q1';
    expect(app.frame()).toContain(`Stem of ${second}?`);
    expect(app.frame()).not.toContain('early');
    t += 2 * 60_000;
    await app.press(letterOf(app.frame(), `Alpha ${second}`), KEY.enter);
    await app.waitFor('✓ Correct');
    await app.press(KEY.enter);
    await app.waitFor(`Stem of ${first}?`);
    const due = new Date(start + 10 * 60_000);
    const hhmm = `${String(due.getHours()).padStart(2, '0')}:${String(due.getMinutes()).padStart(2, '0')}`;
    expect(app.frame()).toContain(`early · due in 8 min (${hhmm})`);
    expect(app.frame()).toContain('2 answered · 0 new · 1 learning · 0 review');
    await app.unmount();
  });

  it('changes the rating with 1–4 (undo + new review in the log)', async () => {
    const { services, log } = testServices([single('q1')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of q1?');
    await app.press(letterOf(app.frame(), 'Alpha q1'), KEY.enter);
    await app.waitFor('Rated Good · comes back in 2 days');
    await app.press('4');
    await app.waitFor('Rated Easy');
    expect(log.records.map((r) => r.type)).toEqual(['review', 'undo', 'review']);
    expect(log.records[2]).toMatchObject({ rating: 4 });
    await app.unmount();
  });
});

describe('undo', () => {
  it('u on the explanation screen takes the answer back and shows the question again', async () => {
    const { services, log } = testServices([single('q1'), single('q2')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of q1?');
    await app.press(letterOf(app.frame(), 'Bravo q1'), KEY.enter);
    await app.waitFor('1 answered');
    await app.press('u');
    await app.waitFor('0 answered');
    expect(app.frame()).toContain('Stem of q1?');
    expect(app.frame()).toMatch(/› [A-D]\. \(•\) Bravo q1/);
    expect(log.records.map((r) => r.type)).toEqual(['review', 'undo']);
    expect(log.records[1]).toMatchObject({ ref: log.records[0]!.id });
    await app.unmount();
  });

  it('u on the next question goes back to the previous answer', async () => {
    const { services, log } = testServices([single('q1'), single('q2')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of q1?');
    await app.press(letterOf(app.frame(), 'Alpha q1'), KEY.enter);
    await app.waitFor('✓ Correct');
    await app.press(KEY.enter);
    await app.waitFor('Stem of q2?');
    await app.press('u');
    await app.waitFor('Stem of q1?');
    expect(log.records.map((r) => r.type)).toEqual(['review', 'undo']);
    await app.unmount();
  });
});

describe('help overlay', () => {
  it('? lists this screen’s keys, blocks them while open, and esc closes it', async () => {
    const { services } = testServices([single('q1')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of q1?');
    await app.press('?');
    const f = app.frame();
    expect(f).toContain('Keys on this screen');
    for (const text of ['a–d / 1–4', 'choose that option', 'q / esc', 'Ctrl+C']) expect(f).toContain(text);
    // Nothing answered yet: there is nothing to undo, so u is not offered.
    expect(f).not.toContain('undo your last answer');
    await app.press('j');
    await app.press(KEY.escape);
    expect(app.frame()).not.toContain('Keys on this screen');
    expect(app.frame()).toContain('› A. ( )');
    await app.unmount();
  });

  it('on the explanation screen it lists the rating keys', async () => {
    const { services } = testServices([single('q1')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of q1?');
    await app.press('a', KEY.enter);
    await app.waitFor(/Correct|Wrong/);
    await app.press('?');
    for (const name of ['Again', 'Hard', 'Good', 'Easy']) expect(app.frame()).toContain(`change the rating to ${name}`);
    await app.unmount();
  });
});

describe('end of session', () => {
  it('shows the summary with what to do next, and enter leaves with the summary as farewell', async () => {
    const { services } = testServices([single('q1')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of q1?');
    await app.press(letterOf(app.frame(), 'Alpha q1'), KEY.enter);
    await app.waitFor('✓ Correct');
    await app.press(KEY.enter);
    await app.waitFor('Session complete');
    expect(app.frame()).toContain('1 answered · 1 correct (100%)');
    expect(app.frame()).toContain('General');
    expect(app.frame()).toContain('Next question due in 2 days');
    await app.press(KEY.enter);
    expect(app.exits).toEqual([{ code: 0, farewell: expect.stringContaining('1 answered, 1 correct (100%)') }]);
    await app.unmount();
  });

  it('q on the explanation shows the summary; enter there leaves with it as farewell', async () => {
    const { services } = testServices([single('q1'), single('q2')]);
    const app = await renderApp(services, { id: 'study' });
    await app.waitFor('Stem of');
    await app.press('a', KEY.enter);
    await app.waitFor(/✓ Correct|✗ Wrong/);
    await app.press('q');
    await app.waitFor('Session summary');
    expect(app.frame()).toMatch(/1 answered · [01] correct/);
    expect(app.exits).toEqual([]);
    await app.press(KEY.enter);
    expect(app.exits).toEqual([{ code: 0, farewell: expect.stringMatching(/^Study: 1 answered/) }]);
    await app.unmount();
  });

  it('q on the next question shows the summary too; opened from home, it goes back home', async () => {
    const { services } = testServices([single('q1'), single('q2')]);
    const app = await renderApp(services, { id: 'home' });
    await app.press(KEY.enter);
    await app.waitFor('Stem of');
    await app.press('a', KEY.enter);
    await app.waitFor(/✓ Correct|✗ Wrong/);
    await app.press(KEY.enter);
    await app.waitFor('1 answered');
    await app.press('q');
    await app.waitFor('Session summary');
    expect(app.frame()).toContain('enter home');
    await app.press(KEY.enter);
    await app.waitFor('Review missed');
    expect(app.exits).toEqual([]);
    await app.unmount();
  });

  it('q before any answer goes straight back: there is nothing to sum up', async () => {
    const { services } = testServices([single('q1')]);
    const app = await renderApp(services, { id: 'home' });
    await app.press(KEY.enter);
    await app.waitFor('Stem of q1?');
    await app.press('q');
    await app.waitFor('Review missed');
    expect(app.frame()).not.toContain('summary');
    await app.unmount();
  });

  it('review with nothing missed says so', async () => {
    const { services } = testServices([single('q1')]);
    const app = await renderApp(services, { id: 'review' });
    await app.waitFor('No missed questions');
    await app.unmount();
  });
});
