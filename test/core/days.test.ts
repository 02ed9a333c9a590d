import { describe, expect, it } from 'vitest';
import { addDays, dayKey, endOfDay, startOfDay, startOfWeek } from '../../src/core/days.js';
import type { ReviewRecord } from '../../src/core/progress/records.js';
import { historyNewRemaining, historyOf } from '../../src/core/srs/history.js';
import { makeScheduler } from '../../src/core/srs/scheduler.js';
import { DEFAULT_SETTINGS, SETTING_SPECS } from '../../src/core/srs/settings.js';
import { activityFromDays } from '../../src/core/stats/activity.js';

// Local times on purpose: a study day is the learner's own day.
const local = (day: number, hour: number, minute = 0) => new Date(2025, 2, day, hour, minute);
const scheduler = makeScheduler({ retention: 0.9, fuzz: false });
let n = 0;
const review = (qid: string, when: Date): ReviewRecord => ({ v: 1, type: 'review', id: `r${++n}`, qid, at: when.toISOString(), source: 'study', correct: true, rating: 3, chosen: [] });

describe('the study day', () => {
  it('starts at 4 am by default, as in Anki', () => {
    expect(DEFAULT_SETTINGS.dayStart).toBe(4);
  });

  it('runs from its start hour to the same hour the next day', () => {
    expect(startOfDay(local(10, 1, 30), 4)).toEqual(local(9, 4));
    expect(startOfDay(local(10, 4), 4)).toEqual(local(10, 4));
    expect(startOfDay(local(10, 23, 59), 4)).toEqual(local(10, 4));
    expect(endOfDay(local(10, 1, 30), 4)).toEqual(local(10, 4));
    expect(startOfDay(local(10, 0, 5), 0)).toEqual(local(10, 0));
  });

  it('is named by the date it starts on: one key function for the history and the calendar', () => {
    expect(dayKey(local(10, 1, 30), 4)).toBe('2025-03-09');
    expect(dayKey(local(10, 4), 4)).toBe('2025-03-10');
    expect(dayKey(local(10, 1, 30).getTime(), 0)).toBe('2025-03-10');
    expect(dayKey(addDays(local(9, 4), 1), 4)).toBe('2025-03-10');
    expect(startOfWeek(local(12, 2), 4)).toEqual(local(10, 4)); // Wednesday 2 am is still Tuesday: Monday 10 March
  });

  it('keeps a late-night run from getting a second batch of new questions', () => {
    // 20 new questions at 23:00, then the same learner at 00:30.
    const log = Array.from({ length: 20 }, (_, i) => review(`q${i}`, local(9, 23, i)));
    const after = local(10, 0, 30);
    const history = historyOf(log, { scheduler, now: after, dayStart: 4 });
    expect(historyNewRemaining(history, after, 4, 20)).toBe(0);
    // From 4 am a new day starts, with a new batch.
    expect(historyNewRemaining(history, local(10, 4), 4, 20)).toBe(20);
    // With the day starting at midnight, as before, 00:30 was already a new day.
    expect(historyNewRemaining(historyOf(log, { scheduler, now: after, dayStart: 0 }), after, 0, 20)).toBe(20);
  });

  it('counts a review after midnight on the evening it belongs to, in the calendar and the streak', () => {
    const log = [review('a', local(8, 21)), review('b', local(10, 1)), review('c', local(10, 18))];
    const history = historyOf(log, { scheduler, now: local(10, 19), dayStart: 4 });
    expect([...history.days].sort()).toEqual([['2025-03-08', 1], ['2025-03-09', 1], ['2025-03-10', 1]]);
    expect(activityFromDays(history.days, local(10, 19), 4)).toMatchObject({ streak: 3, reviewedToday: true });
  });

  it('is a setting: config day-start takes a whole hour from 0 to 23', () => {
    const spec = SETTING_SPECS.find((s) => s.name === 'day-start')!;
    expect(spec.parse('0')).toBe(0);
    expect(spec.parse('23')).toBe(23);
    expect(spec.parse('24')).toHaveProperty('error');
    expect(spec.parse('4.5')).toHaveProperty('error');
    expect(spec.parse('')).toHaveProperty('error');
  });
});
