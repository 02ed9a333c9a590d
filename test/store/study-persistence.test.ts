import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { effectiveReviews } from '../../src/core/progress/records.js';
import { historyOf } from '../../src/core/srs/history.js';
import { makeScheduler } from '../../src/core/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../src/core/srs/settings.js';
import { openSession } from '../../src/core/study/open.js';
import { step, type SessionAction, type SessionState } from '../../src/core/study/session.js';
import { appendRecords, readLog } from '../../src/store/review-file.js';
import { foldCards } from '../helpers/reference.js';
import { at, single } from '../helpers/study-questions.js';

const scheduler = makeScheduler({ retention: 0.9, fuzz: false });
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clf-persist-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Steps a session the way the screen does: every record is on disk before the next state. */
function play(state: SessionState, actions: SessionAction[]): SessionState {
  for (const action of actions) {
    const result = step(state, action, scheduler);
    appendRecords(dir, result.records);
    state = result.state;
  }
  return state;
}

describe('study progress on disk', () => {
  it('a new session opened from the log file resumes exactly where the last one left off', () => {
    const qs = [single('q1'), single('q2'), single('q3')];
    const open = (now: Date) => openSession({ mode: 'study', questions: qs, history: historyOf(readLog(dir).records, { scheduler, now, dayStart: DEFAULT_SETTINGS.dayStart }), settings: DEFAULT_SETTINGS, scheduler, now, seed: 5 });
    let s = open(at());
    const pick = (choice: number) => ({ type: 'pick' as const, index: s.current!.order.indexOf(choice) });
    s = play(s, [pick(1), { type: 'submit', now: at(1) }, { type: 'continue', now: at(1) }]);
    s = play(s, [pick(0), { type: 'submit', now: at(2) }, { type: 'rate', rating: 4, now: at(2) }, { type: 'continue', now: at(2) }]);
    s = play(s, [pick(0), { type: 'submit', now: at(3) }, { type: 'undo', now: at(3) }]);

    const { records, damaged } = readLog(dir);
    expect(damaged).toEqual([]);
    expect(records.map((r) => r.type)).toEqual(['review', 'review', 'undo', 'review', 'review', 'undo']);
    expect(foldCards(effectiveReviews(records), scheduler)).toEqual(new Map(s.cards));

    const next = open(at(4));
    expect(new Map(next.cards)).toEqual(new Map(s.cards));
    expect(next.config.newLimit).toBe(DEFAULT_SETTINGS.newPerDay - 2);
    expect(next.current?.qid).toBe('q3');
  });
});
