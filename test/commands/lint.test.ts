import { chmodSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { otherUser } from '../helpers/other-user.js';
import { runCli } from '../helpers/run-cli.js';
import { BIN, ROOT } from '../e2e/terminal.js';

const CORPUS = join(ROOT, 'test', 'fixtures', 'malformed');
let home: string;
let scratch: string;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-lint-home-'));
  scratch = mkdtempSync(join(tmpdir(), 'clf-lint-'));
});

async function lint(...paths: string[]) {
  const result = await runCli(['lint', '--json', ...paths], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
  const report = JSON.parse(result.stdout) as { ok: boolean; problems: { file: string; line: number; col: number; rule: string; message: string }[] };
  return { ...result, report, mine: report.problems.filter((p) => p.file !== 'questions' && !p.file.startsWith('questions/')) };
}

describe('clf-trainer lint on the malformed corpus', () => {
  it.each([
    ['yaml-syntax.yaml', 'yaml-syntax', 9, 1],
    ['empty.yaml', 'empty-file', 1, 1],
    ['missing-stem.yaml', 'missing-field', 3, 5],
    ['unknown-field.yaml', 'unknown-field', 7, 5],
    ['bad-topic.yaml', 'schema', 4, 12],
    ['choices-not-a-list.yaml', 'schema', 8, 14],
    ['single-two-correct.yaml', 'single-answer-count', 9, 7],
    ['empty-why.yaml', 'missing-why', 12, 9],
    ['duplicate-choice.yaml', 'duplicate-choice', 12, 15],
    ['unknown-fact.yaml', 'unknown-fact', 15, 29],
    ['duplicate-id.yaml', 'duplicate-id', 17, 9],
    ['multi-not-stated.yaml', 'multi-count-not-stated', 7, 11],
    ['multi-count-mismatch.yaml', 'multi-count-mismatch', 7, 11],
    ['alias-bomb.yaml', 'yaml-aliases', 1, 1],
    ['control-characters.yaml', 'control-characters', 7, 11],
    ['not-a-bank.yaml', 'schema', 1, 1],
    ['empty-bank.yaml', 'empty-bank', 2, 12],
    ['unknown-tag.yaml', 'yaml-tag', 16, 13],
    ['control-title.yaml', 'control-characters', 1, 8],
  ])('%s → %s at %i:%i', async (file, rule, line, col) => {
    const { code, mine } = await lint(join('test/fixtures/malformed', file));
    expect(code).toBe(1);
    expect(mine).toContainEqual(expect.objectContaining({ file: `test/fixtures/malformed/${file}`, rule, line, col }));
  });

  it('accepts the reference question the corpus is built from', async () => {
    const { mine } = await lint(join('test/fixtures/malformed', 'ok-reference.yaml'));
    expect(mine).toEqual([]);
  });

  it('reports every problem of a file at once, in file order, one line each', async () => {
    const result = await runCli(['lint', 'test/fixtures/malformed/unknown-fact.yaml', 'test/fixtures/malformed/duplicate-choice.yaml'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    const lines = result.stdout.trim().split('\n').filter((l) => l.startsWith('test/'));
    expect(lines).toEqual([
      expect.stringMatching(/^test\/fixtures\/malformed\/duplicate-choice\.yaml:12:15 {2}duplicate-choice {2}m-001: choice 2 repeats choice 1$/),
      expect.stringMatching(/^test\/fixtures\/malformed\/unknown-fact\.yaml:15:29 {2}unknown-fact {2}.*auth\.made-up/),
    ]);
    expect(result.code).toBe(1);
  });

  it('strips control characters from what it loads and never echoes them', async () => {
    const result = await runCli(['lint', 'test/fixtures/malformed/control-characters.yaml'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('clf-trainer lint FILE', () => {
  it('reports on the file asked about; the other banks are checked only for ids used twice', async () => {
    const result = await runCli(['lint', 'test/fixtures/valid-bank.yaml'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(result.stdout).toMatch(/^✓ test\/fixtures\/valid-bank\.yaml: 1 bank, \d+ questions, no problems\n$/);
    expect(result.code).toBe(0);
    const clash = join(scratch, 'clash.yaml');
    writeFileSync(clash, readFileSync(join(ROOT, 'test/fixtures/valid-bank.yaml'), 'utf8').replace('fixture-001', 'caching-001'));
    const dup = await runCli(['lint', clash], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(dup.stdout).toMatch(/clash\.yaml:\d+:\d+ {2}duplicate-id {2}id caching-001 is already used in questions\/caching\.yaml:\d+/);
    expect(dup.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('names the unknown tag, the empty bank and the control characters of the title', async () => {
    const result = await runCli(['lint', 'test/fixtures/malformed/unknown-tag.yaml', 'test/fixtures/malformed/empty-bank.yaml', 'test/fixtures/malformed/control-title.yaml'], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    expect(result.stdout).toContain('test/fixtures/malformed/unknown-tag.yaml:16:13  yaml-tag  unknown YAML tag !!js/function: banks use plain YAML values, without tags');
    expect(result.stdout).toContain('test/fixtures/malformed/empty-bank.yaml:2:12  empty-bank  the bank has no questions: add at least one');
    expect(result.stdout).toContain('test/fixtures/malformed/control-title.yaml:1:8  control-characters  terminal control characters removed from title');
    expect(result.code).toBe(1);
  });

  it('refuses a question whose text is too long to lay out (a 5 MB stem took seconds per key)', async () => {
    const file = join(scratch, 'long-stem.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'test/fixtures/valid-bank.yaml'), 'utf8').replace(/stem: Which API Gateway API type[^\n]*/, `stem: "${'Which one? '.repeat(600)}"`));
    const { mine } = await lint(file);
    expect(mine).toEqual([expect.objectContaining({ rule: 'schema', message: expect.stringMatching(/stem is longer than 5000 characters/) })]);
  });
});

describe('clf-trainer lint on input that is not a bank', () => {
  it('refuses a binary file', async () => {
    const file = join(scratch, 'binary.yaml');
    writeFileSync(file, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0xff, 0xfe]));
    const { code, mine } = await lint(file);
    expect(code).toBe(1);
    expect(mine).toEqual([expect.objectContaining({ rule: 'not-text' })]);
  });

  it('refuses text that is not UTF-8', async () => {
    const file = join(scratch, 'latin1.yaml');
    writeFileSync(file, Buffer.from('title: caf\xe9\n', 'latin1'));
    const { mine } = await lint(file);
    expect(mine).toEqual([expect.objectContaining({ rule: 'not-text' })]);
  });

  it('refuses a 50 MB file without reading it', async () => {
    const file = join(scratch, 'huge.yaml');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const { code, mine } = await lint(file);
    expect(code).toBe(1);
    expect(mine).toEqual([expect.objectContaining({ rule: 'too-large' })]);
  });

  it('says when a folder stands where a file is expected', async () => {
    const folder = join(scratch, 'folder.yaml');
    mkdirSync(folder, { recursive: true });
    const { mine } = await lint(folder);
    expect(mine).toEqual([expect.objectContaining({ rule: 'not-a-file' })]);
  });

  it('says when a folder holds no banks, and when a path does not exist', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'clf-empty-'));
    const { mine } = await lint(empty, join(scratch, 'missing.yaml'));
    expect(mine.map((p) => p.rule).sort()).toEqual(['no-banks', 'not-found']);
  });

  it('refuses a FIFO at once instead of waiting on it forever, and calls a pipe a pipe (real process)', () => {
    const fifo = join(scratch, 'fifo.yaml');
    spawnSync('mkfifo', [fifo]);
    const run = spawnSync(process.execPath, [BIN, 'lint', fifo], { encoding: 'utf8', env: { ...process.env, CLF_TRAINER_HOME: home }, timeout: 15_000 });
    expect(run.signal, 'lint waited on the FIFO').toBeNull();
    expect(run.stdout).toMatch(/fifo\.yaml:1:1 {2}not-a-file {2}this path is a named pipe \(FIFO\), not a regular file/);
    expect(run.status).toBe(1);
    const piped = spawnSync('sh', ['-c', 'cat test/fixtures/valid-bank.yaml | "$0" "$1" lint /dev/stdin', process.execPath, BIN], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CLF_TRAINER_HOME: home }, timeout: 15_000 });
    expect(piped.stdout).toMatch(/\/dev\/stdin:1:1 {2}not-a-file {2}this path is a named pipe \(FIFO\), not a regular file/);
  });

  it('follows a symbolic link to a bank in a folder (dotfiles, a synced folder)', async () => {
    const folder = join(scratch, 'linked');
    mkdirSync(folder, { recursive: true });
    symlinkSync(join(ROOT, 'test/fixtures/valid-bank.yaml'), join(folder, 'linked.yaml'));
    const result = await runCli(['lint', '--json', folder], { env: { CLF_TRAINER_HOME: home }, cwd: ROOT });
    const report = JSON.parse(result.stdout) as { ok: boolean; banks: { path: string; questions: number }[] };
    expect(report.banks).toEqual([expect.objectContaining({ path: expect.stringMatching(/linked\.yaml$/), questions: expect.any(Number) })]);
    expect(report.banks[0]!.questions).toBeGreaterThan(0);
    expect(report.ok).toBe(true);
  });

  it('names a link to nothing as such, once, when it is both given and in the bank folder', async () => {
    const own = mkdtempSync(join(tmpdir(), 'clf-lint-own-'));
    mkdirSync(join(own, 'banks'));
    symlinkSync(join(own, 'gone.yaml'), join(own, 'banks', 'dangling.yaml'));
    const result = await runCli(['lint', join(own, 'banks', 'dangling.yaml')], { env: { CLF_TRAINER_HOME: own }, cwd: own });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('banks/dangling.yaml:1:1  not-found  this path is a symbolic link to a file that does not exist\n✗ 1 problem in 1 file(s)\n');
  });

  it('reports every key of a map of 150,000 unknown keys, and a key given twice, without working on it for minutes (real process)', () => {
    const file = join(scratch, 'many-keys.yaml');
    writeFileSync(file, `title: T\ntitle: U\n${Array.from({ length: 150_000 }, (_, i) => `k${i}: 1\n`).join('')}`);
    const run = spawnSync(process.execPath, [BIN, 'lint', file], { encoding: 'utf8', env: { ...process.env, CLF_TRAINER_HOME: home }, timeout: 60_000 });
    expect(run.signal, 'lint was still working').toBeNull();
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/many-keys\.yaml:2:1 {2}yaml-syntax {2}Map keys must be unique\n✗ 1 problem/);
    writeFileSync(file, `title: T\nquestions: []\n${Array.from({ length: 150_000 }, (_, i) => `k${i}: 1\n`).join('')}`);
    const keys = spawnSync(process.execPath, [BIN, 'lint', file], { encoding: 'utf8', env: { ...process.env, CLF_TRAINER_HOME: home }, timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
    expect(keys.signal, 'lint was still working').toBeNull();
    expect(keys.stdout).toMatch(/many-keys\.yaml:150002:1 {2}unknown-field {2}unknown field "k149999"\n✗ 150000 problems in 1 file\(s\)\n$/);
    // (Room for both runs' own limits: on a busy machine two runs of a few seconds each can pass the default 30 s.)
  }, 150_000);

  it('prints one line per problem and never a stack trace, exiting 1 (real process)', () => {
    const file = join(scratch, 'binary2.yaml');
    writeFileSync(file, Buffer.from([0, 1, 2, 3]));
    const run = spawnSync(process.execPath, [BIN, 'lint', file], { encoding: 'utf8', env: { ...process.env, CLF_TRAINER_HOME: home } });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toMatch(/binary2\.yaml:1:1 {2}not-text {2}this path is a binary file/);
  });

  it('reports an unreadable file clearly, whatever the permissions of the checkout', (context) => {
    const user = otherUser();
    if ('skip' in user) return context.skip(user.skip);
    const folder = mkdtempSync(join(tmpdir(), 'clf-lint-perm-'));
    chmodSync(folder, 0o755);
    const file = join(folder, 'secret.yaml');
    writeFileSync(file, readFileSync(join(CORPUS, 'ok-reference.yaml')));
    chmodSync(file, 0o000);
    const own = mkdtempSync(join(tmpdir(), 'clf-lint-perm-home-'));
    user.give(own);
    const run = user.run(['lint', file], { env: { CLF_TRAINER_HOME: own } });
    expect(run.stdout + run.stderr).toMatch(/secret\.yaml:1:1 {2}unreadable {2}this path cannot be read: permission denied/);
    expect(run.status).toBe(1);
  });
});
