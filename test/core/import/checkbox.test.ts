import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../../src/core/import/index.js';
import { parseCheckbox } from '../../../src/core/import/checkbox.js';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'import');
const text = readFileSync(join(FIXTURES, 'checkbox.md'), 'utf8');
const result = importMarkdown(text, 'checkbox.md', 'auto');
const byLine = (line: number) => result.questions.find((q) => q.imported.line === line);

describe('checkbox layout', () => {
  it('is detected and takes the document title', () => {
    expect(result.format).toBe('checkbox');
    expect(result.title).toBe('Made-up Cloud Basics Practice Questions');
  });

  it('imports exactly the questions that have a reliable answer, with their source line and position', () => {
    expect(result.questions.map((q) => [q.imported.line, q.imported.position, q.type])).toEqual([
      [12, 1, 'single'],
      [21, 2, 'multi'],
      [31, 3, 'single'],
      [42, 4, 'multi'],
      [50, 5, 'multi'],
      [68, 7, 'multi'],
      [118, 14, 'single'],
    ]);
  });

  it('skips what it cannot import, saying why, with line numbers', () => {
    expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([
      [59, 'the stem asks for 2 answers but 3 are marked correct'],
      [76, 'no answer marked'],
      [84, 'no options'],
      [88, 'option C repeats option A'],
      [96, 'every option is marked correct'],
      [103, 'only one option'],
      [109, 'repeats the question at checkbox.md:12'],
    ]);
    expect(result.skipped[0]!.excerpt).toBe('Which services are global? (Choose TWO)');
  });

  it('never turns the table of contents, the introduction or trailing sections into questions', () => {
    const stems = [...result.questions.map((q) => q.stem), ...result.skipped.map((s) => s.excerpt)].join('\n');
    expect(stems).not.toMatch(/Table of Contents|About|License|contribute|No\. \| Questions/);
    expect(result.questions.every((q) => q.choices.every((c) => !c.text.includes('Back to Top')))).toBe(true);
  });

  it('keeps the marked answers and the stated count wording', () => {
    const multi = byLine(21)!;
    expect(multi.stem).toBe('Which services store objects or files? (Choose TWO)');
    expect(multi.choices).toEqual([
      { text: 'Amazon S3.', correct: true },
      { text: 'Amazon Route 53.' },
      { text: 'Amazon EFS.', correct: true },
      { text: 'AWS IAM.' },
      { text: 'Amazon SQS.' },
    ]);
    expect(byLine(42)!.stem).toContain('(Select TWO)');
    expect(byLine(50)!.stem).toContain('There are 2 correct answers');
  });

  it('adds the count to a multiple-response stem that did not state it, and says so', () => {
    expect(byLine(68)!.stem).toBe('Which services deliver messages? (Choose TWO)');
    expect(result.notes).toContainEqual(expect.objectContaining({ line: 68, message: expect.stringContaining('added "(Choose TWO)"') }));
  });

  it('reads past images between the stem and the options and under an option, and says they are not shown', () => {
    const q = byLine(31)!;
    expect(q.choices.map((c) => c.text)).toEqual(['Amazon SNS.', 'Amazon SQS.', 'Amazon MQ.']);
    expect(q.choices[1]!.correct).toBe(true);
    expect(q.stem).toContain('images/question3.jpg');
    expect(q.stem).toContain('images/sqs.png');
    expect(result.notes).toContainEqual(expect.objectContaining({ line: 31 }));
  });

  it('gives a stem shared by a different question its own stable id', () => {
    const first = byLine(12)!;
    const other = byLine(118)!;
    expect(first.id).toMatch(/^imp-[0-9a-f]{10}$/);
    expect(other.id).toMatch(/^imp-[0-9a-f]{10}$/);
    expect(other.id).not.toBe(first.id);
    expect(importMarkdown(text, 'moved/elsewhere.md', 'checkbox').questions.map((q) => q.id)).toEqual(result.questions.map((q) => q.id));
  });

  it('imports every question as topic general with no invented explanation', () => {
    for (const q of result.questions) {
      expect(q.topic).toBe('general');
      expect(q.imported.explanation).toBeUndefined();
      expect(q.imported.file).toBe('checkbox.md');
    }
  });

  it('accepts an upper-case X, star bullets, CRLF line endings and an option wrapped onto the next line', () => {
    const md = '### Which is serverless?\r\n\r\n* [ ] Amazon EC2\r\n* [X] AWS\r\n  Lambda\r\n';
    const { questions } = parseCheckbox(md);
    expect(questions).toEqual([expect.objectContaining({ line: 1, stem: 'Which is serverless?', correct: [1], options: [{ text: 'Amazon EC2', line: 3 }, { text: 'AWS Lambda', line: 4 }] })]);
  });

  it('ignores options inside code fences and reduces inline Markdown to text', () => {
    const md = ['### What does **`aws s3 ls`** list?', '', '```', '- [x] not an option', '```', '- [x] [Buckets](https://docs.aws.amazon.com/s3/) you own', '- [ ] EC2 instances &amp; volumes'].join('\n');
    const { questions } = parseCheckbox(md);
    expect(questions[0]!.stem).toBe('What does aws s3 ls list?');
    expect(questions[0]!.options.map((o) => o.text)).toEqual(['Buckets you own', 'EC2 instances & volumes']);
  });
});
