import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../src/core/progress/records.js';
import { parseBackup, serializeBackup, type Backup } from '../../src/store/backup.js';
import { processStart } from '../../src/store/lock.js';
import { readLog } from '../../src/store/review-file.js';
import { appendRecords } from '../../src/store/review-file.js';
import { runCli } from '../helpers/run-cli.js';
import { BIN } from '../e2e/terminal.js';

const review = (id: string, qid: string, correct: boolean): ReviewRecord => ({ v: 1, type: 'review', id, qid, at: '2026-11-20T10:00:00.000Z', source: 'study', correct, rating: correct ? 3 : 1, chosen: [] });
const HISTORY = '{"v":1,"id":"e1","startedAt":"2026-11-20T10:00:00.000Z","endedAt":"2026-11-20T10:30:00.000Z","reason":"submitted","questions":3,"answered":3,"durationMs":250000,"usedMs":1800,"correct":2,"percent":67,"scaled":720,"passed":true,"qids":["a","b","c"]}\n';

let scratch: string;
let source: string;
let target: string;

function seed(dir: string, reviews: ReviewRecord[]) {
  appendRecords(dir, reviews);
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ newPerDay: 7, retention: 0.85 }));
  mkdirSync(join(dir, 'exams'), { recursive: true });
  writeFileSync(join(dir, 'exams', 'history.jsonl'), HISTORY);
  mkdirSync(join(dir, 'banks'), { recursive: true });
  writeFileSync(join(dir, 'banks', 'mine.yaml'), 'title: Mine\nquestions: []\n');
  writeFileSync(join(dir, 'unrelated.txt'), 'not progress');
}

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'clf-backup-'));
  source = join(scratch, 'source');
  target = join(scratch, 'target');
  mkdirSync(source);
  mkdirSync(target);
});

const cli = (args: string[], home: string, extra: Parameters<typeof runCli>[1] = {}) => runCli(args, { env: { CLF_TRAINER_HOME: home }, cwd: scratch, ...extra });

