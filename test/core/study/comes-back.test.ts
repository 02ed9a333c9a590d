import { describe, expect, it } from 'vitest';
import type { LogRecord } from '../../../src/core/progress/records.js';
import { emptyHistory, historyOf } from '../../../src/core/srs/history.js';
import { makeScheduler } from '../../../src/core/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../../src/core/srs/settings.js';
import { comesBack } from '../../../src/core/study/comes-back.js';
import { openSession } from '../../../src/core/study/open.js';
import { currentQuestion, step, type SessionAction, type SessionState } from '../../../src/core/study/session.js';
import { at, single } from '../../helpers/study-questions.js';

const scheduler = makeScheduler({ retention: 0.9, fuzz: false });

const open = (ids: string[]) => openSession({ mode: 'study', questions: ids.map((id) => single(id)), history: emptyHistory(), settings: DEFAULT_SETTINGS, scheduler, now: at(), seed: 3 });

function act(s: SessionState, ...actions: SessionAction[]): SessionState {
  for (const action of actions) s = step(s, action, scheduler).state;
  return s;
}

function answer(s: SessionState, correct: boolean, minute: number): SessionState {
  const q = currentQuestion(s)!;
  const choice = correct ? q.answer[0]! : q.choices.findIndex((c) => !c.correct);
  return act(s, { type: 'pick', index: s.current!.order.indexOf(choice) }, { type: 'submit', now: at(minute) });
}

describe('"comes back …" after an answer', () => {
  it('says a missed question comes back next, early, when nothing else is left', () => {
    const s = answer(open(['a']), false, 1);
    expect(comesBack(s, scheduler)).toBe('comes back next, early: it is due in 10 min');
    expect(act(s, { type: 'continue', now: at(1) }).current).toMatchObject({ qid: 'a', early: at(11).toISOString() });
  });

  it('says it comes back in 10 min, or sooner once the questions before it are done, and that is what happens', () => {
    let s = answer(open(['a', 'b', 'c']), false, 1);
    const missed = s.answers[0]!.record.qid;
    expect(comesBack(s, scheduler)).toBe('comes back in 10 min (sooner, marked early, if you finish the 2 questions before it first)');
    const seen: string[] = [];
    for (let minute = 2; minute <= 3; minute++) {
      s = act(s, { type: 'continue', now: at(minute) });
      seen.push(s.current!.qid);
      s = answer(s, true, minute);
      expect(comesBack(s, scheduler)).toMatch(/^comes back in \d+ days$/);
    }
    expect(seen).not.toContain(missed);
    s = act(s, { type: 'continue', now: at(4) });
    expect(s.current).toMatchObject({ qid: missed, early: at(11).toISOString() });
  });

  it('when the learner takes longer than that, it comes back when due, before anything else', () => {
    let s = answer(open(['a', 'b', 'c']), false, 1);
    const missed = s.answers[0]!.record.qid;
    s = act(s, { type: 'continue', now: at(12) });
    expect(s.current).toEqual(expect.objectContaining({ qid: missed }));
    expect(s.current!.early).toBeUndefined();
  });

  it('in review, says a question answered wrong goes to the back of the missed list, and one answered right goes by its schedule', () => {
    const missed = (qid: string, minute: number): LogRecord => ({ v: 1, type: 'review', id: `m${qid}`, qid, at: at(minute - 60).toISOString(), source: 'study', correct: false, rating: 1, chosen: [] });
    const review = (ids: string[]) => {
      const history = historyOf(ids.map(missed), { scheduler, now: at(), dayStart: DEFAULT_SETTINGS.dayStart });
      return openSession({ mode: 'review', questions: ids.map((id) => single(id)), history, settings: DEFAULT_SETTINGS, scheduler, now: at(), seed: 3 });
    };
    expect(comesBack(answer(review(['a']), false, 1), scheduler)).toBe('comes back next in this review');
    let s = answer(review(['a', 'b', 'c']), false, 1);
    expect(comesBack(s, scheduler)).toBe('comes back in this review after the 2 other missed questions');
    s = answer(act(s, { type: 'continue', now: at(2) }), true, 2);
    expect(comesBack(s, scheduler)).toMatch(/^comes back in \d+ days?$/);
  });
});
