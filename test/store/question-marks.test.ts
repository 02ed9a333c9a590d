import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addReport, readReports } from '../../src/store/reports.js';
import { readSuspended, setSuspended, SUSPENDED_FILE } from '../../src/store/suspended.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clf-marks-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('suspended questions on disk', () => {
  it('are none at first, then kept sorted and unique; unsuspending removes one', () => {
    expect(readSuspended(dir)).toEqual({ value: [] });
    setSuspended(dir, 'b', true);
    setSuspended(dir, 'a', true);
    expect(setSuspended(dir, 'a', true)).toEqual(['a', 'b']);
    expect(setSuspended(dir, 'b', false)).toEqual(['a']);
    expect(readSuspended(dir).value).toEqual(['a']);
    expect(JSON.parse(readFileSync(join(dir, SUSPENDED_FILE), 'utf8'))).toEqual({ v: 1, ids: ['a'] });
  });

  it('a damaged file is kept aside, never wiped, and the learner is told', () => {
    writeFileSync(join(dir, SUSPENDED_FILE), '{"ids": [');
    const loaded = readSuspended(dir);
    expect(loaded.value).toEqual([]);
    expect(loaded.warning).toContain('is damaged; a copy is kept at');
    expect(existsSync(join(dir, `${SUSPENDED_FILE}.damaged`))).toBe(true);
  });
});

describe('reports on disk', () => {
  it('are added one line each and read back; a damaged line is skipped', () => {
    addReport(dir, { v: 1, at: '2026-12-05T10:00:00.000Z', qid: 'caching-001', bank: 'questions/caching.yaml', comment: 'TTL is wrong' });
    writeFileSync(join(dir, 'reports.jsonl'), `${readFileSync(join(dir, 'reports.jsonl'), 'utf8')}not json\n`);
    addReport(dir, { v: 1, at: '2026-12-05T10:01:00.000Z', qid: 'auth-002', bank: 'questions/auth.yaml', comment: 'unclear' });
    const read = readReports(dir);
    expect(read.values.map((r) => r.qid)).toEqual(['caching-001', 'auth-002']);
    expect(read.damaged).toHaveLength(1);
  });
});
