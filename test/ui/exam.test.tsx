import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewRecord } from '../../src/core/progress/records.js';
import { pendingExams, readExamHistory } from '../../src/store/exams.js';
import { KEY, letterOf, renderApp } from '../helpers/ui.js';
import { EXAM_PARAMS, examServices, shownId, fakeClock } from './exam-helpers.js';

const LEFT = '\u001b[D';
const RIGHT = '\u001b[C';
afterEach(() => {
  vi.useRealTimers();
});

async function startExam(params: object = EXAM_PARAMS, size = { columns: 100, rows: 30 }) {
  const env = examServices();
  const app = await renderApp(env.services, { id: 'exam', params }, size);
  await app.waitFor('Press enter to start.');
  await act(async () => undefined); // the lazily loaded screen subscribes to keys in an effect
  fakeClock(new Date('2026-11-25T10:00:00Z'));
  await app.press(KEY.enter);
  expect(app.frame()).toContain('Question 1 of 3');
  return { ...env, app };
}

/** Goes to the question with stem id `id` through the review screen. */
async function answerById(app: Awaited<ReturnType<typeof startExam>>['app'], id: string, text: string) {
  for (let i = 0; i < 3 && shownId(app.frame()) !== id; i++) await app.press(RIGHT);
  expect(shownId(app.frame())).toBe(id);
  await app.press(letterOf(app.frame(), text));
}


/** Starts an exam and leaves it (saved, unfinished); `held` then makes it open in another trainer. */
async function leftExam() {
  const { app, services, folder } = await startExam();
  await app.press('q', 'y');
  await app.unmount();
  vi.useRealTimers();
  const id = pendingExams(folder).unfinished[0]!.state.id;
  return { services, folder, held: (host?: string) => folder.hold(id, host), reopen: () => renderApp(services, { id: 'exam', params: EXAM_PARAMS }) };
}
describe('exam screen', () => {
  it('shows Question n of N, the clock, the counts; answers and flags update them, with no word on correctness', async () => {
    const { app } = await startExam();
    const f = app.frame();
    expect(f).toContain('0 answered · 0 flagged');
    expect(f).toContain('Time left 1:00');
    expect(f.split('\n').length).toBeLessThanOrEqual(29);
    const id = shownId(f);
    await app.press(letterOf(f, id === 'q2' ? `One ${id}` : `Bravo ${id}`));
    expect(app.frame()).toContain(id === 'q2' ? '1 incomplete · 0 flagged' : '1 answered · 0 flagged');
    await app.press('m');
    expect(app.frame()).toContain('1 flagged');
    expect(app.frame()).toContain('⚑ marked for review');
    expect(app.frame()).not.toMatch(/Correct|Wrong|✓ right|✗/);
    await app.press('m');
    expect(app.frame()).toContain('0 flagged');
    await app.unmount();
  });

  it('chooses nothing for the learner: enter with nothing chosen says how, and saves nothing; with an answer it moves on', async () => {
    const { app, folder } = await startExam();
    const journal = () => [...folder.files.entries()].find(([name]) => name !== 'history.jsonl')![1];
    const before = journal();
    expect(app.frame()).not.toMatch(/\(•\)|\[x\]/);
    await app.press(KEY.enter);
    expect(app.frame()).toContain('Nothing chosen yet');
    expect(app.frame()).toContain('Question 1 of 3');
    expect(app.frame()).toContain('0 answered');
    expect(journal()).toBe(before);
    await app.press(KEY.space, KEY.enter);
    expect(app.frame()).toContain('Question 2 of 3');
    await app.unmount();
  });

  it('moves with → / n and ← / p, keeping each answer', async () => {
    const { app } = await startExam();
    const first = shownId(app.frame());
    const text = first === 'q2' ? `One ${first}` : `Alpha ${first}`;
    await app.press(letterOf(app.frame(), text));
    await app.press(RIGHT);
    expect(app.frame()).toContain('Question 2 of 3');
    await app.press('n');
    expect(app.frame()).toContain('Question 3 of 3');
    await app.press('p', LEFT);
    expect(app.frame()).toContain('Question 1 of 3');
    const line = app.frame().split('\n').find((l) => l.includes(text))!;
    expect(line).toMatch(/\(•\)|\[x\]/);
    await app.unmount();
  });

  it('on "Choose TWO" refuses a third option and says why', async () => {
    const { app } = await startExam();
    while (shownId(app.frame()) !== 'q2') await app.press(RIGHT);
    const f = app.frame();
    await app.press(letterOf(f, 'One q2'), letterOf(f, 'Two q2'), letterOf(f, 'Three q2'));
    expect(app.frame()).toContain('2 of 2 selected');
    expect(app.frame()).toContain('Choose TWO: unselect one of your 2 options first.');
    await app.unmount();
  });
});

