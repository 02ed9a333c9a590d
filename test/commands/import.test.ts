import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRunData } from '../../src/commands/run-data.js';
import { ROOT } from '../e2e/terminal.js';
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
});
