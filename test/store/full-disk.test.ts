import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../src/core/progress/records.js';
import { checkWritable, replaceFile } from '../../src/store/files.js';
import { appendRecords, readLog, REVIEW_LOG } from '../../src/store/review-file.js';
import { canMount, smallDisk, type SmallDisk } from '../helpers/mounts.js';

/**
 * The same protections as test/store/files.test.ts, on a real file system: a small tmpfs that
 * is really full or really read-only (skipped where mounting is not possible).
 */
const mounting = canMount();
if (!mounting) console.warn('full-disk.test.ts: cannot mount a tmpfs here (needs root); using only the injected-failure tests');

let disk: SmallDisk | undefined;
afterEach(() => {
  disk?.unmount();
  disk = undefined;
});

const review = (n: number, pad = ''): ReviewRecord => ({ v: 1, type: 'review', id: `r${n}`, qid: `q${n}`, at: new Date(Date.UTC(2026, 10, 1, 9, n)).toISOString(), source: 'study', correct: true, rating: 3, chosen: [`option${pad}`] });
const line = (r: ReviewRecord) => `${JSON.stringify(r)}\n`;

/** A log of `size` bytes exactly (one record, padded). */
function logOfSize(size: number): string {
  const base = line(review(0)).length;
  return line(review(0, 'x'.repeat(size - base)));
}

describe.skipIf(!mounting)('on a real full or read-only disk', () => {
  it('an answer that does not fit is not saved at all: the log is byte for byte as before', () => {
    disk = smallDisk(64);
    const path = join(disk.dir, REVIEW_LOG);
    // The next record crosses into a new page, which a full disk cannot give: the write stops part-way.
    const before = logOfSize(4096 - 40);
    writeFileSync(path, before);
    disk.fill();
    expect(line(review(1)).length).toBeGreaterThan(40);
    expect(() => appendRecords(disk!.dir, [review(1)])).toThrow(/cannot save progress to .*reviews\.jsonl: the disk is full\. Free some space and try again\./);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readLog(disk.dir)).toEqual({ records: [review(0, 'x'.repeat(4096 - 40 - line(review(0)).length))], damaged: [], truncatedTail: false });
    // Space again: the next save works and the log reads whole.
    rmSync(join(disk.dir, 'filler'));
    appendRecords(disk.dir, [review(1)]);
    expect(readLog(disk.dir).records.map((r) => r.id)).toEqual(['r0', 'r1']);
  });

  it('settings replaced on a full disk keep their old content, and no temporary file is left', () => {
    disk = smallDisk(64);
    const path = join(disk.dir, 'settings.json');
    writeFileSync(path, '{"newPerDay":5}');
    disk.fill();
    expect(() => replaceFile(path, JSON.stringify({ newPerDay: 10, retention: 0.9, padding: 'x'.repeat(8000) }))).toThrow(/the disk is full/);
    expect(readFileSync(path, 'utf8')).toBe('{"newPerDay":5}');
    expect(readdirSync(disk.dir).sort()).toEqual(['filler', 'settings.json']);
  });

  it('a full data folder is refused before a session starts', () => {
    disk = smallDisk(64);
    disk.fill();
    expect(() => checkWritable(disk!.dir)).toThrow(/cannot save progress in .*: the disk is full/);
    expect(readdirSync(disk.dir)).toEqual(['filler']);
  });

  it('a read-only data folder is refused with a clear reason, and nothing is written', () => {
    disk = smallDisk(64);
    writeFileSync(join(disk.dir, REVIEW_LOG), line(review(0)));
    disk.remountReadOnly();
    expect(() => checkWritable(disk!.dir)).toThrow(/cannot save progress in .*: it is on a read-only file system/);
    expect(() => appendRecords(disk!.dir, [review(1)])).toThrow(/read-only file system/);
    expect(readFileSync(join(disk.dir, REVIEW_LOG), 'utf8')).toBe(line(review(0)));
  });

  it('a missing data folder that cannot be created (on a read-only disk) is refused', () => {
    disk = smallDisk(64, { readOnly: true });
    expect(() => checkWritable(join(disk!.dir, 'clf-trainer'))).toThrow(/cannot create the folder .*clf-trainer: (the folder does not exist and cannot be created|it is on a read-only file system)/);
  });
});