describe('review screen (navigator)', () => {
  it('lists every question as answered / unanswered / flagged and jumps to any of them', async () => {
    const { app } = await startExam();
    await app.press(letterOf(app.frame(), shownId(app.frame()) === 'q2' ? 'One q2' : `Alpha ${shownId(app.frame())}`));
    await app.press('m', 'g');
    let f = app.frame();
    expect(f).toContain('Review: pick a question');
    expect(f).toMatch(/1 [✓◐]⚑/);
    expect(f).toMatch(/2 ·/);
    expect(f).toMatch(/3 ·/);
    expect(f).toContain('1 flagged for review');
    await app.press(RIGHT, RIGHT, KEY.enter);
    f = app.frame();
    expect(f).toContain('Question 3 of 3');
    await app.press('g', KEY.escape);
    expect(app.frame()).toContain('Question 3 of 3');
    await app.unmount();
  });

  it('→ on the last question opens the review screen', async () => {
    const { app } = await startExam();
    await app.press(RIGHT, RIGHT, RIGHT);
    expect(app.frame()).toContain('Review: pick a question');
    await app.unmount();
  });
});

describe('submit confirmation', () => {
  it('says how many are unanswered and flagged; n keeps working, y submits', async () => {
    const { app, log, folder } = await startExam();
    await app.press('m', 's');
    let f = app.frame();
    expect(f).toContain('Submit the exam?');
    expect(f).toContain('3 questions unanswered');
    expect(f).toContain('1 question flagged for review');
    expect(f).toContain('count as wrong');
    await app.press('n');
    expect(app.frame()).toContain('Question 1 of 3');
    await app.press('s', 'y');
    f = app.frame();
    expect(f).toContain('Mock exam results');
    expect(f).toContain('0% correct (0 of 3)');
    expect(f).toContain('✗ FAIL');
    // The question on screen, unanswered, feeds the schedule as Again; the two never shown feed nothing.
    const reviews = log.records as ReviewRecord[];
    expect(reviews.map((r) => [r.source, r.rating, r.correct])).toEqual([['exam', 1, false]]);
    expect(readExamHistory(folder).values[0]).toMatchObject({ reason: 'submitted', questions: 3, correct: 0 });
    await app.unmount();
  });

  it('with everything answered it says so', async () => {
    const { app } = await startExam();
    for (const id of ['q1', 'q2', 'q3']) {
      await answerById(app, id, id === 'q2' ? 'One q2' : `Alpha ${id}`);
      if (id === 'q2') await app.press(letterOf(app.frame(), 'Three q2'));
      // back to the first question for the next search
      while (!app.frame().includes('Question 1 of 3')) await app.press(LEFT);
    }
    await app.press('s');
    expect(app.frame()).toContain('All 3 questions are answered and none is flagged for review.');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('✓ PASS');
    expect(app.frame()).toContain('100% correct (3 of 3)');
    expect(app.frame()).toContain('Estimated scaled score: 1000');
    await app.unmount();
  });
});

