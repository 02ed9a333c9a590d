import { describe, expect, it } from 'vitest';
import { effectiveReviews, type LogRecord, type ReviewRecord } from '../../../src/core/progress/records.js';
import { historyOf } from '../../../src/core/srs/history.js';
import { makeScheduler, State } from '../../../src/core/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../../src/core/srs/settings.js';
import { openSession } from '../../../src/core/study/open.js';
import { currentQuestion, lastAnswer, step, type SessionAction, type SessionState } from '../../../src/core/study/session.js';
import { foldCards } from '../../helpers/reference.js';
import { at, multi, single } from '../../helpers/study-questions.js';

const scheduler = makeScheduler({ retention: 0.9, fuzz: false });

/** Runs actions, collecting every record the session asks to append. */
function run(state: SessionState, actions: SessionAction[], log: LogRecord[]): SessionState {
  for (const action of actions) {
    const result = step(state, action, scheduler);
    log.push(...result.records);
    state = result.state;
  }
  return state;
}

/** The display position of a choice in the current question. */
const positionOf = (s: SessionState, choice: number) => s.current!.order.indexOf(choice);

function answer(s: SessionState, log: LogRecord[], correct: boolean, now: Date): SessionState {
  const q = currentQuestion(s)!;
  const choice = correct ? q.answer[0]! : q.choices.findIndex((c) => !c.correct);
  return run(s, [{ type: 'pick', index: positionOf(s, choice) }, { type: 'submit', now }], log);
}

const historyAt = (log: readonly LogRecord[], now: Date) => historyOf(log, { scheduler, now, dayStart: DEFAULT_SETTINGS.dayStart });

const open = (questions = [single('q1'), single('q2'), single('q3')], log: LogRecord[] = [], now = at(), { newPerDay = DEFAULT_SETTINGS.newPerDay, extraNew }: { newPerDay?: number; extraNew?: number } = {}) =>
  openSession({ mode: 'study', questions, history: historyAt(log, now), settings: { ...DEFAULT_SETTINGS, newPerDay }, scheduler, now, seed: 7, ...(extraNew === undefined ? {} : { extraNew }) });

