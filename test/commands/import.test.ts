import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRunData } from '../../src/commands/run-data.js';
import { BIN, ROOT } from '../e2e/terminal.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/import';
let home: string;
let scratch: string;
const env = () => ({ CLF_TRAINER_HOME: home });

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'clf-import-home-'));
  scratch = mkdtempSync(join(tmpdir(), 'clf-import-out-'));
});

describe('clf-trainer import', () => {
  it('writes a bank into the bank folder that passes lint and is loaded automatically', async () => {
    const result = await runCli(['import', `${FIXTURES}/checkbox.md`, `${FIXTURES}/numbered.md`, `${FIXTURES}/numbered-2space.md`], { env: env(), cwd: ROOT });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(join(home, 'banks'))).toEqual(['checkbox-and-2-more.yaml']);
    expect(result.stdout).toContain('test/fixtures/import/checkbox.md: checkbox layout, imported 7 of 14 questions');
    expect(result.stdout).toContain('test/fixtures/import/numbered.md: numbered layout, imported 5 of 11 questions');
    expect(result.stdout).toContain('line 90: answer letter E is out of range (options A–D)');
    expect(result.stdout).toContain('line 5: repeats the question at test/fixtures/import/checkbox.md:12');
    expect(result.stdout).toMatch(/✓ wrote 14 questions to .*checkbox-and-2-more\.yaml/);

    const lint = await runCli(['lint', '--json', join(home, 'banks')], { env: env(), cwd: ROOT });
    expect(JSON.parse(lint.stdout).problems).toEqual([]);
    expect(lint.code).toBe(0);

    const banks = await runCli(['banks', '--json'], { env: env(), cwd: ROOT });
    const listed = JSON.parse(banks.stdout) as { banks: { path: string; questions: number; valid: boolean; origin: string }[] };
    expect(listed.banks).toContainEqual(expect.objectContaining({ questions: 14, valid: true, origin: 'your bank folder' }));
  });

  it('records the source, position and explanation on each question, as topic general', async () => {
    const out = join(scratch, 'exam1.yaml');
    await runCli(['import', `${FIXTURES}/numbered.md`, '--out', out], { env: env(), cwd: ROOT });
    const bank = parse(readFileSync(out, 'utf8')) as { title: string; questions: { id: string; topic: string; stem: string; imported: Record<string, unknown> }[] };
    expect(bank.title).toBe('Practice Exam 1 (imported)');
    const second = bank.questions.find((q) => q.imported.line === 17)!;
    expect(second).toMatchObject({
      topic: 'general',
      stem: 'Which services store objects or files? (Select TWO)',
      imported: { file: 'test/fixtures/import/numbered.md', line: 17, position: 2, explanation: 'S3 is object storage; EFS is a shared file system.', reference: 'https://aws.amazon.com/s3/' },
    });
    expect(second.id).toMatch(/^imp-[0-9a-f]{10}$/);
  });

  it('writes a bank that study and exam load with --bank', async () => {
    const out = join(scratch, 'mine.yaml');
    expect((await runCli(['import', `${FIXTURES}/checkbox.md`, '--out', out], { env: env(), cwd: ROOT })).code).toBe(0);
    const data = await loadRunData({ env: env(), cwd: ROOT, args: { flags: { bank: [out] }, positionals: [] } });
    const imported = data.library.questions.filter((q) => q.imported);
    expect(imported).toHaveLength(7);
    expect(imported.find((q) => q.imported!.line === 21)).toMatchObject({ type: 'multi', answer: [0, 2], topic: 'general' });
  });

  it('gives the same ids when the same file is imported again elsewhere, and skips questions already loaded', async () => {
    const first = join(scratch, 'a.yaml');
    await runCli(['import', `${FIXTURES}/checkbox.md`, '--out', first], { env: env(), cwd: ROOT });
    const ids = (parse(readFileSync(first, 'utf8')) as { questions: { id: string }[] }).questions.map((q) => q.id);
    const other = mkdtempSync(join(tmpdir(), 'clf-import-home2-'));
    const again = join(scratch, 'b.yaml');
    await runCli(['import', `${FIXTURES}/checkbox.md`, '--out', again], { env: { CLF_TRAINER_HOME: other }, cwd: ROOT });
    expect((parse(readFileSync(again, 'utf8')) as { questions: { id: string }[] }).questions.map((q) => q.id)).toEqual(ids);

    await runCli(['import', `${FIXTURES}/checkbox.md`], { env: env(), cwd: ROOT });
    const twice = await runCli(['import', `${FIXTURES}/checkbox.md`, '--out', join(scratch, 'c.yaml')], { env: env(), cwd: ROOT });
    expect(twice.code).toBe(1);
    expect(twice.stdout).toMatch(/line 12: repeats the question at .*checkbox\.yaml \(imp-[0-9a-f]{10}\)/);
    expect(twice.stderr).toBe('clf-trainer: no question could be imported: nothing was written\n');
    expect(existsSync(join(scratch, 'c.yaml'))).toBe(false);
  });

  it('refuses to overwrite an existing file and says so', async () => {
    const out = join(scratch, 'taken.yaml');
    writeFileSync(out, 'keep me\n');
    const result = await runCli(['import', `${FIXTURES}/checkbox.md`, '--out', out], { env: env(), cwd: ROOT });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/taken\.yaml already exists and was not overwritten: choose another path, or add --force to replace it/);
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
  });

  it('explains a file it cannot read as a bank (exit 1) and a bad --out or --format (exit 2)', async () => {
    const prose = join(scratch, 'notes.md');
    writeFileSync(prose, '# Notes\n\nNothing to import.\n');
    const unknown = await runCli(['import', prose], { env: env() });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/notes\.md: cannot tell the layout.*use --format checkbox or --format numbered/);
    const missing = await runCli(['import', join(scratch, 'missing.md')], { env: env() });
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/missing\.md does not exist/) });
    const binary = join(scratch, 'x.md');
    writeFileSync(binary, Buffer.from([1, 0, 2]));
    expect((await runCli(['import', binary], { env: env() })).stderr).toMatch(/binary file, not Markdown/);
    expect((await runCli(['import', `${FIXTURES}/checkbox.md`, '--out', join(scratch, 'x.txt')], { env: env(), cwd: ROOT })).code).toBe(2);
    expect((await runCli(['import', `${FIXTURES}/checkbox.md`, '--format', 'csv'], { env: env(), cwd: ROOT })).code).toBe(2);
    expect(existsSync(join(home, 'banks'))).toBe(false);
  });

  it('names the bank after the folder of a README', async () => {
    const { defaultName } = await import('../../src/commands/import.js');
    expect(defaultName(['/x/AWS-Certified-Cloud-Practitioner/README.md'])).toBe('aws-certified-cloud-practitioner.yaml');
    expect(defaultName(['/x/practice-exam-1.md', '/x/practice-exam-2.md'])).toBe('practice-exam-1-and-1-more.yaml');
  });

  it('prints an answer key it cannot read as text: the source cannot retitle the window or clear the screen', async () => {
    const md = join(scratch, 'hostile1.md');
    writeFileSync(md, '# Hostile\n\n1. Which service runs code without servers?\n    - A. Amazon EC2\n    - B. AWS Lambda\n\n    <details markdown=1><summary>Answer</summary>\n\n    Correct answer: \u001b]0;PWNED-TITLE\u0007\u001b[2J\u001b[31mB or C\n\n    </details>\n\n2. Which service stores objects?\n    - A. Amazon S3\n    - B. AWS IAM\n\n    <details markdown=1><summary>Answer</summary>\n\n    Correct answer: A\n\n    </details>\n');
    const result = await runCli(['import', md, '--out', join(scratch, 'h1.yaml')], { env: env(), cwd: ROOT });
    expect(result.stdout).toContain('cannot read the answer key "B or C"');
    expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(result.code).toBe(0);
  });

  it('says that UTF-16 text must be saved as UTF-8 (it is not "binary")', async () => {
    const md = join(scratch, 'utf16.md');
    writeFileSync(md, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('### Which?\n\n- [x] A\n- [ ] B\n', 'utf16le')]));
    const result = await runCli(['import', md], { env: env() });
    expect(result).toMatchObject({ code: 1, stderr: expect.stringMatching(/utf16\.md is UTF-16 text: save it as UTF-8\n$/) });
  });

  it('refuses a FIFO and a device at once, before reading a byte (real process)', () => {
    const fifo = join(scratch, 'fifo.md');
    execFileSync('mkfifo', [fifo]);
    for (const source of [fifo, '/dev/zero']) {
      const run = spawnSync(process.execPath, [BIN, 'import', source, '--out', join(scratch, 'z.yaml')], { encoding: 'utf8', env: { ...process.env, CLF_TRAINER_HOME: home }, timeout: 15_000 });
      expect(run.signal, `import waited on ${source}`).toBeNull();
      expect(run.stderr).toMatch(/is a (named pipe \(FIFO\)|device), not a regular file/);
      expect(run.status).toBe(1);
    }
  });

  it('reads a few megabytes of hostile Markdown (runs of "[", "#", spaces, open links and tags) without working on it for hours (real process)', () => {
    const md = join(scratch, 'hostile-runs.md');
    const run = (unit: string) => unit.repeat(Math.ceil(250_000 / unit.length));
    const lines = [
      run('['),
      `# ${run('#')}x`,
      `${run(' ')}x`,
      `### ${run('?(choose ')}`,
      `### ${run('<img src="a" ')}`,
      run('[back to top'),
      `- [ ] ${run('[a](')}`,
      `- [ ] ${run('![a](')}`,
      `- [ ] ${run('**a ')}`,
      '### Which service runs code without servers?',
      '',
      '- [x] AWS Lambda',
      '- [ ] Amazon EC2',
      '',
    ];
    writeFileSync(md, lines.join('\n'));
    const result = spawnSync(process.execPath, [BIN, 'import', md, '--out', join(scratch, 'hostile-runs.yaml')], { encoding: 'utf8', env: { ...process.env, CLF_TRAINER_HOME: home }, timeout: 60_000 });
    expect(result.signal, 'import was still working').toBeNull();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ wrote 1 question');
  });

  it('skips a question with over a million images on one line, saying why, instead of failing', async () => {
    const md = join(scratch, 'images.md');
    writeFileSync(md, `### Which service runs code without servers?\n\n- [x] AWS Lambda\n- [ ] Amazon EC2\n\n${'![](b)'.repeat(1_200_000)}\n`);
    const result = await runCli(['import', md, '--out', join(scratch, 'images.yaml')], { env: env(), cwd: ROOT });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('clf-trainer: no question could be imported: nothing was written\n');
    expect(result.stdout).toMatch(/line 1: .* characters long; a bank allows 5000/);
  });

  it('never writes a bank the loader would refuse: a large import is split into banks that each load', async () => {
    const md = join(scratch, 'big.md');
    const questions = Array.from({ length: 26_000 }, (_, i) => `### Which AWS service number ${i} stores objects?\n\n- [ ] Amazon EC2\n- [x] Amazon S3 ${i}\n- [ ] AWS Lambda\n- [ ] Amazon RDS\n\n`);
    writeFileSync(md, questions.join(''));
    const result = await runCli(['import', md, '--out', join(scratch, 'big.yaml')], { env: env(), cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ wrote 26000 questions to 2 files \(a bank file holds at most 8 MB\): .*big-part-1\.yaml, .*big-part-2\.yaml/);
    const lint = await runCli(['lint', '--json', scratch], { env: env(), cwd: ROOT });
    const report = JSON.parse(lint.stdout) as { ok: boolean; banks: { questions: number }[] };
    expect(report.ok).toBe(true);
    expect(report.banks.reduce((n, b) => n + b.questions, 0)).toBe(26_000);
  }, 180_000);
});
