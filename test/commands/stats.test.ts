import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatsReport } from '../../src/core/stats/report.js';
import { appendRecords } from '../../src/store/review-file.js';
import { loadRunData } from '../../src/commands/run-data.js';
import { realServices } from '../../src/app/real-services.js';
import { ROOT } from '../e2e/terminal.js';
import { generateHistory } from '../helpers/history.js';
import { runCli } from '../helpers/run-cli.js';
import { renderApp } from '../helpers/ui.js';

const NOW = new Date(2026, 10, 25, 18, 30);
let home: string;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'clf-stats-'));
  const ids = (await loadRunData({ env: { CLF_TRAINER_HOME: home }, cwd: ROOT, args: { flags: {}, positionals: [] } })).library.questions.map((q) => q.id);
  appendRecords(home, generateHistory({ ids, now: NOW, days: 30, skip: [4, 17], newPerDay: 6, alwaysWrong: ids.slice(0, 2), seed: 11 }));
  mkdirSync(join(home, 'exams'));
  const entry = (id: string, day: number, scaled: number) =>
    JSON.stringify({ v: 1, id, startedAt: new Date(2026, 10, day, 9).toISOString(), endedAt: new Date(2026, 10, day, 10).toISOString(), reason: 'submitted', questions: 65, answered: 65, durationMs: 1, usedMs: 1, correct: 40, percent: 62, scaled, passed: scaled >= 700, qids: Array.from({ length: 65 }, (_, i) => `q${i}`) });
  writeFileSync(join(home, 'exams', 'history.jsonl'), `${entry('e1', 12, 580)}\n${entry('e2', 19, 705)}\n`);
});

describe('clf-trainer stats', () => {
  it('--json prints the report, and the TUI shows exactly the same numbers', async () => {
    const result = await runCli(['stats', '--json'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT, now: NOW });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as StatsReport;

    const data = await loadRunData({ env: { CLF_TRAINER_HOME: home }, cwd: ROOT, args: { flags: {}, positionals: [] } });
    const services = { ...realServices(data, data.library.questions, { env: {}, now: () => NOW }), color: false };
    const app = await renderApp(services, { id: 'stats' }, { columns: 100, rows: 400 });
    await app.waitFor('Leeches');
    const tui = app.frame();
    await app.unmount();
    const lines = tui.split('\n');
    const lineOf = (text: string) => lines.find((l) => l.includes(text)) ?? `(no line with ${text})`;
    const rowOf = (label: string) => lines.find((l) => l.trimStart().startsWith(label)) ?? `(no row ${label})`;

    expect(tui).toContain(`${json.totals.seen}/${json.totals.questions} seen · ${json.totals.reviews} reviews · ${json.totals.dueToday} due today`);
    const r = json.readiness;
    expect(r.scaled).not.toBeNull();
    expect(tui).toContain(`Estimated score ≈ ${r.scaled} / 1000`);
    expect(tui).toContain(`${r.percent}% expected correct · confidence ${r.confidence}`);
    expect(tui.replace(/\s+/g, ' ')).toContain(r.note);
    for (const t of json.topics) {
      const line = rowOf(t.label.slice(0, 20));
      expect(line).toContain(`${t.seen}/${t.total}`);
      expect(line).toContain(`${t.strengthPercent}% · recall ${t.recallPercent === null ? '   —' : `${String(t.recallPercent).padStart(3)}%`} · ${t.lapses} lapse`);
    }
    // Every built-in question is in a domain: the domains add up to the questions, and the TUI shows the same rows.
    expect(json.domains.map((d) => d.domain)).toEqual(['cloud-concepts', 'security-compliance', 'technology-services', 'billing-pricing-support']);
    expect(json.domains.reduce((n, d) => n + d.total, 0)).toBe(json.totals.questions);
    for (const d of json.domains) {
      const line = rowOf(d.label);
      expect(line).toContain(`${d.seen}/${d.total}`);
      expect(line).toContain(`${d.strengthPercent}% · recall`);
    }
    expect(r.scope).toMatchObject({ other: 0, note: 'It covers the API Gateway part of CLF-C02 only, not the whole exam.' });
    expect(tui).toContain(`Readiness: ${r.scope.short}`);
    expect(tui).toContain(r.scope.note);
    expect(lineOf('reviews due · today')).toContain(`${json.forecast.reduce((n, d) => n + d.due, 0)} reviews due · today ${json.forecast[0]!.due}`);
    const countsRow = lines[lines.findIndex((l) => l.includes('reviews due · today')) + 5]!;
    expect(countsRow.trim().split(/\s+/).map(Number)).toEqual(json.forecast.map((d) => d.due));
    const a = json.activity;
    expect(tui).toContain(`Streak: ${a.streak} days in a row, today included · ${a.reviews} reviews on ${a.activeDays} days in 12 weeks`);
    const ret = json.retention;
    expect(tui).toContain(`True retention (30 days): ${ret.percent}% · ${ret.correct} of ${ret.reviews} reviews of already-learned questions`);
    expect(tui).toContain(`${json.exams.attempts.length} scored attempts · last ${json.exams.last} ✓ pass · best ${json.exams.best}`);
    expect(json.leeches.length).toBeGreaterThan(0);
    expect(tui).toContain(`Leeches: missed 4 or more times (${json.leeches.length})`);
    for (const l of json.leeches) expect(tui).toContain(`✗ ${l.misses}× ${l.id} `);
  });

  it('without a terminal, says to use --json and exits 2', async () => {
    const result = await runCli(['stats'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("clf-trainer: clf-trainer stats needs an interactive terminal; use 'clf-trainer stats --json' in scripts\n");
  });

  it('counts answers dated in the future as given now, and says how many there were', async () => {
    const ahead = mkdtempSync(join(tmpdir(), 'clf-stats-future-'));
    const ids = (await loadRunData({ env: { CLF_TRAINER_HOME: ahead }, cwd: ROOT, args: { flags: {}, positionals: [] } })).library.questions.map((q) => q.id).slice(0, 10);
    // Ten wrong answers written by a machine whose clock was a year ahead.
    const year = new Date(NOW.getTime() + 365 * 86_400_000);
    appendRecords(ahead, ids.map((qid, i) => ({ v: 1, type: 'review', id: `f${i}`, qid, at: new Date(year.getTime() + i * 60_000).toISOString(), source: 'study', correct: false, rating: 1, chosen: [] })));
    const result = await runCli(['stats', '--json'], { env: { CLF_TRAINER_HOME: ahead }, cwd: ROOT, now: NOW });
    const json = JSON.parse(result.stdout) as StatsReport;
    expect(json.totals).toMatchObject({ seen: 10, reviews: 10, futureReviews: 10, dueToday: 10 });

    const data = await loadRunData({ env: { CLF_TRAINER_HOME: ahead }, cwd: ROOT, args: { flags: {}, positionals: [] } });
    const app = await renderApp({ ...realServices(data, data.library.questions, { env: {}, now: () => NOW }), color: false }, { id: 'stats' }, { columns: 100, rows: 400 });
    await app.waitFor('Leeches');
    expect(app.frame().replace(/\s+/g, ' ')).toContain('⚠ 10 answers in your log are dated later than now (a clock that was set ahead); they count as given now.');
    await app.unmount();
  });
});
