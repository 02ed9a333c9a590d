import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addReport } from '../../src/store/reports.js';
import { setSuspended } from '../../src/store/suspended.js';
import { runCli } from '../helpers/run-cli.js';

let home: string;
const env = () => ({ CLF_TRAINER_HOME: home });
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-questions-cmd-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('clf-trainer search', () => {
  it('lists the questions holding every word, best first, and says how many', async () => {
    const r = await runCli(['search', 'usage', 'plan', 'api', 'keys'], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\S+-\d{3}  \S/);
    expect(r.stdout).toMatch(/\d+ questions? match "usage plan api keys"/);
  });

  it('--json gives every result for scripts; --topic keeps one topic; is:suspended finds the suspended ones', async () => {
    const all = JSON.parse((await runCli(['search', 'cache', '--json'], { env: env() })).stdout);
    expect(all.count).toBeGreaterThan(3);
    const caching = JSON.parse((await runCli(['search', 'cache', '--topic', 'caching', '--json'], { env: env() })).stdout);
    expect(caching.results.every((h: { topic: string }) => h.topic === 'caching')).toBe(true);
    setSuspended(home, caching.results[0].id, true);
    const suspended = JSON.parse((await runCli(['search', 'is:suspended', '--json'], { env: env() })).stdout);
    expect(suspended.results.map((h: { id: string; suspended: boolean }) => [h.id, h.suspended])).toEqual([[caching.results[0].id, true]]);
    const stats = JSON.parse((await runCli(['stats', '--json'], { env: env() })).stdout);
    expect(stats.suspended.map((q: { id: string }) => q.id)).toEqual([caching.results[0].id]);
  });

  it('says when nothing matches, refuses what it does not understand, and never echoes control sequences', async () => {
    const none = await runCli(['search', 'zzzqqq\u001b]0;pwned\u0007'], { env: env() });
    expect(none.stdout).toBe('No question matches "zzzqqq".\n');
    const bad = await runCli(['search', 'topic:cachin'], { env: env() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('search does not understand "topic:cachin"');
  });
});

describe('clf-trainer reports', () => {
  it('says how to report when there is none, then lists them with their comments, as text only', async () => {
    expect((await runCli(['reports'], { env: env() })).stdout).toContain('press r on a question');
    addReport(home, { v: 1, at: '2026-12-05T10:00:00.000Z', qid: 'caching-001', bank: 'questions/caching.yaml', comment: 'TTL \u001b[2Jwrong' });
    const r = await runCli(['reports'], { env: env() });
    expect(r.stdout).toContain('caching-001  (questions/caching.yaml)\n    TTL wrong');
    expect(r.stdout).not.toContain('\u001b');
    expect(JSON.parse((await runCli(['reports', '--json'], { env: env() })).stdout).count).toBe(1);
  });
});

describe('clf-trainer reset', () => {
  const answer = { v: 1, type: 'review', id: 'r1', qid: 'caching-001', at: '2026-12-05T10:00:00.000Z', source: 'study', correct: true, rating: 3, chosen: ['x'] };

  it('with nothing to reset says so', async () => {
    expect((await runCli(['reset'], { env: env() })).stdout).toContain('There is no progress to reset');
  });

  it('without a terminal refuses unless --force; with it, removes answers and exams after a backup that restore brings back', async () => {
    const log = `${JSON.stringify(answer)}\n{damaged line\n`;
    writeFileSync(join(home, 'reviews.jsonl'), log);
    writeFileSync(join(home, 'settings.json'), '{"newPerDay": 7}\n');
    setSuspended(home, 'auth-001', true);
    const refused = await runCli(['reset'], { env: env() });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Run 'clf-trainer reset --force'");
    expect(existsSync(join(home, 'reviews.jsonl'))).toBe(true);

    const done = await runCli(['reset', '--force'], { env: env() });
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('✓ reset: 1 answer and 0 mock exams removed');
    expect(existsSync(join(home, 'reviews.jsonl'))).toBe(false);
    expect(readFileSync(join(home, 'settings.json'), 'utf8')).toContain('7');
    expect(existsSync(join(home, 'suspended.json'))).toBe(true);
    const kept = readdirSync(join(home, 'backups')).find((name) => name.endsWith('.json'));
    expect(kept).toMatch(/^before-reset-/);
    // The log itself is kept too, exactly as it was: the damaged line a backup cannot hold included.
    expect(readFileSync(join(home, 'backups', kept!.replace(/\.json$/, ''), 'reviews.jsonl'), 'utf8')).toBe(log);
    expect(done.stderr).toContain('only in the folder');

    const restored = await runCli(['restore', join(home, 'backups', kept!), '--force'], { env: env() });
    expect(restored.code).toBe(0);
    expect(readFileSync(join(home, 'reviews.jsonl'), 'utf8')).toContain('caching-001');
  });

  it('in a terminal asks first; anything but yes resets nothing', async () => {
    writeFileSync(join(home, 'reviews.jsonl'), `${JSON.stringify(answer)}\n`);
    const r = await runCli(['reset'], { env: env(), tty: true, stdin: 'n\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Reset your progress? [y/N]');
    expect(r.stdout).toContain('Nothing was reset.');
    expect(existsSync(join(home, 'reviews.jsonl'))).toBe(true);
    const yes = await runCli(['reset'], { env: env(), tty: true, stdin: 'y\n' });
    expect(yes.code).toBe(0);
    expect(existsSync(join(home, 'reviews.jsonl'))).toBe(false);
  });
});
