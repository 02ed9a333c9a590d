import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/types.js';
import { statsLines } from '../../src/ui/layout/stats.js';
import { plainText } from '../../src/ui/layout/text.js';
import { statsReport } from '../../src/core/stats/report.js';
import { historyOf } from '../../src/core/srs/history.js';
import { makeScheduler } from '../../src/core/srs/scheduler.js';
import { DEFAULT_SETTINGS } from '../../src/core/srs/settings.js';
import { generateHistory } from '../helpers/history.js';
import { single } from '../helpers/study-questions.js';
import { KEY, renderApp, testServices } from '../helpers/ui.js';

const NOW = new Date(2026, 10, 25, 18, 30);
const TOPICS = ['caching', 'auth', 'pricing'] as const;
const QUESTIONS: Question[] = TOPICS.flatMap((topic) => Array.from({ length: 8 }, (_, i) => ({ ...single(`${topic}-${i}`, topic), facts: ['f.one'] })));
const LOG = generateHistory({ ids: QUESTIONS.map((q) => q.id), now: NOW, days: 30, newPerDay: 2, alwaysWrong: ['caching-0'], seed: 9 });

/** The exam history with these scores, as its file holds it. */
function examHistory(scores: number[]): string {
  const line = (s: number, i: number) =>
    JSON.stringify({ v: 1, id: `e${i}`, startedAt: new Date(2026, 10, 10 + i).toISOString(), endedAt: new Date(2026, 10, 10 + i, 1).toISOString(), reason: 'submitted', questions: 20, answered: 20, durationMs: 1, usedMs: 1, correct: 10, percent: 50, scaled: s, passed: s >= 700, qids: Array.from({ length: 20 }, (_, k) => `q${k}`) });
  return scores.map(line).join('\n') + '\n';
}