describe('backup and restore', () => {
  it('round-trips every progress file into an empty data folder', async () => {
    seed(source, [review('r1', 'q1', true), review('r2', 'q2', false)]);
    const backup = await cli(['backup', 'progress.json'], source);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('✓ backed up 2 reviews, 1 exam attempt, 1 own bank, settings to progress.json');
    const file = JSON.parse(readFileSync(join(scratch, 'progress.json'), 'utf8')) as Backup;
    expect(file).toMatchObject({ format: 'clf-trainer-backup', version: 1, createdAt: '2026-11-25T12:00:00.000Z' });
    expect(file.files.map((f) => f.path)).toEqual(['banks/mine.yaml', 'exams/history.jsonl', 'reviews.jsonl', 'settings.json']);
    expect(statSync(join(scratch, 'progress.json')).mode & 0o077).toBe(0);

    const restore = await cli(['restore', 'progress.json'], target);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('✓ restored 2 reviews, 1 exam attempt, 1 own bank, settings from progress.json');
    for (const path of ['reviews.jsonl', 'settings.json', 'exams/history.jsonl', 'banks/mine.yaml']) {
      expect(readFileSync(join(target, path), 'utf8')).toBe(readFileSync(join(source, path), 'utf8'));
    }
    expect(existsSync(join(target, 'backups'))).toBe(false);
  });

  it('refuses to replace existing progress without --force when there is no terminal', async () => {
    seed(source, [review('r1', 'q1', true)]);
    await cli(['backup', 'progress.json'], source);
    appendRecords(target, [review('mine', 'q9', false)]);
    const result = await cli(['restore', 'progress.json'], target);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/already holds progress \(1 review, .*\)\.\nRun 'clf-trainer restore progress\.json --force'/);
    expect(readLog(target).records.map((r) => r.id)).toEqual(['mine']);
  });

  it('asks in a terminal, and does nothing unless the answer is yes', async () => {
    seed(source, [review('r1', 'q1', true)]);
    await cli(['backup', 'progress.json'], source);
    appendRecords(target, [review('mine', 'q9', false)]);
    const no = await cli(['restore', 'progress.json'], target, { tty: true, stdin: 'n\n' });
    expect(no.code).toBe(1);
    expect(no.stdout).toContain('Replace your progress with the backup? [y/N] ');
    expect(no.stdout).toContain('Nothing was restored.');
    expect(readLog(target).records.map((r) => r.id)).toEqual(['mine']);

    const yes = await cli(['restore', 'progress.json'], target, { tty: true, stdin: 'y\n' });
    expect(yes.code).toBe(0);
    expect(readLog(target).records.map((r) => r.id)).toEqual(['r1']);
  });

  it('keeps a copy of the progress it replaces, itself a backup that restores', async () => {
    seed(source, [review('r1', 'q1', true)]);
    await cli(['backup', 'progress.json'], source);
    appendRecords(target, [review('mine', 'q9', false)]);
    writeFileSync(join(target, 'settings.json'), JSON.stringify({ newPerDay: 3 }));
    const result = await cli(['restore', 'progress.json', '--force'], target);
    expect(result.code).toBe(0);
    const kept = readdirSync(join(target, 'backups')).sort();
    expect(kept).toEqual(['before-restore-2026-11-25T12-00-00Z', 'before-restore-2026-11-25T12-00-00Z.json']);
    expect(result.stdout).toContain('Your previous progress is kept in');
    const copy = parseBackup(readFileSync(join(target, 'backups', kept[1]!), 'utf8'));
    expect('backup' in copy && copy.backup.files.map((f) => f.path)).toEqual(['reviews.jsonl', 'settings.json']);

    const back = await cli(['restore', join(target, 'backups', kept[1]!), '--force'], target, { now: new Date('2026-11-25T12:05:00Z') });
    expect(back.code).toBe(0);
    expect(readLog(target).records.map((r) => r.id)).toEqual(['mine']);
    expect(JSON.parse(readFileSync(join(target, 'settings.json'), 'utf8'))).toEqual({ newPerDay: 3 });
    expect(existsSync(join(target, 'exams', 'history.jsonl'))).toBe(false);
    expect(readdirSync(join(target, 'backups'))).toHaveLength(4);
  });

  it.each([
    ['not JSON at all', '{"format": "clf-trainer-backup", "version": 1, ', /it is not valid JSON/],
    ['another JSON file', '{"name": "x"}', /it is not a clf-trainer backup/],
    ['a newer format', JSON.stringify({ format: 'clf-trainer-backup', version: 9, createdAt: '2026-01-01T00:00:00Z', files: [] }), /newer clf-trainer \(backup format 9/],
    ['a path outside the progress files', JSON.stringify({ format: 'clf-trainer-backup', version: 1, createdAt: '2026-01-01T00:00:00Z', files: [{ path: '../../.bashrc', text: 'x' }] }), /not a progress file/],
    ['a damaged review line', JSON.stringify({ format: 'clf-trainer-backup', version: 1, createdAt: '2026-01-01T00:00:00Z', files: [{ path: 'reviews.jsonl', text: '{"v":1}\n' }] }), /reviews\.jsonl: line 1 is not a valid review record/],
    ['bad settings', JSON.stringify({ format: 'clf-trainer-backup', version: 1, createdAt: '2026-01-01T00:00:00Z', files: [{ path: 'settings.json', text: '{"retention": 5}' }] }), /settings\.json: invalid retention/],
    ['an unreadable exam journal', JSON.stringify({ format: 'clf-trainer-backup', version: 1, createdAt: '2026-01-01T00:00:00Z', files: [{ path: 'exams/x1.jsonl', text: 'junk\n' }] }), /exams\/x1\.jsonl: not a readable exam journal/],
  ])('rejects %s with a clear message, exit 1, and changes nothing', async (_, text, message) => {
    appendRecords(target, [review('mine', 'q9', false)]);
    writeFileSync(join(scratch, 'bad.json'), text);
    const result = await cli(['restore', 'bad.json', '--force'], target);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^clf-trainer: bad\.json cannot be restored: /);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Nothing was changed.');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readLog(target).records.map((r) => r.id)).toEqual(['mine']);
    expect(existsSync(join(target, 'backups'))).toBe(false);
  });

  it('leaves damaged log lines out of a backup, says so, and the backup still restores', async () => {
    appendRecords(source, [review('r1', 'q1', true)]);
    writeFileSync(join(source, 'reviews.jsonl'), `${readFileSync(join(source, 'reviews.jsonl'), 'utf8')}garbage\n`);
    const backup = await cli(['backup', 'p.json'], source);
    expect(backup.stderr).toContain('note: reviews.jsonl: 1 damaged line left out');
    expect((await cli(['restore', 'p.json'], target)).code).toBe(0);
    expect(readLog(target)).toMatchObject({ damaged: [], records: [expect.objectContaining({ id: 'r1' })] });
  });

  it('never overwrites an existing file unless --force is given', async () => {
    writeFileSync(join(scratch, 'notes.json'), '{"mine": true}');
    const refused = await cli(['backup', 'notes.json'], source);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('notes.json already exists and was not overwritten: choose another path, or add --force to replace it');
    expect(readFileSync(join(scratch, 'notes.json'), 'utf8')).toBe('{"mine": true}');
    expect((await cli(['backup', 'p.json'], source)).code).toBe(0);
    expect((await cli(['backup', 'p.json'], source)).code).toBe(1);
    expect((await cli(['backup', 'p.json', '--force'], source)).code).toBe(0);
  });

  it('writes into a folder under a dated name that is not taken yet', async () => {
    expect((await cli(['backup', '.'], source)).code).toBe(0);
    expect((await cli(['backup', '.'], source)).code).toBe(0);
    expect(existsSync(join(scratch, 'clf-trainer-backup-2026-11-25.json'))).toBe(true);
    expect(existsSync(join(scratch, 'clf-trainer-backup-2026-11-25-2.json'))).toBe(true);
  });

  it('serializes what it parses', () => {
    const backup: Backup = { format: 'clf-trainer-backup', version: 1, createdAt: '2026-01-01T00:00:00.000Z', app: '1.0.0', files: [{ path: 'reviews.jsonl', text: `${JSON.stringify(review('a', 'q', true))}\n` }] };
    expect(parseBackup(serializeBackup(backup))).toEqual({ backup });
  });

  it('keeps what it replaces byte for byte (damaged lines, a bank that is not text) and says what its backup file lacks', async () => {
    seed(source, [review('r1', 'q1', true)]);
    await cli(['backup', 'progress.json'], source);
    appendRecords(target, [review('mine', 'q9', false)]);
    const hand = '{"v":1,"type":"review","id":"hand","qid":"caching-021","at":"2026-12-01T00:00:00Z","source":"study","correct":true,"rating":3,"chosen":["x"],}\n';
    writeFileSync(join(target, 'reviews.jsonl'), `${readFileSync(join(target, 'reviews.jsonl'), 'utf8')}${hand}`);
    mkdirSync(join(target, 'banks'));
    const own = Buffer.concat([Buffer.from('title: Mine\nquestions: []\n# note '), Buffer.from([0, 0xe9]), Buffer.from('\n')]);
    writeFileSync(join(target, 'banks', 'mine.yaml'), own);
    const before = readFileSync(join(target, 'reviews.jsonl'));

    const result = await cli(['restore', 'progress.json', '--force'], target);
    expect(result.code).toBe(0);
    const folder = join(target, 'backups', 'before-restore-2026-11-25T12-00-00Z');
    expect(readFileSync(join(folder, 'reviews.jsonl'))).toEqual(before);
    expect(readFileSync(join(folder, 'banks', 'mine.yaml'))).toEqual(own);
    expect(result.stdout).toContain('and the files it replaced, exactly as they were, in target/backups/before-restore-2026-11-25T12-00-00Z.');
    expect(result.stderr).toContain('note: not in target/backups/before-restore-2026-11-25T12-00-00Z.json, only in the folder: reviews.jsonl: 1 damaged line left out');
    expect(result.stderr).toContain('note: not in target/backups/before-restore-2026-11-25T12-00-00Z.json, only in the folder: banks/mine.yaml: left out (it is a binary file, not YAML text)');
    // What is now in the data folder is the backup, and the old bank is gone from it.
    expect(readFileSync(join(target, 'banks', 'mine.yaml'), 'utf8')).toBe('title: Mine\nquestions: []\n');
  });

  it('refuses while a trainer is open on the progress, naming it, and changes nothing', async () => {
    seed(source, [review('r1', 'q1', true)]);
    await cli(['backup', 'progress.json'], source);
    appendRecords(target, [review('mine', 'q9', false)]);
    const other = spawn('sleep', ['30']);
    try {
      mkdirSync(join(target, 'locks'));
      // Its start time is known, so it is provably running: nothing to delete by hand.
      writeFileSync(join(target, 'locks', `trainer-${other.pid}-abc123.lock`), JSON.stringify({ pid: other.pid, host: hostname(), since: '2026-11-25T11:00:00.000Z', purpose: 'a trainer session', started: processStart(other.pid!) }));
      const result = await cli(['restore', 'progress.json', '--force'], target);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^clf-trainer: another clf-trainer \\(process ${other.pid}, since \\d\\d:\\d\\d\\) is open on this progress: close it first \\(its answers would be lost\\)\\. Nothing was changed\\.\\n$`));
      expect(readLog(target).records.map((r) => r.id)).toEqual(['mine']);
      expect(existsSync(join(target, 'backups'))).toBe(false);

      // A lock file's host is shown as text, on the one line of the message.
      writeFileSync(join(target, 'locks', `trainer-${other.pid}-abc123.lock`), JSON.stringify({ pid: other.pid, host: 'far\n\u001b]0;PWNED\u0007clf-trainer: a forged line', since: '2026-11-25T11:00:00.000Z', purpose: 'a trainer session' }));
      const forged = await cli(['restore', 'progress.json', '--force'], target);
      expect(forged.stderr).toMatch(/^clf-trainer: another clf-trainer \(process \d+ on far clf-trainer: a forged line, since \d\d:\d\d\) is open on this progress[^\n]*\n$/);
      // A trainer on another machine cannot be checked from here: the message says which file to delete if it is gone.
      expect(forged.stderr).toContain(`Nothing was changed. If that trainer is no longer running, delete ${join(target, 'locks', `trainer-${other.pid}-abc123.lock`)}.\n`);

      // An exam open in another trainer holds its own lock: refused too.
      rmSync(join(target, 'locks'), { recursive: true });
      mkdirSync(join(target, 'exams'));
      writeFileSync(join(target, 'exams', 'e1.lock'), JSON.stringify({ pid: other.pid, host: hostname(), since: '2026-11-25T11:00:00.000Z', purpose: 'the exam e1' }));
      const exam = await cli(['restore', 'progress.json', '--force'], target);
      expect(exam.code).toBe(1);
      expect(exam.stderr).toContain('has the exam e1 open: finish or leave it first. Nothing was changed.');
    } finally {
      other.kill();
    }
    // A lock left by a trainer that is no longer running is stale: the restore goes ahead.
    await new Promise((done) => other.once('exit', done));
    expect((await cli(['restore', 'progress.json', '--force'], target)).code).toBe(0);
  });

  it.each([
    ['a creation date that is not an ISO time (text in parentheses)', { createdAt: '2026-01-01 (\u001b]0;PWNED-DATE\u0007)' }, /its creation date is missing or not an ISO time/],
    ['a review time that is not an ISO time', { files: [{ path: 'reviews.jsonl', text: `${JSON.stringify({ ...review('r3', 'q', false), at: '2026-12-01 (\u001b]0;x\u0007)' })}\n` }] }, /reviews\.jsonl: line 1 is not a valid review record/],
    ['a review time before 1970', { files: [{ path: 'reviews.jsonl', text: `${JSON.stringify({ ...review('r3', 'q', false), at: '1969-12-31T23:59:59Z' })}\n` }] }, /reviews\.jsonl: line 1 is not a valid review record/],
    ['a bank file name with control characters', { files: [{ path: 'banks/\u001b]0;PWNED-TITLE\u0007\u001b[2Jevil.yaml', text: 'title: x\n' }] }, /has a path that is not a progress file/],
    ['a bank file name with a space', { files: [{ path: 'banks/my bank.yaml', text: 'title: x\n' }] }, /has a path that is not a progress file/],
  ])('refuses %s, printing nothing raw', async (_, over, message) => {
    writeFileSync(join(scratch, 'crafted.json'), JSON.stringify({ format: 'clf-trainer-backup', version: 1, createdAt: '2026-01-01T00:00:00Z', app: 'x', files: [], ...over }));
    const result = await cli(['restore', 'crafted.json', '--force'], target);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('restores a backup saved with a byte-order mark (as Windows Notepad saves it)', async () => {
    seed(source, [review('r1', 'q1', true)]);
    await cli(['backup', 'progress.json'], source);
    writeFileSync(join(scratch, 'bom.json'), `\ufeff${readFileSync(join(scratch, 'progress.json'), 'utf8')}`);
    const result = await cli(['restore', 'bom.json'], target);
    expect(result.code).toBe(0);
    expect(readLog(target).records.map((r) => r.id)).toEqual(['r1']);
  });

  it('leaves out of a backup a bank whose name a backup cannot hold, and says so', async () => {
    seed(source, [review('r1', 'q1', true)]);
    writeFileSync(join(source, 'banks', 'my bank.yaml'), 'title: Spaced\n');
    const result = await cli(['backup', 'p.json'], source);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("note: banks/my bank.yaml: left out (a bank's file name in a backup may hold only letters, digits, dots, dashes and underscores: rename it)");
  });

  it('backs up a bank that is a symbolic link, as the trainer loads it', async () => {
    seed(source, [review('r1', 'q1', true)]);
    writeFileSync(join(scratch, 'elsewhere.yaml'), 'title: Linked\n');
    symlinkSync(join(scratch, 'elsewhere.yaml'), join(source, 'banks', 'linked.yaml'));
    await cli(['backup', 'p.json'], source);
    const file = JSON.parse(readFileSync(join(scratch, 'p.json'), 'utf8')) as Backup;
    expect(file.files.find((f) => f.path === 'banks/linked.yaml')?.text).toBe('title: Linked\n');
  });

  it('backs up a bank folder that is a link to a folder elsewhere, and a restore keeps what it replaces there', async () => {
    seed(source, [review('r1', 'q1', true)]);
    await cli(['backup', 'progress.json'], source);
    // The bank folder is a synced folder elsewhere; it holds a file the backup replaces.
    const synced = join(scratch, 'synced');
    mkdirSync(synced);
    writeFileSync(join(synced, 'mine.yaml'), 'title: Mine, edited since\nquestions: []\n');
    writeFileSync(join(synced, 'other.yaml'), 'title: Other\nquestions: []\n');
    symlinkSync(synced, join(target, 'banks'));
    const backup = await cli(['backup', 'linked.json'], target);
    expect(backup.stdout).toContain('2 own banks');
    const restore = await cli(['restore', 'progress.json', '--force'], target);
    expect(restore.code).toBe(0);
    expect(readFileSync(join(synced, 'mine.yaml'), 'utf8')).toBe('title: Mine\nquestions: []\n');
    const [kept] = readdirSync(join(target, 'backups')).filter((name) => !name.endsWith('.json'));
    expect(readFileSync(join(target, 'backups', kept!, 'banks', 'mine.yaml'), 'utf8')).toBe('title: Mine, edited since\nquestions: []\n');
    expect(readFileSync(join(target, 'backups', kept!, 'banks', 'other.yaml'), 'utf8')).toBe('title: Other\nquestions: []\n');
  });

  // A bank folder linked to another disk (a synced folder) cannot be renamed from: it needs a
  // second file system, which /dev/shm is on most Linux machines; elsewhere this case is skipped.
  const otherDisk = ['/dev/shm'].find((dir) => existsSync(dir) && statSync(dir).dev !== statSync(tmpdir()).dev);
  it.skipIf(!otherDisk)('keeps what it replaces in a bank folder linked to another disk (needs a second file system)', async () => {
    seed(source, [review('r1', 'q1', true)]);
    await cli(['backup', 'progress.json'], source);
    const synced = mkdtempSync(join(otherDisk!, 'clf-synced-'));
    try {
      writeFileSync(join(synced, 'mine.yaml'), 'title: Mine, edited since\nquestions: []\n');
      writeFileSync(join(synced, 'other.yaml'), 'title: Other\nquestions: []\n');
      symlinkSync(synced, join(target, 'banks'));
      const restore = await cli(['restore', 'progress.json', '--force'], target);
      expect(restore).toMatchObject({ code: 0, stderr: '' });
      expect(readFileSync(join(synced, 'mine.yaml'), 'utf8')).toBe('title: Mine\nquestions: []\n');
      expect(existsSync(join(synced, 'other.yaml'))).toBe(false);
      const [kept] = readdirSync(join(target, 'backups')).filter((name) => !name.endsWith('.json'));
      expect(readFileSync(join(target, 'backups', kept!, 'banks', 'mine.yaml'), 'utf8')).toBe('title: Mine, edited since\nquestions: []\n');
      expect(readFileSync(join(target, 'backups', kept!, 'banks', 'other.yaml'), 'utf8')).toBe('title: Other\nquestions: []\n');
    } finally {
      rmSync(synced, { recursive: true, force: true });
    }
  });

  it('refuses a FIFO or a device as the backup to restore, and a FIFO as the file to write, at once (real process)', () => {
    const fifo = join(scratch, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    for (const args of [['restore', fifo], ['restore', '/dev/zero'], ['backup', fifo], ['backup', fifo, '--force']]) {
      const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, CLF_TRAINER_HOME: target }, timeout: 15_000 });
      expect(run.signal, `${args.join(' ')} waited`).toBeNull();
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/(is a named pipe \(FIFO\), not a regular file|is a device, not a regular file|already exists|not a regular file)/);
    }
  });

  it('refuses a backup far larger than any real one before reading it', async () => {
    const huge = join(scratch, 'huge.json');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 300 * 1024 * 1024);
    closeSync(fd);
    const result = await cli(['restore', huge], target);
    expect(result).toMatchObject({ code: 1, stderr: 'clf-trainer: huge.json cannot be restored: it is 300 MB; backups are limited to 256 MB. Nothing was changed.\n' });
  });

  it('never writes a backup inside the data folder it backs up', async () => {
    seed(source, [review('r1', 'q1', true)]);
    const result = await cli(['backup', join(source, 'reviews.jsonl'), '--force'], source);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is inside the trainer's data folder");
    expect(readLog(source).records.map((r) => r.id)).toEqual(['r1']);
  });

  it('is not stopped by a FIFO, an empty file or an impossible owner where a lock file belongs (real process)', () => {
    seed(source, [review('r1', 'q1', true)]);
    spawnSync(process.execPath, [BIN, 'backup', join(scratch, 'progress.json')], { encoding: 'utf8', env: { ...process.env, CLF_TRAINER_HOME: source } });
    appendRecords(target, [review('mine', 'q9', false)]);
    mkdirSync(join(target, 'exams'));
    mkdirSync(join(target, 'locks'));
    execFileSync('mkfifo', [join(target, 'exams', 'e1.lock')]);
    writeFileSync(join(target, 'locks', 'trainer-1-aaaaaa.lock'), '');
    writeFileSync(join(target, 'locks', 'trainer-0-bbbbbb.lock'), JSON.stringify({ pid: 0, host: hostname(), since: '2026-01-01T00:00:00Z', purpose: 'x' }));
    // Left by a crash long ago: an unreadable lock is stale after a few seconds.
    for (const name of ['exams/e1.lock', 'locks/trainer-1-aaaaaa.lock', 'locks/trainer-0-bbbbbb.lock']) execFileSync('touch', ['-d', '1 minute ago', join(target, name)]);
    const run = spawnSync(process.execPath, [BIN, 'restore', join(scratch, 'progress.json'), '--force'], { encoding: 'utf8', env: { ...process.env, CLF_TRAINER_HOME: target }, timeout: 15_000 });
    expect(run.signal, 'restore waited on the FIFO').toBeNull();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readLog(target).records.map((r) => r.id)).toEqual(['r1']);
  });
});
