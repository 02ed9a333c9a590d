import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { questionLayout } from '../../src/ui/layout/question.js';
import { navigatorLayout } from '../../src/ui/exam/layout.js';
import { KEY, renderApp } from '../helpers/ui.js';
import { EXAM_PARAMS, examServices, fakeClock } from './exam-helpers.js';

// Count how often the question is laid out: it happens only when the screen itself redraws.
vi.mock('../../src/ui/layout/question.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/layout/question.js')>();
  return { ...actual, questionLayout: vi.fn(actual.questionLayout) };
});
vi.mock('../../src/ui/exam/layout.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/exam/layout.js')>();
  return { ...actual, navigatorLayout: vi.fn(actual.navigatorLayout) };
});


afterEach(() => vi.useRealTimers());

describe('exam clock redraws', () => {
  it('only the clock redraws each second: the question and the review grid are not laid out again', async () => {
    const env = examServices();
    const app = await renderApp(env.services, { id: 'exam', params: EXAM_PARAMS });
    await app.waitFor('Press enter to start.');
    await act(async () => undefined);
    fakeClock(new Date('2026-11-25T10:00:00Z'));
    await app.press(KEY.enter);
    const layouts = vi.mocked(questionLayout).mock.calls.length;
    for (let s = 0; s < 5; s++) await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(app.frame()).toContain('Time left 0:55');
    expect(vi.mocked(questionLayout).mock.calls.length).toBe(layouts);
    await app.press('j');
    expect(vi.mocked(questionLayout).mock.calls.length).toBeGreaterThan(layouts);

    await app.press('g');
    const grids = vi.mocked(navigatorLayout).mock.calls.length;
    for (let s = 0; s < 3; s++) await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(app.frame()).toContain('Time left 0:52');
    expect(vi.mocked(navigatorLayout).mock.calls.length).toBe(grids);
    await app.unmount();
  });
});