describe('stats screen', () => {
  it('shows readiness first, and every section further down', async () => {
    const { services, folder } = testServices(QUESTIONS, { log: LOG, now: NOW });
    folder.files.set('history.jsonl', examHistory([610, 690, 740]));
    const app = await renderApp(services, { id: 'stats' }, { columns: 100, rows: 30 });
    await app.waitFor('Readiness');
    const first = app.frame();
    expect(first).toMatch(/Stats\s+\d+\/24 seen · \d+ reviews · \d+ due today/);
    expect(first).toMatch(/Estimated score ≈ \d+ \/ 1000/);
    expect(first).toContain('Method: Each topic weighted');
    expect(first).toMatch(/↓ \d+ more lines below/);
    expect(first.split('\n').length).toBeLessThanOrEqual(29);

    await app.press(KEY.pageDown);
    await app.waitFor(/↑ \d+ more lines above/);
    expect(app.frame()).not.toContain('Estimated score');
    await app.press('\u001b[F'); // End
    await app.waitFor('Leeches: missed 4 or more times (1)');
    const last = app.frame();
    expect(last).toMatch(/✗ \d+× caching-0 Stem of caching-0\?/);
    expect(last).toContain('read: The first fact statement. (f.one)');
    expect(last).toContain('─ end ─');
    await app.press('q');
    expect(app.exits).toEqual([{ code: 0, farewell: undefined }]);
    await app.unmount();
  });

  it('says the readiness covers the API Gateway part of CLF-C02, and shows progress per exam domain beside the topics', async () => {
    const mapped = QUESTIONS.map((q, i) => (i % 3 === 2 ? q : { ...q, domain: q.topic === 'auth' ? ('security-compliance' as const) : ('technology-services' as const) }));
    const { services } = testServices(mapped, { log: LOG, now: NOW });
    const app = await renderApp(services, { id: 'stats' }, { columns: 100, rows: 200 });
    await app.waitFor('Exam domains');
    const f = app.frame();
    expect(f).toContain('Readiness: API Gateway part of CLF-C02 only');
    expect(f).toContain('It covers the API Gateway part of CLF-C02 only, not the whole exam.');
    expect(f.replace(/\s+/g, ' ')).toContain('as the real score report groups results (of the real exam, domain 2 is 30%, domain 3 is 34%)');
    expect(f).toMatch(/2\. Security and Compliance +\d+\/5 /);
    expect(f).toMatch(/3\. Cloud Technology and Services +\d+\/11 /);
    expect(f).toMatch(/Not mapped to an exam domain +\d+\/8 /);
    // Domains come before topics, the sections of the real score report first.
    expect(f.indexOf('Exam domains')).toBeLessThan(f.indexOf('Topics'));
    await app.unmount();
  });

  it('lists the suspended questions last, saying how to bring one back; none suspended, no such section', async () => {
    const { services } = testServices(QUESTIONS, { log: LOG, now: NOW, suspended: ['pricing-3'] });
    const app = await renderApp(services, { id: 'stats' }, { columns: 100, rows: 300 });
    await app.waitFor('Suspended: out of study, review and exams (1)');
    const f = app.frame();
    expect(f).toContain('⊘ pricing-3 Stem of pricing-3?');
    expect(f).toContain('Search is:suspended (/ on the home screen) to open one and unsuspend it with !.');
    expect(f.indexOf('Leeches')).toBeLessThan(f.indexOf('Suspended'));
    await app.unmount();
    const scheduler = makeScheduler({ retention: 0.9 });
    const reviewHistory = historyOf(LOG, { scheduler, now: NOW, dayStart: DEFAULT_SETTINGS.dayStart });
    expect(statsReport({ questions: QUESTIONS, facts: [], reviewHistory, history: [], scheduler, dayStart: DEFAULT_SETTINGS.dayStart, suspended: ['pricing-3', 'gone-1'] }, NOW).suspended).toEqual([
      { id: 'pricing-3', topic: 'pricing', stem: 'Stem of pricing-3?' },
    ]);
    const none = await renderApp(testServices(QUESTIONS, { log: LOG, now: NOW }).services, { id: 'stats' }, { columns: 100, rows: 300 });
    await none.waitFor('Leeches');
    expect(none.frame()).not.toContain('Suspended');
    await none.unmount();
  });

  it('draws the mock exam sparkline with the 700 line', async () => {
    const { services, folder } = testServices(QUESTIONS, { log: LOG, now: NOW });
    folder.files.set('history.jsonl', examHistory([610, 690, 740]));
    const app = await renderApp(services, { id: 'stats' }, { columns: 100, rows: 200 });
    await app.waitFor('Mock exams');
    const f = app.frame();
    expect(f).toContain('3 scored attempts · last 740 ✓ pass · best 740');
    expect(f).toMatch(/ 700 ┼──█\n/);
    expect(f).toMatch(/ 100 ┤███\n/);
    await app.unmount();
  });

  it('is honest with no history at all', async () => {
    const { services } = testServices(QUESTIONS, { log: [], now: NOW });
    const app = await renderApp(services, { id: 'stats' }, { columns: 80, rows: 200 });
    await app.waitFor('Readiness');
    const f = app.frame();
    expect(f).toContain('No estimate yet. No answers yet');
    expect(f).toContain('Streak: none yet · 0 reviews on 0 days in 12 weeks');
    expect(f).toContain('True retention (30 days): no reviews of already-learned questions yet');
    expect(f).toContain('None scored yet.');
    expect(f).toContain('None. No question has been missed 4 times.');
    await app.unmount();
  });

  it('fits every line in the narrowest supported window', () => {
    const scheduler = makeScheduler({ retention: DEFAULT_SETTINGS.retention });
    const reviewHistory = historyOf(LOG, { scheduler, now: NOW, dayStart: DEFAULT_SETTINGS.dayStart });
    const report = statsReport({ questions: QUESTIONS, facts: [], reviewHistory, history: [], scheduler, dayStart: DEFAULT_SETTINGS.dayStart }, NOW);
    for (const width of [58, 78, 140]) {
      const text = plainText(statsLines(report, width));
      for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
      // Every topic and domain name stays whole: in a narrow window it gets a line of its own.
      expect(text).toMatch(/^Authentication and authorization/m);
      expect(text).toMatch(/^Not mapped to an exam domain/m);
    }
  });
});
