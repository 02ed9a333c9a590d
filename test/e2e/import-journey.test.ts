import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, Terminal } from './terminal.js';

let laptop: string;
let desktop: string;
let scratch: string;
let term: Terminal | undefined;

beforeEach(() => {
  laptop = mkdtempSync(join(tmpdir(), 'clf-e2e-laptop-'));
  desktop = mkdtempSync(join(tmpdir(), 'clf-e2e-desktop-'));
  scratch = mkdtempSync(join(tmpdir(), 'clf-e2e-scratch-'));
});
afterEach(() => {
  term?.kill();
  term = undefined;
  for (const dir of [laptop, desktop, scratch]) rmSync(dir, { recursive: true, force: true });
});

function cli(home: string, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, CLF_TRAINER_HOME: home }, encoding: 'utf8', input: '' });
}

describe('a downloaded bank, studied, and the progress moved to another machine', () => {
  it('imports, studies the imported questions, backs up, restores elsewhere and shows the stats', async () => {
    const imported = cli(laptop, 'import', 'test/fixtures/import/numbered-2space.md');
    expect(imported.status).toBe(0);
    expect(readdirSync(join(laptop, 'banks'))).toEqual(['numbered-2space.yaml']);

    // The bank folder loads by itself: study the imported questions only.
    term = new Terminal(['study', '--topic', 'general'], { env: { CLF_TRAINER_HOME: laptop } });
    const screen = await term.waitFor(/Which (diagram shows a VPC|service is a managed message queue)\?/);
    // Options are shuffled: find the letter of a wrong one on the screen.
    const wrong = screen.includes('message queue') ? 'Amazon EMR' : 'The first diagram';
    const letter = new RegExp(`([A-F])\\. \\((?:•| )\\) ${wrong}`).exec(screen)![1]!.toLowerCase();
    term.press(letter);
    term.press('enter');
    await term.waitFor('✗ Wrong');
    term.press('q');
    await term.waitFor('Session summary');
    term.press('q');
    expect(await term.exit()).toBe(0);

    expect(cli(laptop, 'backup', join(scratch, 'progress.json')).stdout).toContain('✓ backed up 1 review, 0 exam attempts, 1 own bank');
    const restored = cli(desktop, 'restore', join(scratch, 'progress.json'));
    expect(restored.status).toBe(0);
    expect(cli(desktop, 'banks').stdout).toMatch(/numbered-2space\.yaml\s+2\s+✓ ok/);

    const stats = JSON.parse(cli(desktop, 'stats', '--json').stdout) as { totals: { reviews: number }; topics: { topic: string; seen: number; total: number }[] };
    expect(stats.totals.reviews).toBe(1);
    expect(stats.topics.find((t) => t.topic === 'general')).toMatchObject({ seen: 1, total: 2 });

    term = new Terminal(['stats'], { env: { CLF_TRAINER_HOME: desktop } });
    const stats1 = await term.waitFor('Readiness');
    expect(stats1).toMatch(/Stats\s+1\/\d+ seen · 1 review · \d+ due today/);
    term.press('q');
    expect(await term.exit()).toBe(0);
    const raw = term.rawOutput();
    expect(raw.lastIndexOf('\u001b[?1049l')).toBeGreaterThan(raw.lastIndexOf('\u001b[?1049h'));
  });
});