describe('study session', () => {
  it('shows new questions of one topic in bank order up to the daily limit, then ends', () => {
    const log: LogRecord[] = [];
    let s = open(undefined, [], at(), { newPerDay: 2 });
    expect(s.current?.qid).toBe('q1');
    s = answer(s, log, true, at(1));
    s = run(s, [{ type: 'continue', now: at(1) }], log);
    expect(s.current?.qid).toBe('q2');
    s = answer(s, log, true, at(2));
    s = run(s, [{ type: 'continue', now: at(2) }], log);
    expect(s.phase).toBe('done');
    expect(log.filter((r) => r.type === 'review')).toHaveLength(2);
  });

  it('counts new questions already introduced today against the limit', () => {
    const log: LogRecord[] = [];
    let s = open(undefined, [], at(), { newPerDay: 2 });
    s = answer(s, log, true, at(1));
    const again = open(undefined, log, at(30), { newPerDay: 2 });
    expect(again.config.newLimit).toBe(1);
    const tomorrow = open(undefined, log, at(0, 11), { newPerDay: 2 });
    expect(tomorrow.config.newLimit).toBe(2);
  });

  it('--new N allows N more new questions on top of those already introduced today; --new 0 allows none', () => {
    const log: LogRecord[] = [];
    let s = open(undefined, [], at(), { newPerDay: 1 });
    s = answer(s, log, true, at(1));
    // The daily limit (1) is used up: without --new nothing is left.
    expect(open(undefined, log, at(5), { newPerDay: 1 }).phase).toBe('done');
    const more = open(undefined, log, at(5), { newPerDay: 1, extraNew: 2 });
    expect(more.config.newLimit).toBe(2);
    expect(more.current?.qid).toBe('q2');
    expect(open(undefined, [], at(), { extraNew: 0 }).phase).toBe('done');
  });

  it('introduces new questions from every topic in turn, not in bank order', () => {
    const topics = ['caching', 'auth', 'pricing'] as const;
    const qs = topics.flatMap((topic) => [1, 2, 3].map((i) => single(`${topic}-${i}`, topic)));
    const log: LogRecord[] = [];
    let s = open(qs, [], at(), { newPerDay: 3 });
    const shown: string[] = [];
    while (s.phase === 'question') {
      shown.push(currentQuestion(s)!.topic);
      s = answer(s, log, true, at(1));
      s = run(s, [{ type: 'continue', now: at(1) }], log);
    }
    expect(shown).toHaveLength(3);
    expect(new Set(shown)).toEqual(new Set(topics));
  });

  it('marks a missed question shown before it is due (nothing else left) as early, with its due time', () => {
    const log: LogRecord[] = [];
    let s = open([single('q1'), single('q2')], [], at(), { newPerDay: 2 });
    const first = s.current!.qid;
    s = answer(s, log, false, at(1)); // due again at 12:11
    s = run(s, [{ type: 'continue', now: at(1) }], log);
    expect(s.current?.early).toBeUndefined(); // the other new question comes first
    s = answer(s, log, true, at(2));
    s = run(s, [{ type: 'continue', now: at(3) }], log);
    expect(s.current).toMatchObject({ qid: first, early: at(11).toISOString() });
    s = answer(s, log, true, at(4));
    s = run(s, [{ type: 'continue', now: at(4) }], log);
    expect(s.phase).toBe('done');
  });

  it('rates correct as Good and wrong as Again, and a wrong answer comes back in the same session', () => {
    const log: LogRecord[] = [];
    let s = open([single('q1')]);
    s = answer(s, log, false, at(1));
    expect(lastAnswer(s)!.record).toMatchObject({ qid: 'q1', correct: false, rating: 1, source: 'study' });
    expect(lastAnswer(s)!.cardAfter.state).toBe(State.Learning);
    // Nothing else to show: the learning step (1 min) is shown again (learn-ahead).
    s = run(s, [{ type: 'continue', now: at(1) }], log);
    expect(s.current?.qid).toBe('q1');
    s = answer(s, log, true, at(2));
    expect(lastAnswer(s)!.record.rating).toBe(3);
  });

  it('puts due reviews first, lowest retrievability first, before new questions', () => {
    const qs = [single('a'), single('b'), single('c'), single('new')];
    const log: LogRecord[] = [];
    // a, b, c answered right twice (graduated), a long ago, c recently.
    let s = open(qs.slice(0, 3), [], at(0, 1), { newPerDay: 10 });
    for (const id of ['a', 'b', 'c']) {
      expect(s.current?.qid).toBe(id);
      s = answer(s, log, true, at(0, 1));
      s = run(s, [{ type: 'continue', now: at(0, 1) }], log);
    }
    // Make the reviews older for a than for c by shifting their times.
    const shift: Record<string, number> = { a: -20, b: -10, c: 0 };
    const shifted = log.map((r) => (r.type === 'review' ? { ...r, at: new Date(Date.parse(r.at) + shift[r.qid]! * 86_400_000).toISOString() } : r));
    const later = open(qs, shifted, at(0, 20), { newPerDay: 10 });
    const order: string[] = [];
    let t = later;
    const tmp: LogRecord[] = [];
    while (t.phase !== 'done' && order.length < 4) {
      order.push(t.current!.qid);
      t = answer(t, tmp, true, at(0, 20));
      t = run(t, [{ type: 'continue', now: at(0, 20) }], tmp);
    }
    expect(order).toEqual(['a', 'b', 'c', 'new']);
  });

  it('shuffles the options every time a question is shown, and the key moves with them', () => {
    const q = single('q1');
    const orders = new Set<string>();
    for (let seed = 1; seed < 30; seed++) {
      const s = openSession({ mode: 'study', questions: [q], history: historyAt([], at()), settings: DEFAULT_SETTINGS, scheduler, now: at(), seed });
      orders.add(s.current!.order.join(''));
      const log: LogRecord[] = [];
      const right = run(s, [{ type: 'pick', index: s.current!.order.indexOf(0) }, { type: 'submit', now: at(1) }], log);
      expect(lastAnswer(right)!.record.correct).toBe(true);
    }
    expect(orders.size).toBeGreaterThan(5);
  });

  it('requires exactly the stated number of options for multiple response, scored all-or-nothing', () => {
    const log: LogRecord[] = [];
    let s = open([multi('m1')]);
    s = run(s, [{ type: 'pick', index: positionOf(s, 0) }, { type: 'submit', now: at(1) }], log);
    expect(s.phase).toBe('question');
    expect(s.current?.message).toBe('Choose TWO: 1 of 2 chosen so far.');
    expect(log).toHaveLength(0);
    s = run(s, [{ type: 'pick', index: positionOf(s, 1) }, { type: 'submit', now: at(1) }], log);
    expect(lastAnswer(s)!.record).toMatchObject({ correct: false, rating: 1 });
    expect(lastAnswer(s)!.record.chosen.sort()).toEqual(['One m1', 'Two m1']);
  });

  it('refuses a choice beyond the stated count, saying why, the same rule as the exam', () => {
    let s = open([multi('m1')]);
    s = run(s, [0, 1, 2].map((c) => ({ type: 'pick', index: positionOf(s, c) }) as const), []);
    expect(s.current?.selected).toHaveLength(2);
    expect(s.current?.message).toBe('Choose TWO: unselect one of your 2 options first.');
    s = run(s, [{ type: 'pick', index: positionOf(s, 0) }, { type: 'pick', index: positionOf(s, 2) }], []);
    expect(s.current?.selected).toHaveLength(2);
    expect(s.current?.message).toBeUndefined();
  });

  it('chooses nothing for the learner: moving only highlights, and submitting nothing records nothing', () => {
    const log: LogRecord[] = [];
    let s = open([single('q1')]);
    expect(s.current).toMatchObject({ cursor: 0, selected: [] });
    s = run(s, [{ type: 'move', delta: 1 }, { type: 'submit', now: at(1) }], log);
    expect(s.phase).toBe('question');
    expect(s.current).toMatchObject({ cursor: 1, selected: [] });
    expect(s.current?.message).toMatch(/^Nothing chosen yet/);
    expect(log).toEqual([]);
    s = run(s, [{ type: 'toggle' }, { type: 'submit', now: at(1) }], log);
    expect(log).toHaveLength(1);
  });

  it('toggles with space and moves the cursor with wrap-around', () => {
    let s = open([multi('m1')]);
    s = run(s, [{ type: 'move', delta: -1 }, { type: 'toggle' }, { type: 'toggle' }, { type: 'toggle' }], []);
    expect(s.current).toMatchObject({ cursor: 4, selected: [4] });
  });

  it('undo appends an undo record and restores the card, the allowance and the question exactly', () => {
    const log: LogRecord[] = [];
    let s = open([single('q1'), single('q2')], [], at(), { newPerDay: 1 });
    const before = s;
    s = answer(s, log, false, at(1));
    s = run(s, [{ type: 'continue', now: at(1) }], log);
    s = run(s, [{ type: 'undo', now: at(2) }], log);
    expect(log.map((r) => r.type)).toEqual(['review', 'undo']);
    expect(log[1]).toMatchObject({ type: 'undo', ref: log[0]!.id });
    expect(s.cards).toEqual(before.cards);
    expect(s.introduced).toBe(0);
    expect(s.answers).toHaveLength(0);
    expect(s.current).toMatchObject({ qid: 'q1', order: before.current!.order });
    // The log says the same: no effective review left.
    expect(effectiveReviews(log)).toHaveLength(0);
    expect(foldCards(effectiveReviews(log), scheduler).size).toBe(0);
  });

  it('changing the rating is an undo plus a new review at the same time, and the card follows', () => {
    const log: LogRecord[] = [];
    let s = open([single('q1')]);
    s = answer(s, log, true, at(1));
    s = run(s, [{ type: 'rate', rating: 4, now: at(2) }], log);
    expect(log.map((r) => r.type)).toEqual(['review', 'undo', 'review']);
    const [first, undo, second] = log as [ReviewRecord, LogRecord, ReviewRecord];
    expect(undo).toMatchObject({ ref: first.id });
    expect(second).toMatchObject({ rating: 4, at: first.at, qid: 'q1', correct: true, chosen: first.chosen });
    const folded = foldCards(effectiveReviews(log), scheduler).get('q1')!;
    expect(s.cards.get('q1')).toEqual(folded);
    expect(folded).toEqual(scheduler.next(undefined, new Date(first.at), 4));
  });

  it('keeps the session cards equal to the cards folded from the log after any mix of answers, ratings and undos', () => {
    const log: LogRecord[] = [];
    const qs = [single('q1'), single('q2'), multi('m1')];
    let s = open(qs, [], at(), { newPerDay: 10 });
    let minute = 1;
    const script: ('right' | 'wrong' | 'hard' | 'undo' | 'next')[] = ['wrong', 'next', 'right', 'hard', 'next', 'undo', 'right', 'next', 'right', 'undo', 'undo', 'wrong', 'next'];
    for (const move of script) {
      const now = at(minute++);
      if (move === 'right' || move === 'wrong') {
        if (s.phase !== 'question') continue;
        const q = currentQuestion(s)!;
        const picks = move === 'right' ? q.answer : q.type === 'multi' ? [1, 3] : [q.choices.findIndex((c) => !c.correct)];
        s = run(s, [...picks.map((c) => ({ type: 'pick' as const, index: positionOf(s, c) })), { type: 'submit', now }], log);
      } else if (move === 'hard') s = run(s, [{ type: 'rate', rating: 2, now }], log);
      else if (move === 'undo') s = run(s, [{ type: 'undo', now }], log);
      else s = run(s, [{ type: 'continue', now }], log);
      expect(new Map(s.cards)).toEqual(foldCards(effectiveReviews(log), scheduler));
    }
  });
});

