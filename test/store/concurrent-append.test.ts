import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLog } from '../../src/store/review-file.js';
import { ROOT } from '../e2e/terminal.js';
import { childScript, runCopies } from '../helpers/child-script.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clf-append-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the review log written by several trainers at once', () => {
  it('keeps every record of every writer, each on a line of its own', async () => {
    const script = await childScript(`
      import { appendRecords } from ${JSON.stringify(join(ROOT, 'src/store/review-file.ts'))};
      const [dir, writer, rounds] = process.argv.slice(2);
      for (let i = 0; i < Number(rounds); i++) {
        appendRecords(dir, [{ v: 1, type: 'review', id: writer + '-' + i, qid: 'q' + (i % 7), at: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(), source: 'study', correct: i % 3 > 0, rating: i % 3 > 0 ? 3 : 1, chosen: ['an option chosen by writer ' + writer + ' '.repeat(i % 50)] }]);
      }`);
    const rounds = 300;
    expect(await runCopies(script, 4, (i) => [dir, `w${i}`, String(rounds)])).toEqual([0, 0, 0, 0]);
    const log = readLog(dir);
    expect(log.damaged).toEqual([]);
    expect(log.truncatedTail).toBe(false);
    expect(log.records).toHaveLength(4 * rounds);
    for (let w = 0; w < 4; w++) expect(log.records.filter((r) => r.id.startsWith(`w${w}-`))).toHaveLength(rounds);
    expect(readFileSync(join(dir, 'reviews.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(4 * rounds);
  }, 120_000);
});
