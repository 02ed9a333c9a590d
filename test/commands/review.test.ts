import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/terminal.js';
import { runCli } from '../helpers/run-cli.js';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-review-cmd-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const record = (id: string, qid: string, at: string, chosen = ['x']) => JSON.stringify({ v: 1, type: 'review', id, qid, at, source: 'study', correct: false, rating: 1, chosen });

describe('clf-trainer review --list', () => {
  it('prints ids and times from a hand-edited log as text, and nothing it prints swallows what follows', async () => {
    writeFileSync(
      join(home, 'reviews.jsonl'),
      [
        record('r1', 'gone-\u001b]0;PWNED-QID\u0007\u001b[41m', '2026-01-01T00:00:00Z'),
        record('r2', 'caching-001', '2026-12-01 (\u001b]0;x\u0007)'),
        record('r3', 'caching-002', '2026-12-01T10:00:00Z', ['\u001b]0;PWNED-CHOSEN\u0007\u001b[2J']),
        record('r4', 'caching-003', '2026-12-02T10:00:00Z'),
        '',
      ].join('\n'),
    );
    const text = await runCli(['review', '--list'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    const json = await runCli(['review', '--list', '--json'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    for (const out of [text.stdout, text.stderr, json.stdout]) expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text.stdout).toContain('1 more no longer in any loaded bank: gone-\n');
    expect(text.stdout).toMatch(/\[caching-002\][^\n]*\n {3}Your answer: {2}\(none\)\n[\s\S]*\[caching-003\][\s\S]*Missed 2026-12-02 10:00 UTC in study[\s\S]*Run 'clf-trainer review' to go over them\.\n$/);
    // A time that is not an ISO time makes its line damaged: skipped, reported, kept in the file.
    expect(text.stdout).not.toContain('[caching-001]');
    expect(text.stderr).toContain('reviews.jsonl: line 2 is damaged and skipped');
    expect(JSON.parse(json.stdout).notLoaded).toEqual(['gone-\u001b]0;PWNED-QID\u0007\u001b[41m']);
  });
});