describe('review session', () => {
  it('walks the missed questions; a right answer clears one, a wrong one goes to the back', () => {
    const log: LogRecord[] = [];
    const qs = [single('q1'), single('q2'), single('q3')];
    let s = open(qs, [], at(), { newPerDay: 10 });
    for (const correct of [false, true, false]) {
      s = answer(s, log, correct, at(1));
      s = run(s, [{ type: 'continue', now: at(1) }], log);
    }
    let r = openSession({ mode: 'review', questions: qs, history: historyAt(log, at(60)), settings: DEFAULT_SETTINGS, scheduler, now: at(60), seed: 3 });
    expect(r.queue).toEqual(['q1', 'q3']);
    expect(r.current?.qid).toBe('q1');
    r = answer(r, log, false, at(61));
    expect(lastAnswer(r)!.record.source).toBe('review');
    r = run(r, [{ type: 'continue', now: at(61) }], log);
    expect(r.current?.qid).toBe('q3');
    r = answer(r, log, true, at(62));
    r = run(r, [{ type: 'continue', now: at(62) }], log);
    expect(r.current?.qid).toBe('q1');
    r = run(r, [{ type: 'undo', now: at(63) }], log);
    expect(r.current?.qid).toBe('q3');
    expect(r.queue).toEqual(['q3', 'q1']);
    r = answer(r, log, true, at(64));
    r = run(r, [{ type: 'continue', now: at(64) }], log);
    r = answer(r, log, true, at(65));
    r = run(r, [{ type: 'continue', now: at(65) }], log);
    expect(r.phase).toBe('done');
  });
});
