import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyCards } from '../../src/core/srs/history.js';
import { makeScheduler } from '../../src/core/srs/scheduler.js';
import { appendRecords } from '../../src/store/review-file.js';
import { reviewLogOnDisk } from '../../src/store/review-log.js';

const NOW = new Date(2026, 10, 25, 12, 0);
const MINUTE = 60_000;
const scheduler = makeScheduler({ retention: 0.9, fuzz: false });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clf-review-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the review log on disk', () => {
  it('folds an answer dated in the future as given at each time it is asked for, not only the first', () => {
    const yearAhead = new Date(NOW.getTime() + 365 * 24 * 60 * MINUTE);
    appendRecords(dir, [{ v: 1, type: 'review', id: 'f1', qid: 'q1', at: yearAhead.toISOString(), source: 'study', correct: false, rating: 1, chosen: [] }]);
    const log = reviewLogOnDisk(dir, scheduler, 4);
    const dueAt = (now: Date) => historyCards(log.history(now)).get('q1')!.due.getTime();
    expect(dueAt(NOW)).toBe(NOW.getTime() + 10 * MINUTE);
    // The file has not changed, but the time has: the missed question is due 10 minutes after this time.
    const later = new Date(NOW.getTime() + 60 * MINUTE);
    expect(dueAt(later)).toBe(later.getTime() + 10 * MINUTE);
    expect(log.history(later).future).toBe(1);
  });
});
