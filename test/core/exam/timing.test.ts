import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, msUntilNextSecond, timeWarning } from '../../../src/core/exam/timing.js';

describe('exam clock', () => {
  it('shows mm:ss rounded up, so 0:00 means the time is up', () => {
    expect(formatClock(90 * 60_000)).toBe('90:00');
    expect(formatClock(89 * 60_000 + 59_001)).toBe('90:00');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(999)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('warns at a third of the time left and at the last 10% (30 and 9 minutes of 90)', () => {
    const total = 90 * 60_000;
    expect(timeWarning(31 * 60_000, total)).toBe('none');
    expect(timeWarning(30 * 60_000, total)).toBe('third');
    expect(timeWarning(10 * 60_000, total)).toBe('third');
    expect(timeWarning(9 * 60_000, total)).toBe('final');
    expect(timeWarning(20_000, 60_000)).toBe('third');
    expect(timeWarning(6_000, 60_000)).toBe('final');
  });

  it('schedules the next redraw when the shown second changes', () => {
    expect(msUntilNextSecond(60_000)).toBe(1000);
    expect(msUntilNextSecond(59_250)).toBe(250);
    expect(msUntilNextSecond(0)).toBe(0);
  });

  it('writes durations in words', () => {
    expect(formatDuration(42_400)).toBe('42 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
    expect(formatDuration(60_000)).toBe('1 min');
    expect(formatDuration(5_400_000)).toBe('1 h 30 min');
  });
});