describe('results', () => {
  async function finished() {
    const env = await startExam();
    const { app } = env;
    // q1 right (flagged), q2 wrong, q3 unanswered.
    await answerById(app, 'q1', 'Alpha q1');
    await app.press('m');
    while (!app.frame().includes('Question 1 of 3')) await app.press(LEFT);
    await answerById(app, 'q2', 'Two q2');
    await app.press(letterOf(app.frame(), 'Four q2'));
    await act(() => vi.advanceTimersByTimeAsync(3000));
    await app.press('s', 'y');
    return env;
  }

  it('shows the score, the estimate with its label, time, and per-topic bars', async () => {
    const { app } = await finished();
    const f = app.frame();
    expect(f).toContain('33% correct (1 of 3)');
    expect(f).toMatch(/Estimated scaled score: 386 of 1000 \(pass line 700\)/);
    expect(f).toContain('estimate');
    expect(f).toContain('Time used 3 s of 1 min');
    expect(f).toContain('Authentication and authorization');
    expect(f).toMatch(/Caching\s+0\/1\s+░+\s+0%/);
    expect(f).toMatch(/1\/1\s+█+\s+100%/);
    expect(f).toContain('Slowest questions');
    await app.unmount();
  });

  it('filters the list: all, incorrect, flagged, unanswered; opening a question shows its explanation', async () => {
    const { app } = await finished();
    await app.press(KEY.enter);
    let f = app.frame();
    expect(f).toContain('[all 3]');
    expect(f).toContain('incorrect 2');
    expect(f).toContain('flagged 1');
    expect(f).toContain('unanswered 1');
    expect(f.match(/✓ right|✗ wrong|– blank|· unseen/g)).toHaveLength(3);
    await app.press('i');
    f = app.frame();
    expect(f).toContain('[incorrect 2]');
    expect(f).not.toContain('✓ right');
    expect(f).toContain('✗ wrong');
    expect(f).toMatch(/– blank|· unseen/);
    await app.press('f');
    f = app.frame();
    expect(f).toContain('[flagged 1]');
    expect(f.match(/✓ right|✗ wrong|– blank|· unseen/g)).toEqual(['✓ right']);
    await app.press('u');
    f = app.frame();
    expect(f.match(/✓ right|✗ wrong|– blank|· unseen/g)).toHaveLength(1);
    await app.press('a', KEY.down, KEY.enter);
    f = app.frame();
    // The explanation screen of study: verdict in words, every option's why, the explanation.
    expect(f).toMatch(/✓ Correct|✗ Wrong|✗ Not answered/);
    expect(f).toContain('Explanation');
    expect(f).toMatch(/Why (Alpha|Bravo|One|Two)/);
    await app.press(KEY.escape);
    expect(app.frame()).toContain('[all 3]');
    await app.press(KEY.escape);
    expect(app.frame()).toContain('Estimated scaled score');
    await app.unmount();
  });

  it('keys typed at once each act on the view the previous one left (open a question, then q q q)', async () => {
    const { app } = await finished();
    await app.press('\r\rqqq');
    expect(app.exits).toEqual([{ code: 0, farewell: expect.stringContaining('Mock exam (API Gateway part of CLF-C02 only): 33%') }]);
    await app.unmount();
  });

  it('q leaves the results with the score printed afterwards', async () => {
    const { app } = await finished();
    await app.press('q');
    expect(app.exits).toEqual([{ code: 0, farewell: expect.stringContaining('Mock exam (API Gateway part of CLF-C02 only): 33% (1/3) · estimated 386/1000 · FAIL') }]);
    await app.unmount();
  });
});

