import { describe, expect, it } from 'vitest';
import type { LogRecord } from '../../../src/core/progress/records.js';
import { emptyHistory } from '../../../src/core/srs/history.js';
import { makeScheduler } from '../../../src/core/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../../src/core/srs/settings.js';
import { openSession } from '../../../src/core/study/open.js';
import { step, type SessionState } from '../../../src/core/study/session.js';
import { summarize, summaryText } from '../../../src/core/study/summary.js';
import { at, single } from '../../helpers/study-questions.js';

const scheduler = makeScheduler({ retention: 0.9, fuzz: false });

describe('session summary', () => {
  it('reports answered, correct %, per topic, the next due time and what to do next', () => {
    const qs = [single('a', 'caching'), single('b', 'caching'), single('c', 'auth')];
    let s: SessionState = openSession({ mode: 'study', questions: qs, history: emptyHistory(), settings: DEFAULT_SETTINGS, scheduler, now: at(), seed: 1 });
    const log: LogRecord[] = [];
    for (const right of [true, false, true]) {
      const q = qs.find((x) => x.id === s.current!.qid)!;
      const choice = right ? q.answer[0]! : 1;
      for (const action of [{ type: 'pick' as const, index: s.current!.order.indexOf(choice) }, { type: 'submit' as const, now: at(1) }, { type: 'continue' as const, now: at(1) }]) {
        const r = step(s, action, scheduler);
        log.push(...r.records);
        s = r.state;
      }
    }
    const summary = summarize(s, at(2), scheduler);
    // The missed one is due again at 12:11; study would show it now, early, so it is still to do.
    expect(summary).toMatchObject({ answered: 3, correct: 2, missed: 1, left: { new: 0, learning: 1, review: 0 } });
    expect(summary.topics).toEqual([
      { topic: 'auth', answered: 1, correct: 1 },
      { topic: 'caching', answered: 2, correct: 1 },
    ]);
    const text = summaryText(summary, at(2)).join('\n');
    expect(text).toContain('3 answered, 2 correct (67%)');
    expect(text).toContain('Caching: 1/2');
    // In the header's three numbers.
    expect(text).toContain("Still 0 new · 1 learning · 0 review: run 'clf-trainer study' to continue.");
    expect(text).toContain("run 'clf-trainer review'");
  });

  it('counts an answer under its topic even when the question was suspended after it', () => {
    const qs = [single('a', 'caching'), single('b', 'auth')];
    let s: SessionState = openSession({ mode: 'study', questions: qs, history: emptyHistory(), settings: DEFAULT_SETTINGS, scheduler, now: at(), seed: 1 });
    const q = qs.find((x) => x.id === s.current!.qid)!;
    s = step(s, { type: 'pick', index: s.current!.order.indexOf(q.answer[0]!) }, scheduler).state;
    s = step(s, { type: 'submit', now: at(1) }, scheduler).state;
    s = step(s, { type: 'leaveOut', qid: q.id, now: at(1) }, scheduler).state;
    // Suspending the question just explained moves on to the other one.
    expect(s.phase).toBe('question');
    expect(s.current?.qid).toBe(qs.find((x) => x.id !== q.id)!.id);
    expect(summarize(s, at(2), scheduler).topics).toEqual([{ topic: q.topic, answered: 1, correct: 1 }]);
  });

  it('says when the next question comes once nothing is left today', () => {
    const qs = [single('a'), single('b')];
    let s: SessionState = openSession({ mode: 'study', questions: qs, history: emptyHistory(), settings: DEFAULT_SETTINGS, scheduler, now: at(), seed: 1 });
    while (s.phase === 'question') {
      const q = qs.find((x) => x.id === s.current!.qid)!;
      for (const action of [{ type: 'pick' as const, index: s.current!.order.indexOf(q.answer[0]!) }, { type: 'submit' as const, now: at(1) }, { type: 'continue' as const, now: at(1) }]) s = step(s, action, scheduler).state;
    }
    const summary = summarize(s, at(2), scheduler);
    expect(summary).toMatchObject({ answered: 2, left: { new: 0, learning: 0, review: 0 }, finished: true });
    expect(summaryText(summary, at(2)).join('\n')).toMatch(/Next question due in \d+ (hours|days?)\./);
  });

  it('after a --new run left early, says to ask for the new questions left again, as plain study would not give them', () => {
    const qs = [single('a'), single('b'), single('c')];
    const done = emptyHistory();
    const open = (extraNew?: number) => openSession({ mode: 'study', questions: qs, history: done, settings: { ...DEFAULT_SETTINGS, newPerDay: 0 }, scheduler, now: at(), seed: 1, ...(extraNew === undefined ? {} : { extraNew }) });
    const s = open(2);
    const q = qs.find((x) => x.id === s.current!.qid)!;
    let next = s;
    for (const action of [{ type: 'pick' as const, index: s.current!.order.indexOf(q.answer[0]!) }, { type: 'submit' as const, now: at(1) }, { type: 'continue' as const, now: at(1) }]) next = step(next, action, scheduler).state;
    expect(summaryText(summarize(next, at(2), scheduler), at(2)).join('\n')).toContain("Still 1 new · 0 learning · 0 review: run 'clf-trainer study --new 1' to continue.");
    // Without --new, today's limit (0 here) leaves nothing new to suggest.
    expect(summaryText(summarize(open(), at(2), scheduler), at(2)).join('\n')).not.toContain('Still');
  });
});
