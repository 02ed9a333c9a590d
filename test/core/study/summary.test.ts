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
    expect(summary).toMatchObject({ answered: 3, correct: 2, missed: 1, dueNow: 1, newLeft: 0 });
    expect(summary.topics).toEqual([
      { topic: 'auth', answered: 1, correct: 1 },
      { topic: 'caching', answered: 2, correct: 1 },
    ]);
    const text = summaryText(summary, at(2)).join('\n');
    expect(text).toContain('3 answered, 2 correct (67%)');
    expect(text).toContain('Caching: 1/2');
    expect(text).toContain("Still 1 due and 0 new today: run 'clf-trainer study' to continue.");
    expect(text).toContain("run 'clf-trainer review'");
  });

  it('says when the next question comes once nothing is left today', () => {
    const qs = [single('a'), single('b')];
    let s: SessionState = openSession({ mode: 'study', questions: qs, history: emptyHistory(), settings: DEFAULT_SETTINGS, scheduler, now: at(), seed: 1 });
    while (s.phase === 'question') {
      const q = qs.find((x) => x.id === s.current!.qid)!;
      for (const action of [{ type: 'pick' as const, index: s.current!.order.indexOf(q.answer[0]!) }, { type: 'submit' as const, now: at(1) }, { type: 'continue' as const, now: at(1) }]) s = step(s, action, scheduler).state;
    }
    const summary = summarize(s, at(2), scheduler);
    expect(summary).toMatchObject({ answered: 2, dueNow: 0, newLeft: 0, finished: true });
    expect(summaryText(summary, at(2)).join('\n')).toMatch(/Next question due in \d+ (hours|days?)\./);
  });
});