describe('the clock', () => {
  it('counts down once a second, warns at a third and at the last 10%, and submits itself at 0:00', async () => {
    const { app, folder } = await startExam();
    for (let s = 0; s < 39; s++) await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(app.frame()).toContain('Time left 0:21');
    expect(app.frame()).not.toContain('⚠');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(app.frame()).toContain('Time left 0:20');
    expect(app.frame()).toContain('⚠ a third of the time left');
    for (let s = 0; s < 14; s++) await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(app.frame()).toContain('Time left 0:06');
    expect(app.frame()).toContain('⚠ last 10% of the time');
    for (let s = 0; s < 6; s++) await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(app.frame()).toContain('Time is up: the exam was submitted automatically.');
    expect(readExamHistory(folder).values[0]).toMatchObject({ reason: 'timeout', usedMs: 60_000 });
    await app.unmount();
  });

  it('runs on the monotonic clock: the system clock set back an hour and corrected, or pushed forward, neither ends nor extends the exam', async () => {
    const { app, folder, setWallOffset } = await startExam();
    for (let s = 0; s < 5; s++) await act(() => vi.advanceTimersByTimeAsync(1000));
    setWallOffset(-3_600_000);
    for (let s = 0; s < 5; s++) await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(app.frame()).toContain('Time left 0:50');
    setWallOffset(0);
    for (let s = 0; s < 5; s++) await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(app.frame()).toContain('Time left 0:45');
    setWallOffset(2 * 3_600_000);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(app.frame()).toContain('Time left 0:44');
    expect(app.frame()).not.toContain('Time is up');
    await app.press('s', 'y');
    const entry = readExamHistory(folder).values[0]!;
    expect(entry).toMatchObject({ reason: 'submitted', usedMs: 16_000 });
    expect(Date.parse(entry.endedAt)).toBeGreaterThanOrEqual(Date.parse(entry.startedAt));
    await app.unmount();
  });
});

