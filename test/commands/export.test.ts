import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../src/core/progress/records.js';
import { appendRecords } from '../../src/store/review-file.js';
import { ROOT } from '../e2e/terminal.js';
import { runCli } from '../helpers/run-cli.js';

let home: string;
const BANK = 'test/fixtures/valid-bank.yaml';
const review = (id: string, qid: string, correct: boolean, at: string, chosen: string[] = []): ReviewRecord => ({ v: 1, type: 'review', id, qid, at, source: 'study', correct, rating: correct ? 3 : 1, chosen });

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-export-'));
});

describe('clf-trainer export', () => {
  it('exports only the questions whose latest answer was wrong, with --missed', async () => {
    appendRecords(home, [
      review('a', 'fixture-001', false, '2026-11-20T10:00:00Z', ['HTTP API']),
      review('b', 'fixture-002', false, '2026-11-20T10:01:00Z'),
      review('c', 'fixture-002', true, '2026-11-21T10:00:00Z'),
    ]);
    const result = await runCli(['export', '--missed', '--bank', BANK], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('id,topic,type,stem,choices,answer,explanation,facts,source,last_wrong_answer,missed_at');
    expect(result.stdout).toContain('fixture-001,api-types,single,');
    expect(result.stdout).toContain('B. HTTP API,2026-11-20T10:00:00Z');
    expect(result.stdout).not.toContain('fixture-002');
    expect(result.stderr).toBe('exported 1 missed question (CSV)\n');
  });

  it('writes every loaded question as Anki notes to a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'clf-export-out-')), 'all.txt');
    const result = await runCli(['export', '--all', '--format', 'anki', '--out', out, '--bank', BANK], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(result.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('#separator:tab\n#html:true\n')).toBe(true);
    const notes = text.split('\n').filter((l) => l && !l.startsWith('#'));
    const count = Number(/exported (\d+) questions/.exec(result.stdout)![1]);
    expect(notes).toHaveLength(count);
    expect(notes.some((n) => n.startsWith('Which API Gateway API type keeps a persistent two-way connection open?'))).toBe(true);
  });

  it('needs exactly one of --missed and --all', async () => {
    expect((await runCli(['export'], { env: { CLF_TRAINER_HOME: home } })).code).toBe(2);
    expect((await runCli(['export', '--missed', '--all'], { env: { CLF_TRAINER_HOME: home } })).code).toBe(2);
  });
});