describe('leaving and resuming', () => {
  it('q asks, then leaves with the exam saved; opening the exam again offers to resume it intact', async () => {
    const { app, services, folder } = await startExam();
    const id = shownId(app.frame());
    const text = id === 'q2' ? 'One q2' : `Alpha ${id}`;
    await app.press(letterOf(app.frame(), text), 'm');
    await act(() => vi.advanceTimersByTimeAsync(5000));
    await app.press('q');
    expect(app.frame()).toContain('Leave the exam?');
    await app.press('y');
    expect(app.exits[0]).toEqual({ code: 0, farewell: "Mock exam saved with 0:55 left: run 'clf-trainer exam' to resume it." });
    await app.unmount();
    expect(pendingExams(folder).unfinished).toHaveLength(1);

    vi.setSystemTime(new Date('2026-11-26T10:00:00Z')); // a day later
    vi.useRealTimers();
    const again = await renderApp(services, { id: 'exam', params: EXAM_PARAMS });
    await again.waitFor('You have an unfinished mock exam');
    expect(again.frame()).toContain('1 flagged · 0:55 left');
    fakeClock(new Date('2026-11-26T10:00:00Z'));
    await again.press('r');
    const f = again.frame();
    expect(f).toContain('Question 1 of 3');
    expect(f).toContain('Time left 0:55');
    expect(f).toContain('⚑ marked for review');
    expect(f.split('\n').find((l) => l.includes(text))).toMatch(/\(•\)|\[x\]/);
    await again.unmount();
  });

  it('x abandons the unfinished exam once confirmed: kept in the history as abandoned, then a new exam can start', async () => {
    const { app, services, log, folder } = await startExam();
    await app.press('q', 'y');
    await app.unmount();
    vi.useRealTimers();
    const again = await renderApp(services, { id: 'exam', params: EXAM_PARAMS });
    await again.waitFor('You have an unfinished mock exam');
    await again.press('x');
    await again.waitFor('Abandon this exam?');
    expect(again.frame()).toContain('y abandon');
    await again.press('n');
    await again.waitFor('r / enter');
    expect(readExamHistory(folder).values).toEqual([]);
    await again.press('x', 'y');
    await again.waitFor('Press enter to start.');
    expect(readExamHistory(folder).values.map((e) => e.reason)).toEqual(['abandoned']);
    expect(log.records).toEqual([]);
    await again.unmount();
  });

  it('the abandon question scrolls in a short window, and scrolling does not answer it', async () => {
    const { app, services, folder } = await startExam();
    await app.press('q', 'y');
    await app.unmount();
    vi.useRealTimers();
    const again = await renderApp(services, { id: 'exam', params: EXAM_PARAMS }, { columns: 60, rows: 15 });
    await again.waitFor('You have an unfinished mock exam');
    await again.press('x');
    await again.waitFor('Abandon this exam?');
    expect(again.frame()).toContain('y abandon · n keep it · ↑↓ scroll');
    await again.press('j', 'j', 'j');
    await again.waitFor(/↑ \d+ more lines? above/);
    expect(again.frame()).toContain('y abandon');
    expect(readExamHistory(folder).values).toEqual([]);
    await again.unmount();
  });

  it('an exam open in another trainer cannot be resumed or abandoned here', async () => {
    const { folder, held, reopen } = await leftExam();
    const release = held();
    const again = await reopen();
    await again.waitFor('It is open in another clf-trainer');
    // Only what works is offered: neither resume nor abandon.
    expect(again.frame()).not.toMatch(/r resume|x abandon/);
    expect(again.frame()).toContain('q back');
    await again.press('r', 'x');
    expect(again.frame()).toContain('It is open in another clf-trainer');
    expect(readExamHistory(folder).values).toEqual([]);
    await again.unmount();
    release();
    const free = await reopen();
    await free.waitFor('r / enter');
    await free.unmount();
  });

  it('an exam left open by a trainer on another machine can be taken over after a confirmation that names it', async () => {
    const { folder, held, reopen } = await leftExam();
    held('old-hostname.lan');
    const again = await reopen();
    await again.waitFor('take it over (asks first)');
    const f = again.frame().replace(/\s+/g, ' ');
    expect(f).toMatch(/It is open in another clf-trainer \(process 4242 on old-hostname\.lan, since \d\d:\d\d\), which cannot be checked from here\./);
    expect(f).toContain('take the exam over with t');
    expect(again.frame()).toContain('t take over');
    expect(again.frame()).not.toMatch(/r resume|x abandon/);
    // t asks first, naming that trainer; n leaves it there.
    await again.press('t');
    expect(again.frame().replace(/\s+/g, ' ')).toMatch(/Take the exam over from another clf-trainer \(process 4242 on old-hostname\.lan, since \d\d:\d\d\)\?/);
    expect(again.frame()).toContain('y take over · n cancel');
    expect(again.frame().replace(/\s+/g, ' ')).toContain('Do this only if that trainer is no longer running');
    await again.press('n');
    await again.waitFor('take it over (asks first)');
    expect(readExamHistory(folder).values).toEqual([]);
    // y takes it over: the exam can be resumed here.
    await again.press('t', 'y');
    await again.waitFor('r / enter');
    expect(again.frame()).toContain('r resume');
    await again.press('r');
    await again.waitFor('Question');
    await again.unmount();
  });

  it('an exam open in a trainer running on this machine is not offered for takeover', async () => {
    const { held, reopen } = await leftExam();
    held();
    const again = await reopen();
    await again.waitFor('finish it there');
    await again.press('t', 'y');
    expect(again.frame()).not.toContain('take over');
    expect(again.frame()).toContain('finish it there');
    await again.unmount();
  });

  it('Ctrl+C mid-exam leaves with code 130 and says the exam is saved', async () => {
    const { app, folder } = await startExam();
    await app.press('\u0003');
    expect(app.exits).toEqual([{ code: 130, farewell: "Your mock exam is saved: run 'clf-trainer exam' to resume it." }]);
    await app.unmount();
    expect(pendingExams(folder).unfinished).toHaveLength(1);
  });
});
